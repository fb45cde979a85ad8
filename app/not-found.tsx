import type { Metadata } from 'next';
import { PortalLink } from '@/app/components/portal-link';

// What notFound() and an unknown address show. It repeats nothing from the address.
export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <main id="main-content" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="mb-4 text-3xl font-bold">Page not found</h1>
      <p className="mb-4">If you typed the web address, check it is correct.</p>
      <p className="mb-4">If you pasted the web address, check you copied the entire address.</p>
      <p className="mb-6">If the web address is correct or you followed a link, the page may have moved: start again from the start page.</p>
      <p>
        <PortalLink href="/">Go to the start page</PortalLink>
      </p>
    </main>
  );
}
