'use client';

import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { ChoiceFieldset } from './form-group';

export type CheckboxOption = { value: string; label: ReactNode; hint?: ReactNode };

type CheckboxesProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'type' | 'value' | 'defaultValue' | 'defaultChecked'> & {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: readonly CheckboxOption[];
  /** The values ticked when the page is first drawn (before any script runs). */
  defaultValue?: readonly string[];
  ref?: Ref<HTMLInputElement>;
};

/**
 * GOV.UK checkboxes: a fieldset whose legend asks the question, its hint and error message linked
 * to it, and one labelled box per option. The first box's id is the name, so an error summary link
 * to `#name` lands on it; the others are `name-value`. Every box shares the name and the input
 * props (react-hook-form's `register(name)` can be spread straight on).
 */
export function Checkboxes({ name, legend, hint, error, options, defaultValue = [], ref, ...input }: CheckboxesProps) {
  return (
    <ChoiceFieldset name={name} legend={legend} hint={hint} error={error} legendClassName="mb-1 text-lg font-bold">
      <div className="space-y-3">
        {options.map((option, index) => {
          const id = index === 0 ? name : `${name}-${option.value}`;
          return (
            <div key={option.value} className="flex items-start gap-3">
              <input
                id={id}
                name={name}
                type="checkbox"
                value={option.value}
                defaultChecked={defaultValue.includes(option.value)}
                aria-describedby={option.hint ? `${id}-hint` : undefined}
                className="mt-0.5 size-7 shrink-0 accent-ink focus:outline-3 focus:outline-focus"
                ref={ref}
                {...input}
              />
              <div>
                <label htmlFor={id} className="block cursor-pointer pt-1">
                  {option.label}
                </label>
                {option.hint ? (
                  <p id={`${id}-hint`} className="text-muted">
                    {option.hint}
                  </p>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </ChoiceFieldset>
  );
}
