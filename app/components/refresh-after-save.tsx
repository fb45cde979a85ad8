'use client';

// Saving an entry is answered without Next drawing the page again (the entry page's actions.ts says
// why), and so without Next forgetting the pages it keeps for Back and Forward: they would show the
// entry as it was before the save. So after such a save, the first move to another page fetches
// that page again, and router.refresh makes Next forget every page it kept. (Next draws a kept page
// before the browser's popstate event is heard, so a Back cannot be told from a link here; a link
// is fetched anyway, so for it this is one fetch too many, once after a save.)
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect } from 'react';

// One browser tab's memory, shared by every page of it.
let savedWithoutRedraw = false;

/** Called by a form whose save was answered without the page being drawn again. */
export function markSavedWithoutRedraw() {
  savedWithoutRedraw = true;
}

export function RefreshAfterSave() {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams().toString();

  useEffect(() => {
    if (!savedWithoutRedraw) return;
    savedWithoutRedraw = false;
    router.refresh();
  }, [pathname, search, router]);

  return null;
}
