// The frame of a confirmation page (GOV.UK "check before you …"): a way back, the heading, what
// will happen, and either the one form or, when the step cannot be taken now, why not.
import { PortalLink } from '@/app/components/portal-link';
import type { ReactNode } from 'react';
import type { PeriodState } from '@/lib/auth/policy';
import { monthLabel } from '@/lib/rating';
import { importedHistoryRefusal } from '@/lib/workflow/imported-history';

const NOW = { open: 'is open for entry', in_review: 'is in review', approved: 'has been signed off', published: 'has been published' } as const;

/** "October 2020 has been published, so it cannot be signed off now."; for imported history, why never. */
export const notNow = (month: string, period: { state: PeriodState; importedAt: Date | null }, step: string) =>
  period.importedAt !== null ? importedHistoryRefusal(month, step) : `${monthLabel(month)} ${NOW[period.state]}, so it cannot be ${step} now.`;

export function Confirmation({ month, title, refusal, children }: { month: string; title: string; refusal?: string | null; children: ReactNode }) {
  return (
    <main id="main-content" className="mx-auto max-w-3xl px-4 py-8">
      <p className="mb-6">
        <PortalLink href={`/review/${month}`}>Back to the review of {monthLabel(month)}</PortalLink>
      </p>
      <span className="block text-lg text-muted">{monthLabel(month)}</span>
      <h1 className="mb-6 text-3xl font-bold">{title}</h1>
      {refusal ? (
        <p className="mb-6 border-l-4 border-rag-blue bg-blue-50 p-4 font-bold" data-testid="why-not">
          {refusal}
        </p>
      ) : (
        children
      )}
    </main>
  );
}
