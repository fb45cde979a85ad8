'use client';

import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { ErrorMessage } from './fields';

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** With a limit, a GOV.UK character count says how many characters are left. */
  limit?: number;
  length?: number;
};

export function TextArea({ name, label, hint, error, limit, length = 0, ...textarea }: TextAreaProps) {
  const describedBy =
    [hint ? `${name}-hint` : null, error ? `${name}-error` : null, limit ? `${name}-count` : null].filter(Boolean).join(' ') || undefined;
  const left = limit ? limit - length : 0;
  return (
    <div className={`mb-6 ${error ? 'border-l-4 border-rag-red pl-4' : ''}`}>
      <label htmlFor={name} className="mb-1 block font-bold">
        {label}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="mb-2 text-muted">
          {hint}
        </p>
      ) : null}
      <ErrorMessage id={`${name}-error`} message={error} />
      <textarea
        id={name}
        name={name}
        rows={5}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className={`block w-full max-w-2xl border-2 px-2 py-1.5 focus:outline-3 focus:outline-focus ${error ? 'border-rag-red' : 'border-ink'}`}
        {...textarea}
      />
      {limit ? (
        <p id={`${name}-count`} aria-live="polite" className={`mt-1 ${left < 0 ? 'font-bold text-rag-red' : 'text-muted'}`}>
          {left >= 0
            ? `You have ${left.toLocaleString('en-GB')} character${left === 1 ? '' : 's'} remaining`
            : `You have ${(-left).toLocaleString('en-GB')} character${left === -1 ? '' : 's'} too many`}
        </p>
      ) : null}
    </div>
  );
}
