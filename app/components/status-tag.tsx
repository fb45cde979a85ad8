import type { Entry } from '@/db/schema';

const TAGS: Record<Entry['status'] | 'none', { label: string; style: string }> = {
  none: { label: 'Not started', style: 'bg-gray-200 text-ink' },
  draft: { label: 'Draft', style: 'bg-blue-100 text-blue-900' },
  submitted: { label: 'Submitted', style: 'bg-green-100 text-green-900' },
  returned: { label: 'Returned', style: 'bg-orange-100 text-orange-900' },
};

export function StatusTag({ status }: { status: Entry['status'] | null }) {
  const tag = TAGS[status ?? 'none'];
  return <strong className={`status-tag ${tag.style}`}>{tag.label}</strong>;
}
