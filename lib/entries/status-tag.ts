// An entry's status as a tag: its word and its colours. One table for the React tag
// (app/components/status-tag.tsx) and the review page's cards (lib/review/review-card.ts).
export type EntryStatus = 'draft' | 'submitted' | 'returned';

export const STATUS_TAGS: Record<EntryStatus | 'none', { label: string; style: string }> = {
  none: { label: 'Not started', style: 'bg-gray-200 text-ink' },
  draft: { label: 'Draft', style: 'bg-blue-100 text-blue-900' },
  submitted: { label: 'Submitted', style: 'bg-green-100 text-green-900' },
  returned: { label: 'Returned', style: 'bg-orange-100 text-orange-900' },
};

/** The tag of an entry's status, or of no entry ("Not started"). */
export const statusTag = (status: EntryStatus | null) => STATUS_TAGS[status ?? 'none'];
