// The forms of the chief executive's review, each shared by the browser and the server.
import { z } from 'zod';
import { PACK_VISIBILITIES } from '../packs/visibility';
import { MEASURE_REF_PATTERN } from '../entries/entry-schema';
import { MONTH_PATTERN } from '../rating';
import { textField } from '../validation/text-field';

const month = z.string({ error: 'Choose a month' }).regex(MONTH_PATTERN, { error: 'Choose a month' });

export const NOTE_LIMIT = 2000;

export const monthSchema = z.object({ month });

export const returnEntrySchema = z.object({
  month,
  measureRef: z.string({ error: 'Choose a measure' }).regex(MEASURE_REF_PATTERN, { error: 'Choose a measure' }),
  note: textField('Note', { max: NOTE_LIMIT, required: 'Enter a note for the lead: say what needs changing' }),
});

export const reopenSchema = z.object({
  month,
  reason: textField('Reason', { max: NOTE_LIMIT, required: 'Enter the reason for reopening the month' }),
});

export const publishSchema = z.object({
  month,
  visibility: z.enum(PACK_VISIBILITIES, { error: 'Choose who may read the pack' }),
  author: textField('Author', { max: 200 }),
  reportDate: z
    .string()
    .optional()
    .default('')
    .refine((value) => value === '' || (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))), {
      error: 'Enter the report’s date as a real date, like 2021-01-07',
    }),
});
