// `npm test`: every test. Unit and integration tests (vitest: PGlite always, PostgreSQL as well
// when DATABASE_URL is set), then the Playwright journeys in real Chromium against a production
// build. Ends with one line that counts everything: "Total: N passed, N failed, N skipped".
import fs from 'node:fs';
import path from 'node:path';
import { buildIfStale, root, run } from './lib.mjs';

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) {
    if (candidate && fs.existsSync(candidate)) return candidate;
  }
  return null;
}

async function playwrightOwnChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const executable = chromium.executablePath();
    return fs.existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}

const chromium = findChromium() ?? (await playwrightOwnChromium());
if (!chromium) {
  console.error(
    'The browser tests need Chromium and none was found. Install it (Debian or Ubuntu: `sudo apt-get install chromium`; ' +
      'elsewhere: `npx playwright install chromium`), or set CHROMIUM_PATH to a Chromium or Chrome executable, then run `npm test` again.',
  );
  process.exit(1);
}

const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });
const vitestJson = path.join(results, 'vitest.json');
const playwrightJson = path.join(results, 'playwright.json');
for (const file of [vitestJson, playwrightJson]) fs.rmSync(file, { force: true });

const npx = (bin) => path.join(root, 'node_modules', '.bin', bin);
let failed = false;
try {
  console.log(`Unit and integration tests on PGlite${process.env.DATABASE_URL ? ' and PostgreSQL' : ''}:`);
  await run(npx('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
} catch {
  failed = true;
}
try {
  await buildIfStale();
  console.log(`\nBrowser journeys in ${chromium}:`);
  await run(npx('playwright'), ['test'], {
    env: { ...process.env, CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson },
  });
} catch {
  failed = true;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}
const vitest = readJson(vitestJson);
const playwright = readJson(playwrightJson);
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0);
const failures = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0) + (playwright?.stats?.flaky ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (playwright?.stats?.skipped ?? 0);
console.log(`\nTotal: ${passed} passed, ${failures} failed, ${skipped} skipped`);
process.exit(failed || failures > 0 || passed === 0 ? 1 : 0);
