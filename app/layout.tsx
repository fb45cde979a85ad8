import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Performance Pack', template: '%s – Performance Pack' },
  description: 'Monthly performance figures, ratings and the committee pack.',
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
        <header className="no-print bg-ink text-white">
          <div className="mx-auto flex max-w-7xl items-center justify-between px-4 py-3">
            <Link href="/" className="text-xl font-bold text-white no-underline">
              Performance Pack
            </Link>
            <nav aria-label="Main">
              <ul className="flex gap-4">
                <li>
                  <Link href="/measures" className="text-white">
                    Measures
                  </Link>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        {children}
      </body>
    </html>
  );
}
