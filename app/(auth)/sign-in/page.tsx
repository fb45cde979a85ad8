import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentUser } from '@/app/_server/guard';
import { safeReturnPath } from '@/lib/auth/return-path';
import { singleSignOnName } from '@/lib/auth/single-sign-on';
import { env } from '@/lib/env';
import { signInWithSingleSignOn } from './actions';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

const ERRORS: Record<string, string> = {
  'not-provisioned':
    'Your organisation account is not set up for Performance Pack, or has been switched off. Ask the performance team to add you.',
};

export default async function SignInPage({ searchParams }: PageProps<'/sign-in'>) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl as '/');
  const error = typeof params.error === 'string' ? (ERRORS[params.error] ?? 'Signing in did not work. Try again.') : null;
  const ssoName = singleSignOnName(env);

  return (
    <main id="main-content" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="mb-6 text-3xl font-bold">Sign in</h1>
      {params['signed-out'] ? <p className="mb-6 border-l-4 border-rag-green pl-4">You have signed out.</p> : null}
      {params['password-changed'] ? (
        <p className="mb-6 border-l-4 border-rag-green pl-4">Your password has been changed. Sign in with your new password.</p>
      ) : null}
      {error ? (
        <div role="alert" data-testid="sign-in-error" className="mb-6 border-4 border-rag-red p-4">
          <h2 className="mb-2 text-xl font-bold">There is a problem</h2>
          <p>{error}</p>
        </div>
      ) : null}
      {ssoName ? (
        <form action={signInWithSingleSignOn} className="mb-8">
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" className="bg-rag-blue px-4 py-2 font-bold text-white">
            Sign in with {ssoName}
          </button>
          <p className="mt-4 text-muted">Or sign in with your e-mail address and Performance Pack password.</p>
        </form>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-8 text-muted">
        There is no self-registration: the performance team sets up accounts. If you have forgotten your password, ask them
        for a temporary one.
      </p>
    </main>
  );
}
