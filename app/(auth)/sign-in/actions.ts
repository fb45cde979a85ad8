'use server';

// Signing in: the one action anyone may take, and it takes no other. It proves who someone is;
// every other action then asks requireUser() and authorize(). Signing out is app/(auth)/sign-out.
import { AuthError } from 'next-auth';
import { refused } from '@/app/_server/run-command';
import { signIn } from '@/auth';
import { signInSchema } from '@/lib/auth/schemas';
import { safeReturnPath } from '@/lib/auth/return-path';
import { SSO_PROVIDER_ID } from '@/lib/auth/single-sign-on';
import { SIGN_IN_FAILED_MESSAGE } from '@/lib/commands/sign-in';
import { fieldErrorsOf, formDataToObject, idleState, type FormState } from '@/lib/validation/form-state';

export async function signInWithPassword(_state: FormState, formData: FormData): Promise<FormState> {
  const input = formDataToObject(formData);
  const parsed = signInSchema.safeParse(input);
  // A refusal sends back the e-mail address (never the password) for a page drawn without JavaScript.
  if (!parsed.success) return refused(input, { fieldErrors: fieldErrorsOf(parsed.error) });
  try {
    await signIn('password', {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeReturnPath(input.callbackUrl),
    });
  } catch (error) {
    if (error instanceof AuthError) return refused(input, { message: SIGN_IN_FAILED_MESSAGE });
    throw error; // signIn ends in a redirect, which Next carries as an error
  }
  return idleState;
}

export async function signInWithSingleSignOn(formData: FormData): Promise<void> {
  await signIn(SSO_PROVIDER_ID, { redirectTo: safeReturnPath(formDataToObject(formData).callbackUrl) });
}
