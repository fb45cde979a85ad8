import { statusTag, type EntryStatus } from '@/lib/entries/status-tag';

export function StatusTag({ status }: { status: EntryStatus | null }) {
  const tag = statusTag(status);
  return <strong className={`status-tag ${tag.style}`}>{tag.label}</strong>;
}
