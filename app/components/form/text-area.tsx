'use client';

import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { describedBy, FormGroup, HintAndError } from './form-group';

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
  const left = limit ? limit - length : 0;
  return (
    <FormGroup error={error}>
      <label htmlFor={name} className="mb-1 block font-bold">
        {label}
      </label>
      <HintAndError name={name} hint={hint} error={error} />
      <textarea
        id={name}
        name={name}
        rows={5}
        aria-describedby={describedBy(name, { hint, error, more: limit ? [`${name}-count`] : [] })}
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
    </FormGroup>
  );
}
