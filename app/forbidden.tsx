import { PortalLink } from '@/app/components/portal-link';

export default function Forbidden() {
  return (
    <main id="main-content" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="mb-4 text-3xl font-bold">You do not have permission to see this page</h1>
      <p className="mb-4">Your account does not allow this. If you think it should, ask the performance team.</p>
      <p>
        <PortalLink href="/">Go to the start page</PortalLink>
      </p>
    </main>
  );
}
