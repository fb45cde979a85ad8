import type { Metadata } from 'next';
import { HydrationMarker } from './components/hydration-marker';
import { RefreshAfterSave } from './components/refresh-after-save';
import { SiteHeader } from './components/site-header';
import { Suspense, type ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Performance Pack', template: '%s – Performance Pack' },
  description: 'Monthly performance figures, ratings and the committee pack.',
  // The icon is app/favicon.ico, a plain square in the header's colour: every page names it, and
  // the pages that do not (a 403, a browser asking on its own) find it at /favicon.ico.
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body className="min-h-screen">
        <a
          href="#main-content"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:p-2"
        >
          Skip to main content
        </a>
        <SiteHeader />
        {children}
        <HydrationMarker />
        {/* Reads the address, so it waits for it where a page is drawn ahead of time. */}
        <Suspense fallback={null}>
          <RefreshAfterSave />
        </Suspense>
      </body>
    </html>
  );
}
