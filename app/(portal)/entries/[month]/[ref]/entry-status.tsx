'use client';

// The entry's status as it is now, shared by the page's heading and the form: a save, or a conflict
// showing what someone else's save left, changes the tag at the top without reloading the page.
import { createContext, useContext, useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import { StatusTag } from '@/app/components/status-tag';
import type { Entry } from '@/db/schema';

type Status = Entry['status'] | null;
const EntryStatus = createContext<[Status, Dispatch<SetStateAction<Status>>] | null>(null);

export function EntryStatusProvider({ initial, children }: { initial: Status; children: ReactNode }) {
  const state = useState<Status>(initial);
  return <EntryStatus.Provider value={state}>{children}</EntryStatus.Provider>;
}

export function useEntryStatus(): [Status, Dispatch<SetStateAction<Status>>] {
  const state = useContext(EntryStatus);
  if (!state) throw new Error('useEntryStatus is used inside EntryStatusProvider only');
  return state;
}

export function LiveStatusTag() {
  const [status] = useEntryStatus();
  return (
    <span data-testid="entry-status">
      <StatusTag status={status} />
    </span>
  );
}
