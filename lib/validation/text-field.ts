// A field of text a person types (a note, a reason), as every schema reads it: new lines made
// plain, characters that cannot be stored refused with a sentence that names them, a length limit,
// and optionally required.
import { z } from 'zod';
import { forbiddenCharacterMessage, normaliseNewLines } from './text-rules';

export function textField(label: string, { max, required }: { max: number; required?: string }) {
  return z
    .string({ error: required ?? `Enter ${label.toLowerCase()}` })
    .optional()
    .default('')
    .transform((value) => normaliseNewLines(value).trim())
    .superRefine((value, issue) => {
      const refused = forbiddenCharacterMessage(label, value);
      if (refused) issue.addIssue({ code: 'custom', message: refused });
      else if (value.length > max) issue.addIssue({ code: 'custom', message: `${label} must be ${max.toLocaleString('en-GB')} characters or fewer` });
      else if (required && value === '') issue.addIssue({ code: 'custom', message: required });
    });
}
