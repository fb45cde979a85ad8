'use client';

// The GOV.UK date input: a fieldset asking the question, its hint and one error message, then Day,
// Month and Year fields side by side (wrapping at 320 px). Each part is its own field, named and
// given its id by the caller, so the error summary can link to the part a problem is about; all
// three are marked while the date has a problem.
import type { InputHTMLAttributes, ReactNode } from 'react';
import { FormGroup, HintAndError, describedBy } from './form-group';

type PartProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & { name: string };

const PARTS = [
  { key: 'day', label: 'Day', width: 'w-[5ch]' },
  { key: 'month', label: 'Month', width: 'w-[5ch]' },
  { key: 'year', label: 'Year', width: 'w-[8ch]' },
] as const;

type Part = (typeof PARTS)[number]['key'];

export function DateInput({
  name,
  legend,
  hint,
  error,
  parts,
}: {
  /** Names the hint and error ids ("dueDate-hint"). */
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  /** The one message for the date. */
  error?: string;
  /** Each part's field: name, value and handlers (react-hook-form's `field()`). */
  parts: Record<Part, PartProps>;
}) {
  return (
    <FormGroup error={error}>
      <fieldset role="group" aria-describedby={describedBy(name, { hint, error })}>
        <legend className="mb-1 text-lg font-bold">{legend}</legend>
        <HintAndError name={name} hint={hint} error={error} />
        <div className="flex flex-wrap gap-4">
          {PARTS.map(({ key, label, width }) => {
            const wrong = !!error;
            const { name: fieldName, ...input } = parts[key];
            return (
              <div key={key}>
                <label htmlFor={fieldName} className="mb-1 block">
                  {label}
                </label>
                <input
                  id={fieldName}
                  name={fieldName}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  spellCheck={false}
                  aria-invalid={wrong || undefined}
                  className={`block border-2 px-2 py-1.5 text-base focus:outline-3 focus:outline-focus focus:outline-offset-0 ${width} ${wrong ? 'border-rag-red' : 'border-ink'}`}
                  {...input}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}
