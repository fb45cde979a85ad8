import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = process.env.E2E_PORT || '3100';
// The site's own address (SITE_URL of scripts/e2e-server.mjs): Auth.js builds its redirects on it.
const baseURL = `http://localhost:${port}`;
// The test server signs sessions with this; tests that forge an expired session need it too.
process.env.AUTH_SECRET ||= 'e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz';
// `npm test` sets CHROMIUM_PATH; run directly, prefer Debian's Chromium, then Playwright's own.
const chromium = process.env.CHROMIUM_PATH || (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: './e2e',
  // Inside test-results/ but apart from it: Playwright empties this folder, and npm test keeps its reports beside it.
  outputDir: './test-results/playwright',
  // One server, one database: journeys that change data run one after another.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two cores run the server, the browser and the tests together: a journey of several sign-ins
  // (each an Argon2 hash) has taken over 30 s under CI's load, so each test and check gets room.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: chromium,
      // Debian's Chromium as root needs --no-sandbox; the rest stop it calling out to a network
      // this machine does not have.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    // Signs each demo account in once through the real form and saves its session (e2e/sessions.ts).
    { name: 'setup', testMatch: /auth\.setup\.ts$/ },
    { name: 'journeys', dependencies: ['setup'] },
  ],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
