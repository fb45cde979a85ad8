import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { listSubmitters } from '@/db/queries/packs';
import { loadReviewMonth } from '@/db/queries/review-month';
import { countActiveExecutives } from '@/db/queries/users';
import { authorize } from '@/lib/auth/policy';
import { completenessLine, whySignOffIsBlocked } from '@/lib/review/sign-off-flags';
import { toMonthKey } from '@/lib/rating';
import { signOffMonth } from '../actions';
import { ConfirmMonthForm } from '../confirm-month-form';
import { Confirmation, notNow } from '../confirmation';
import { periodOf, requireRoleFor } from '../review-month';

export const metadata: Metadata = { title: 'Sign off the month' };

export default async function SignOffPage({ params }: PageProps<'/review/[month]/sign-off'>) {
  const user = await requireRoleFor('period.signOff');
  const period = await periodOf((await params).month);
  const month = toMonthKey(period.month);
  const db = await getDb();
  const [{ measures, flags }, submitterIds, activeExecutives] = await Promise.all([
    loadReviewMonth(db, period),
    listSubmitters(db, period.id),
    countActiveExecutives(db),
  ]);
  const decision = authorize(user, 'period.signOff', { periodState: period.state, submitterIds, activeExecutives });
  const refusal =
    period.state !== 'in_review'
      ? notNow(month, period, 'signed off')
      : (whySignOffIsBlocked(flags) ?? (decision.allowed ? null : 'You submitted figures in this month, so another executive must sign it off.'));
  const attention = flags.filter((f) => !f.blocking);
  return (
    <Confirmation month={month} title="Sign off the month" refusal={refusal}>
      <p className="mb-4 text-lg font-bold">{completenessLine(measures)}.</p>
      {attention.length > 0 ? (
        <>
          <h2 className="mb-2 text-xl font-bold">For your attention</h2>
          <ul className="mb-6 list-disc space-y-1 pl-6">
            {attention.map((f) => (
              <li key={`${f.ref}-${f.kind}`}>{f.message}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="mb-6">
        Signing off locks the month&apos;s figures: nobody can change them unless you reopen the month. You can then publish the
        pack for the committee.
        {decision.allowed && decision.soleExecutiveException
          ? ' You submitted figures in this month; as the only executive you may still sign it off, and the audit log will say so.'
          : ''}
      </p>
      <ConfirmMonthForm month={month} action={signOffMonth} label="Sign off" />
    </Confirmation>
  );
}
