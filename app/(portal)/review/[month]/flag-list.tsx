// A list of flags under its heading, each linking to its measure's card.
import type { Flag } from '@/lib/review/sign-off-flags';

export function FlagList({ id, title, flags, className, testId }: { id: string; title: string; flags: readonly Flag[]; className: string; testId: string }) {
  if (flags.length === 0) return null;
  return (
    <section aria-labelledby={id} className={className} data-testid={testId}>
      <h2 id={id} className="mb-2 text-xl font-bold">
        {title} ({flags.length})
      </h2>
      <ul className="list-disc space-y-1 pl-6">
        {flags.map((f) => (
          <li key={`${f.ref}-${f.kind}`}>
            <a href={`#measure-${f.ref}`}>{f.message}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
