// What can be done with the month now, as links to a confirmation page each; for anyone who may
// not, or not yet, the reason in a sentence instead of a button.
import { PortalLink } from '@/app/components/portal-link';
import type { Route } from 'next';
import { authorize, authorizeRole, type Actor, type PeriodState, type Resource } from '@/lib/auth/policy';
import { importedHistoryRefusal } from '@/lib/workflow/imported-history';

type Step = { href: Route; label: string; warning?: boolean } | { reason: string };

export type MonthFacts = {
  month: string;
  state: PeriodState;
  /** An earlier year's imported history: nothing to review, publish or reopen. */
  importedHistory: boolean;
  /** Why sign-off is blocked (whySignOffIsBlocked), or null. */
  blocked: string | null;
  submitterIds: readonly string[];
  activeExecutives: number;
};

/** The steps for this person and month, in the order they would take them. */
export function monthSteps(user: Actor, facts: MonthFacts): Step[] {
  const resource: Resource = { periodState: facts.state, importedHistory: facts.importedHistory, submitterIds: facts.submitterIds, activeExecutives: facts.activeExecutives };
  const base = `/review/${facts.month}`;
  if (facts.importedHistory) return [{ reason: importedHistoryRefusal(facts.month, 'published or reopened') }];
  switch (facts.state) {
    case 'open':
      return [
        authorize(user, 'period.closeForReview', resource).allowed
          ? { href: `${base}/close` as Route, label: 'Close for review' }
          : { reason: 'Only the performance team or the chief executive can close a month for review.' },
      ];
    case 'in_review': {
      if (!authorizeRole(user, 'period.signOff').allowed) return [{ reason: 'Only the chief executive can sign off a month.' }];
      if (facts.blocked) return [{ reason: facts.blocked }];
      if (!authorize(user, 'period.signOff', resource).allowed) {
        return [{ reason: 'You submitted figures in this month, so another executive must sign it off.' }];
      }
      return [{ href: `${base}/sign-off` as Route, label: 'Sign off' }];
    }
    case 'approved':
      return authorizeRole(user, 'period.publish').allowed
        ? [
            { href: `${base}/publish` as Route, label: 'Publish' },
            { href: `${base}/reopen` as Route, label: 'Reopen', warning: true },
          ]
        : [{ reason: 'Only the chief executive can publish or reopen a month.' }];
    case 'published':
      return authorizeRole(user, 'period.reopen').allowed
        ? [{ href: `${base}/reopen` as Route, label: 'Reopen', warning: true }]
        : [{ reason: 'Only the chief executive can reopen a month.' }];
  }
}

const button = 'inline-block px-4 py-2 font-bold no-underline shadow-[0_2px_0_#002d18] hover:opacity-90';

export function MonthActions({ user, facts }: { user: Actor; facts: MonthFacts }) {
  const steps = monthSteps(user, facts);
  return (
    <div className="mb-8 flex flex-wrap items-start gap-4" data-testid="month-actions">
      {steps.map((step) =>
        'href' in step ? (
          <PortalLink
            key={step.href}
            href={step.href}
            className={`${button} ${step.warning ? 'bg-gray-200 text-ink' : 'bg-rag-green text-white'}`}
          >
            {step.label}
          </PortalLink>
        ) : (
          <p key={step.reason} className="max-w-3xl border-l-4 border-rag-blue bg-blue-50 p-4 font-bold" data-testid="why-not">
            {step.reason}
          </p>
        ),
      )}
    </div>
  );
}
