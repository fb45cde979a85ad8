'use client';

import type { InputHTMLAttributes, ReactNode } from 'react';
import { ChoiceFieldset } from './form-group';

type RadiosProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'defaultValue' | 'defaultChecked'> & {
  name: string;
  /** The option chosen when the page is first drawn (before any script runs). */
  defaultValue?: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: readonly { value: string; label: string; hint?: string }[];
};

/** GOV.UK radios: a fieldset with its legend, hint and error; the first radio's id is the name. */
export function Radios({ name, legend, hint, error, options, defaultValue, ...input }: RadiosProps) {
  return (
    <ChoiceFieldset name={name} legend={legend} hint={hint} error={error}>
      <div className="space-y-2">
        {options.map((option, index) => {
          const id = index === 0 ? name : `${name}-${option.value}`;
          return (
            <div key={option.value} className="flex items-start gap-3">
              <input id={id} type="radio" value={option.value} name={name} defaultChecked={option.value === defaultValue} className="mt-1 size-5 accent-ink" {...input} />
              <label htmlFor={id}>
                {option.label}
                {option.hint ? <span className="block text-muted">{option.hint}</span> : null}
              </label>
            </div>
          );
        })}
      </div>
    </ChoiceFieldset>
  );
}
