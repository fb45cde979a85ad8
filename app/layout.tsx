import type { Metadata } from 'next';
import { HydrationMarker } from './components/hydration-marker';
import { SiteHeader } from './components/site-header';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Performance Pack', template: '%s – Performance Pack' },
  description: 'Monthly performance figures, ratings and the committee pack.',
  // A plain square in the header's colour, inline: without an icon named here every browser asks
  // for /favicon.ico, which the app does not have, and logs the 404 on every page.
  icons: { icon: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' fill='%230b0c0c'/%3E%3C/svg%3E" },
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
      </body>
    </html>
  );
}
