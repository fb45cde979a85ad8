// Links between the portal's pages. Next prefetches every link as it comes into view, but every page
// here is drawn on request for the person asking, so a prefetch brings back nothing the browser can
// use (about 400 bytes saying so) and still costs the server a session check and about a third of
// a page: a lead's list of twenty measures cost more than twenty of them each time it was shown.
// So a link here fetches its page when it is followed, not when it is seen.
import Link from 'next/link';
import type { ComponentProps } from 'react';

export function PortalLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
