'use client';

// An import page keeps the file a person chose, so that importing it sends the same file again
// (the server checks it against the preview's SHA-256), and refuses a file over 1 MB before sending
// it. Sending the file rather than its text in the form's state keeps each request to one copy.
import { useRef, useState, type FormEvent } from 'react';
import { IMPORT_LIMIT_BYTES } from '@/lib/import/file-limit';

export function useChosenFile(formAction: (data: FormData) => void) {
  const chosen = useRef<File | null>(null);
  // Set when the last file chosen was too large: a new object each time, so the summary takes focus again.
  const [tooLarge, setTooLarge] = useState<{ at: number } | null>(null);

  /** The chooser form's submit: keep the file, or stop a file too large from being sent. */
  const onChoose = (event: FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem('file');
    const file = input instanceof HTMLInputElement ? (input.files?.[0] ?? null) : null;
    if (file && file.size > IMPORT_LIMIT_BYTES) {
      event.preventDefault();
      setTooLarge({ at: Date.now() });
      return;
    }
    setTooLarge(null);
    chosen.current = file;
  };

  /** The confirmation form's action: the kept file goes with it. */
  const confirm = (data: FormData) => {
    if (chosen.current) data.set('file', chosen.current);
    formAction(data);
  };

  return { onChoose, confirm, tooLarge };
}
