// `npm run audit`: the production dependencies' known vulnerabilities. Runs
// `npm audit --omit=dev --audit-level=high` and fails on any advisory rated high or critical.
// When the advisory service cannot be reached (a registry mirror that answers only GET and HEAD,
// as on the project's own development machine, refuses npm's POST), it says so in a sentence and
// checks instead the security floor this project pins (README, "Security"): the lowest versions
// of the packages whose past advisories matter most here. Exit 1 on a finding; 0 otherwise.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root } from './lib.mjs';

/** The lowest version of each package this project accepts, for the advisories fixed by then. */
export const SECURITY_FLOOR = {
  next: '16.3.4',
  react: '19.2.8',
  'react-dom': '19.2.8',
  'next-auth': '5.0.0-beta.32',
  'drizzle-orm': '0.45.2',
};

/** Compares dotted versions with an optional "-beta.N" part: -1, 0 or 1. */
export function compareVersions(a, b) {
  const parse = (v) => {
    const [main, pre] = v.split('-');
    return { main: main.split('.').map(Number), pre: pre ? pre.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : null };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) if (x.main[i] !== y.main[i]) return x.main[i] < y.main[i] ? -1 : 1;
  if (!x.pre || !y.pre) return x.pre ? -1 : y.pre ? 1 : 0;
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    if (x.pre[i] === undefined) return -1;
    if (y.pre[i] === undefined) return 1;
    if (x.pre[i] !== y.pre[i]) return x.pre[i] < y.pre[i] ? -1 : 1;
  }
  return 0;
}

/** Installed versions below the floor, as sentences; empty when every package is at or above it. */
export function belowFloor(lock) {
  return Object.entries(SECURITY_FLOOR).flatMap(([name, floor]) => {
    const version = lock.packages?.[`node_modules/${name}`]?.version;
    if (!version) return [`${name} is not installed`];
    return compareVersions(version, floor) < 0 ? [`${name} ${version} is below ${floor}`] : [];
  });
}

function main() {
  const audit = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { cwd: root, encoding: 'utf8' });
  let report = null;
  try {
    report = JSON.parse(audit.stdout);
  } catch {
    // not JSON: npm could not run the audit at all
  }
  if (report?.metadata?.vulnerabilities) {
    const { high = 0, critical = 0 } = report.metadata.vulnerabilities;
    if (high + critical > 0) {
      console.error(`npm audit: ${critical} critical and ${high} high advisories in the production dependencies. Run \`npm audit --omit=dev\` for the list, and update them.`);
      return 1;
    }
    console.log('npm audit: no high or critical advisories in the production dependencies.');
    return 0;
  }
  const why = report?.message ?? audit.stderr.trim().split('\n').at(-1) ?? 'no answer';
  console.warn(`npm audit could not reach the advisory service (${why}); checking the pinned security floor instead.`);
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const problems = belowFloor(lock);
  if (problems.length) {
    console.error(`Below the security floor: ${problems.join('; ')}.`);
    return 1;
  }
  console.log(`Every package is at or above the security floor (${Object.entries(SECURITY_FLOOR).map(([n, v]) => `${n} ${v}`).join(', ')}).`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
