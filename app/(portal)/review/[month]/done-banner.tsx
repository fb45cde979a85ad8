// The success banner after an action sends the chief executive back to the review
// (`?done=signed-off`): a fixed sentence per action, never words taken from the address.
import { NotificationBanner } from '@/app/components/notification-banner';
import { MEASURE_REF_PATTERN } from '@/lib/entries/entry-schema';

const DONE = {
  closed: (label: string) => `${label} is now in review. Leads can no longer change their figures.`,
  returned: (label: string, ref: string | null) => `${ref ?? 'The entry'} has been returned to its lead, who can change and resubmit it while ${label} is in review.`,
  'signed-off': (label: string) => `${label} has been signed off. Its figures are locked.`,
  published: (label: string, _ref: string | null, version: string | null) => `${label} has been published${version ? ` as version ${version}` : ''}.`,
  reopened: (label: string) => `${label} has been reopened and is in review again.`,
} as const;

type Params = { done?: string | string[]; ref?: string | string[]; version?: string | string[] };

export function DoneBanner({ label, params }: { label: string; params: Params }) {
  const done = typeof params.done === 'string' && params.done in DONE ? DONE[params.done as keyof typeof DONE] : null;
  const ref = typeof params.ref === 'string' && MEASURE_REF_PATTERN.test(params.ref) ? params.ref : null;
  const version = typeof params.version === 'string' && /^\d{1,4}$/.test(params.version) ? params.version : null;
  return <NotificationBanner message={done ? done(label, ref, version) : undefined} />;
}
