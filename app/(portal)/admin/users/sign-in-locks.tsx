// The sign-in locks in force now, each with a button to end it early.
import { ScrollRegion } from '@/app/components/scroll-region';
import { formatDateTime } from '@/lib/rating';
import type { SignInLock } from '@/db/queries/users';
import { describeLockKey } from '@/lib/auth/throttle';
import { NotificationBanner } from '@/app/components/notification-banner';
import { ClearLockForm } from './clear-lock-form';

export function SignInLocks({ locks, cleared }: { locks: SignInLock[]; cleared: string | null }) {
  return (
    <section aria-labelledby="locks-heading" className="mb-12 max-w-4xl">
      <h2 id="locks-heading" className="mb-2 text-2xl font-bold">
        Sign-in locks
      </h2>
      {cleared ? <NotificationBanner message={`${describeLockKey(cleared)} can try to sign in again now.`} /> : null}
      <p className="mb-4 text-muted">
        After 5 wrong passwords for one e-mail address, or 20 from one network address, signing in with a password waits 15
        minutes. Single sign-on is never locked. Clear a lock when you know who was trying.
      </p>
      {locks.length === 0 ? (
        <p data-testid="no-sign-in-locks">No one is locked out now.</p>
      ) : (
        <ScrollRegion labelledBy="locks-heading">
          <table className="w-full border-collapse text-sm" data-testid="sign-in-locks">
            <caption className="sr-only">Sign-in locks in force now</caption>
            <thead>
              <tr>
                <th scope="col" className="cell">Locked</th>
                <th scope="col" className="cell">Until</th>
                <th scope="col" className="cell"><span className="sr-only">Action</span></th>
              </tr>
            </thead>
            <tbody>
              {locks.map((lock) => (
                <tr key={lock.key} data-key={lock.key}>
                  <th scope="row" className="cell break-all">{describeLockKey(lock.key)}</th>
                  <td className="cell">{lock.lockedUntil ? formatDateTime(lock.lockedUntil) : ''}</td>
                  <td className="cell">
                    <ClearLockForm lockKey={lock.key} label="Clear this lock" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
