'use client';

// The file chooser of an import page, and its error summary: GOV.UK's file upload and error
// summary, every problem linking to the field.
import { useEffect, useId, useRef } from 'react';
import { ErrorMessage } from '@/app/components/form/form-group';

export function FileField({ error }: { error?: string }) {
  return (
    <div className={`mb-6 ${error ? 'border-l-4 border-rag-red pl-4' : ''}`}>
      <label htmlFor="file" className="mb-1 block text-xl font-bold">
        Upload a file
      </label>
      <p id="file-hint" className="mb-2 text-muted">
        A CSV file saved as UTF-8, 1 MB or smaller.
      </p>
      <ErrorMessage id="file-error" message={error} />
      <input
        id="file"
        name="file"
        type="file"
        accept=".csv,text/csv"
        aria-describedby={error ? 'file-hint file-error' : 'file-hint'}
        aria-invalid={error ? true : undefined}
        className="block max-w-full text-base file:mr-4 file:border-2 file:border-ink file:bg-white file:px-3 file:py-1.5 focus:outline-3 focus:outline-focus"
      />
    </div>
  );
}

/**
 * Every problem with a file, focused when it appears (`attempt` changes with each attempt). `link`
 * where the file field is on the page to correct them.
 */
export function FileProblems({ problems, attempt, link = true }: { problems: string[]; attempt: unknown; link?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => ref.current?.focus(), [attempt]);
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby={titleId} data-testid="error-summary" className="mb-8 border-4 border-rag-red p-4 focus:outline-3 focus:outline-focus">
      <h2 id={titleId} className="mb-3 text-xl font-bold">
        There is a problem
      </h2>
      {problems.length > 1 ? <p className="mb-2">Nothing was imported. Correct every row below, then choose the file again.</p> : null}
      <ul className="space-y-1">
        {problems.map((problem, index) => (
          <li key={index} className="font-bold text-rag-red">
            {link ? <a href="#file" className="text-rag-red">{problem}</a> : problem}
          </li>
        ))}
      </ul>
    </div>
  );
}
