'use client';

import type { ButtonHTMLAttributes, InputHTMLAttributes, ReactNode } from 'react';
import { describedBy, FormGroup, HintAndError } from './form-group';

export { ErrorMessage } from './form-group';

const inputClass =
  'block w-full max-w-md border-2 border-ink px-2 py-1.5 text-base focus:outline-3 focus:outline-focus focus:outline-offset-0';

type TextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
};

/** A labelled input with its hint and error above it, the GOV.UK way; the id is the name. */
export function TextInput({ name, label, hint, error, className, ...input }: TextInputProps) {
  return (
    <FormGroup error={error}>
      <label htmlFor={name} className="mb-1 block font-bold">
        {label}
      </label>
      <HintAndError name={name} hint={hint} error={error} />
      <input
        id={name}
        name={name}
        aria-describedby={describedBy(name, { hint, error })}
        aria-invalid={error ? true : undefined}
        className={`${inputClass} ${error ? 'border-rag-red' : ''} ${className ?? ''}`}
        {...input}
      />
    </FormGroup>
  );
}

type SubmitButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> & { pending?: boolean; secondary?: boolean };

/**
 * While the form is being sent the button does nothing, but it is not `disabled`: a disabled
 * button loses focus, and someone using a keyboard would be sent back to the top of the page.
 */
export function SubmitButton({ children, pending, secondary = false, onClick, ...button }: SubmitButtonProps) {
  return (
    <button
      type="submit"
      aria-disabled={pending}
      {...button}
      onClick={(event) => {
        if (pending) event.preventDefault();
        else onClick?.(event);
      }}
      className={`${secondary ? 'bg-gray-200 text-ink' : 'bg-rag-green text-white'} mr-4 px-4 py-2 font-bold shadow-[0_2px_0_#002d18] hover:opacity-90 aria-disabled:opacity-60`}
    >
      {children}
    </button>
  );
}
