/** Said wherever a target can change: a published pack is a snapshot, and keeps the targets it was published with. */
export function PublishedPacksKeepTargets() {
  return (
    <div className="mb-8 max-w-3xl border-l-4 border-rag-blue bg-blue-50 p-4" data-testid="published-packs-note">
      <p>
        Published packs keep the targets they were published with. A change here applies to every rating shown from now on,
        including months already signed off, and to any pack published after it.
      </p>
    </div>
  );
}
