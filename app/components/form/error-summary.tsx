'use client';

import { useEffect, useId, useRef } from 'react';

export type SummaryItem = { field: string; message: string };

/**
 * The GOV.UK error summary: "There is a problem", focus moves to it, and each item links to its
 * field in the same words as the message beside the field. `attempt` changes on every submit, so
 * focus moves again when the same errors come back; it moves once per attempt, never again while
 * the person is typing (fields are checked as they change, so the summary can come and go).
 */
export function ErrorSummary({ items, message, attempt }: { items: SummaryItem[]; message?: string; attempt: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  // A page may have more than one form, so more than one summary: ids must not clash.
  const titleId = useId();
  const visible = items.length > 0 || !!message;
  // The attempt the summary last took focus for; the page's first state is no attempt at all.
  const seen = useRef<unknown>(attempt);
  useEffect(() => {
    if (!visible || seen.current === attempt) return;
    seen.current = attempt;
    ref.current?.focus();
  }, [visible, attempt]);
  if (!visible) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      data-testid="error-summary"
      className="mb-8 border-4 border-rag-red p-4 focus:outline-3 focus:outline-focus"
    >
      <h2 id={titleId} className="mb-3 text-xl font-bold">
        There is a problem
      </h2>
      {message ? <p className="mb-2">{message}</p> : null}
      {items.length > 0 ? (
        <ul className="space-y-1">
          {items.map((item) => (
            <li key={item.field}>
              <a
                href={`#${item.field}`}
                className="font-bold text-rag-red"
                onClick={(event) => {
                  // Focus the field itself (the link alone would only scroll to it).
                  const target = document.getElementById(item.field);
                  if (target) {
                    event.preventDefault();
                    target.focus();
                    target.scrollIntoView({ block: 'center' });
                  }
                }}
              >
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
