// One schema per form, shared by the browser (react-hook-form) and the server action.
import { z } from 'zod';
/** Long passphrases are welcome; the cap only stops a huge input tying up argon2. */
export const MAX_PASSWORD_LENGTH = 128;
import { forbiddenCharacterMessage } from '../validation/text-rules';
import { ROLES } from './policy';

const email = z
  .string({ error: 'Enter an e-mail address' })
  .trim()
  .min(1, { error: 'Enter an e-mail address' })
  .max(254, { error: 'E-mail address must be 254 characters or fewer' })
  .email({ error: 'Enter an e-mail address in the correct format, like name@example.org' })
  .transform((value) => value.toLowerCase());

export const signInSchema = z.object({
  email,
  password: z
    .string({ error: 'Enter your password' })
    .min(1, { error: 'Enter your password' })
    .max(MAX_PASSWORD_LENGTH, { error: `Password must be ${MAX_PASSWORD_LENGTH} characters or fewer` }),
});
export type SignInInput = z.input<typeof signInSchema>;

const newPassword = z
  .string({ error: 'Enter a new password' })
  .min(1, { error: 'Enter a new password' })
  .min(12, { error: 'Password must be 12 characters or more' })
  .max(MAX_PASSWORD_LENGTH, { error: `Password must be ${MAX_PASSWORD_LENGTH} characters or fewer` });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: 'Enter your current password' }).max(MAX_PASSWORD_LENGTH),
    newPassword,
    confirmPassword: z.string().min(1, { error: 'Enter the new password again' }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    error: 'The passwords do not match: enter the same new password twice',
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ['newPassword'],
    error: 'Choose a new password that is different from your current one',
  });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

// A single ticked checkbox arrives as a string, none as nothing: both become lists.
const roles = z.preprocess((value) => (value === undefined || value === null || value === '' ? [] : typeof value === 'string' ? [value] : value), z
  .array(z.enum(ROLES, { error: 'Choose roles from the list' }), { error: 'Select at least one role' })
  .min(1, { error: 'Select at least one role' })
  .transform((list) => [...new Set(list)]));

const name = z
  .string({ error: 'Enter the person’s full name' })
  .trim()
  .min(1, { error: 'Enter the person’s full name' })
  .max(120, { error: 'Name must be 120 characters or fewer' })
  .superRefine((value, issue) => {
    const refused = forbiddenCharacterMessage('Name', value);
    if (refused) issue.addIssue({ code: 'custom', message: refused });
  });

export const createUserSchema = z.object({ name, email, roles, temporaryPassword: newPassword });
export type CreateUserInput = z.input<typeof createUserSchema>;

export const changeRolesSchema = z.object({ userId: z.uuid({ error: 'Choose a user' }), roles });
export const setTemporaryPasswordSchema = z.object({
  userId: z.uuid({ error: 'Choose a user' }),
  temporaryPassword: newPassword,
});
export const userIdSchema = z.object({ userId: z.uuid({ error: 'Choose a user' }) });
