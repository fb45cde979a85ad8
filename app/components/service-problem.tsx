'use client';

// The GOV.UK "problem with the service" page, for app/error.tsx and app/global-error.tsx. It never
// shows what went wrong (that may name a table, a query or a person): the server log has it.
// The start page link is a plain link, so it loads the whole page afresh.
export const SERVICE_PROBLEM_TITLE = 'Sorry, there is a problem with the service';

export function ServiceProblem({ retry }: { retry: () => void }) {
  return (
    <main id="main-content" className="mx-auto max-w-3xl px-4 py-8">
      <title>{`${SERVICE_PROBLEM_TITLE} – Performance Pack`}</title>
      <h1 className="mb-4 text-3xl font-bold">{SERVICE_PROBLEM_TITLE}</h1>
      <p className="mb-4">Try again in a moment. Anything you saved before this happened is safe.</p>
      <p className="mb-6">If it keeps happening, tell the performance team what you were doing and when.</p>
      <p className="mb-6">
        <button
          type="button"
          onClick={retry}
          className="bg-rag-green px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18] hover:opacity-90"
        >
          Try again
        </button>
      </p>
      <p>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load, after an error */}
        <a href="/">Go to the start page</a>
      </p>
    </main>
  );
}
