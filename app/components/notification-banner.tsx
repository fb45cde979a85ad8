// The GOV.UK success banner. The status region is always there (empty until a message), so screen
// readers announce the message when it arrives.
export function NotificationBanner({ message }: { message?: string }) {
  return (
    <div role="status">
      {message ? (
        <div className="mb-6 border-l-8 border-rag-green bg-[#f3f9f6] px-4 py-3">
          <p className="mb-1 font-bold text-rag-green">Success</p>
          <p className="text-lg">{message}</p>
        </div>
      ) : null}
    </div>
  );
}
