'use client';

// The file chooser of an import page, and its error summary: GOV.UK's file upload and error
// summary, every problem linking to the field.
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { SubmitButton } from '@/app/components/form/fields';
import { ErrorMessage } from '@/app/components/form/form-group';
import { NotificationBanner } from '@/app/components/notification-banner';
import { FILE_TOO_LARGE } from '@/lib/import/file-limit';

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

type ChooseFileProps = {
  formAction: (data: FormData) => void;
  pending: boolean;
  error?: string;
  onChoose: (event: FormEvent<HTMLFormElement>) => void;
  /** The page's own questions about the file, after the file field. */
  children?: ReactNode;
};

/** The form that sends a chosen file to be checked (the import action's "preview" intent). */
export function ChooseFileForm({ formAction, pending, error, onChoose, children }: ChooseFileProps) {
  return (
    <form action={formAction} onSubmit={onChoose} className="max-w-3xl">
      <FileField error={error} />
      {children}
      <input type="hidden" name="intent" value="preview" />
      <SubmitButton pending={pending}>Check the file</SubmitButton>
    </form>
  );
}

/** The step an import page starts at, and returns to: what the last import did or why it was refused, then the form. */
export function ChooseStep({
  state,
  tooLarge,
  ...form
}: Omit<ChooseFileProps, 'error'> & { state: { step: string; error?: string; message?: string }; tooLarge: object | null }) {
  const error = tooLarge ? FILE_TOO_LARGE : state.step === 'choose' ? state.error : undefined;
  return (
    <>
      {state.step === 'done' && !tooLarge ? <NotificationBanner message={state.message} /> : <NotificationBanner />}
      {error ? <FileProblems problems={[error]} attempt={tooLarge ?? state} /> : null}
      <ChooseFileForm {...form} error={error} />
    </>
  );
}
