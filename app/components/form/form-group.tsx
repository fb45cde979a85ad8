'use client';

// The parts every GOV.UK form field shares: the group (with the red bar when it has an error), the
// hint and error message under its question, and the ids that link them to the control.
import type { ReactNode } from 'react';

export function ErrorMessage({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mb-2 font-bold text-rag-red">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  );
}

/** The ids a control is described by: its hint, its error, and anything else (a character count). */
export function describedBy(name: string, { hint, error, more = [] }: { hint?: ReactNode; error?: string; more?: string[] }) {
  return [hint ? `${name}-hint` : null, error ? `${name}-error` : null, ...more].filter(Boolean).join(' ') || undefined;
}

export function FormGroup({ error, children }: { error?: string; children: ReactNode }) {
  return <div className={`mb-6 ${error ? 'border-l-4 border-rag-red pl-4' : ''}`}>{children}</div>;
}

export function HintAndError({ name, hint, error }: { name: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${name}-hint`} className="mb-2 text-muted">
          {hint}
        </p>
      ) : null}
      <ErrorMessage id={`${name}-error`} message={error} />
    </>
  );
}

/** Radios and checkboxes: a fieldset whose legend asks the question. */
export function ChoiceFieldset({
  name,
  legend,
  hint,
  error,
  legendClassName = 'mb-1 font-bold',
  children,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  legendClassName?: string;
  children: ReactNode;
}) {
  return (
    <FormGroup error={error}>
      <fieldset aria-describedby={describedBy(name, { hint, error })}>
        <legend className={legendClassName}>{legend}</legend>
        <HintAndError name={name} hint={hint} error={error} />
        {children}
      </fieldset>
    </FormGroup>
  );
}
