'use client';

import type { ReactNode, SelectHTMLAttributes } from 'react';
import { describedBy, FormGroup, HintAndError } from './form-group';

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name'> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: readonly { value: string; label: string }[];
};

/** A labelled GOV.UK select with its hint and error above it; the id is the name. */
export function Select({ name, label, hint, error, options, ...select }: SelectProps) {
  return (
    <FormGroup error={error}>
      <label htmlFor={name} className="mb-1 block font-bold">
        {label}
      </label>
      <HintAndError name={name} hint={hint} error={error} />
      <select
        id={name}
        name={name}
        aria-describedby={describedBy(name, { hint, error })}
        aria-invalid={error ? true : undefined}
        className={`block w-full max-w-md border-2 bg-white px-2 py-1.5 text-base focus:outline-3 focus:outline-focus ${error ? 'border-rag-red' : 'border-ink'}`}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
