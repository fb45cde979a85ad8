'use client';

// A page that failed to draw: one plain sentence and "Try again", inside the site's layout. The
// error itself is in the server log (its digest matches the log line), never on the page.
import { ServiceProblem } from './components/service-problem';

export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return <ServiceProblem retry={retry} />;
}
