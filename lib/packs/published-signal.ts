// Tells this process's front (scripts/server.mjs, whose pack cache keeps the newest version of a
// month for a minute) that a month has a new published version, so it stops serving the old one
// at once. Another app server sharing the database hears nothing of it: its cache checks the
// database's newest version before answering from memory (scripts/pack-newest.mjs). The symbol is
// the one scripts/pack-cache.mjs uses: Next's bundles and the server script share only globalThis.
const KEY = Symbol.for('performance-pack.pack-published');

type Signal = EventTarget;

function signal(): Signal {
  const holder = globalThis as unknown as Record<symbol, Signal | undefined>;
  holder[KEY] ??= new EventTarget();
  return holder[KEY];
}

/** Announces "2020-10" after its new version is committed. */
export function announcePackPublished(month: string): void {
  signal().dispatchEvent(new CustomEvent('published', { detail: month }));
}

export function onPackPublished(listener: (month: string) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<string>).detail);
  signal().addEventListener('published', handler);
  return () => signal().removeEventListener('published', handler);
}
