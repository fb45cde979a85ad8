'use client';

// The root layout itself failed (the header could not read the session, say): the same page, in
// a document of its own, since the layout that would hold it is what broke.
import { ServiceProblem } from './components/service-problem';
import './globals.css';

export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en-GB">
      <body className="min-h-screen">
        <header className="bg-ink text-white">
          <p className="mx-auto max-w-7xl px-4 py-3 text-xl font-bold">Performance Pack</p>
        </header>
        <ServiceProblem retry={retry} />
      </body>
    </html>
  );
}
