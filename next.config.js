// @ts-check
import { tsImport } from 'tsx/esm/api';
import { BODY_LIMIT_BYTES } from './scripts/request-gate.mjs';

// Validate the environment before anything else starts (lib/env.ts throws a sentence naming the
// variable that is wrong).
try {
  await tsImport('./lib/env.ts', import.meta.url);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // HTTPS only once deployed; never on a developer's http://localhost.
  ...(process.env.NODE_ENV === 'production'
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
    : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder: bundled, the build
  // passes and the server crashes when the embedded database opens.
  // playwright-core (the pack's PDF) and exceljs (its workbook) load files of their own at run time too.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'playwright-core', 'exceljs'],
  // Every page's <title> (and other metadata) goes in the <head> as sent, for everyone, not streamed
  // into the body afterwards: a screen reader announces the page by its title the moment it loads,
  // and React 19.2 may reveal streamed parts after the load event, leaving a page briefly untitled.
  htmlLimitedBots: /.*/,
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: true,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403.
    authInterrupts: true,
    // The server's own gate refuses larger bodies before Next reads them (scripts/request-gate.mjs).
    serverActions: { bodySizeLimit: BODY_LIMIT_BYTES },
  },
};

export default nextConfig;
