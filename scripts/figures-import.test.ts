// `npm run figures:import` as an operator runs it: a child process on a seeded embedded database;
// and `benchmarks:import`, which finds the admin to record the same way (scripts/importing-admin.ts).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { auditEvents, userRoles, users } from '../db/schema';
import { seedDemo } from '../db/seed/demo';
import { seedReferencePack } from '../db/seed/reference-pack';
import { BENCHMARKS_CSV_HEADER } from '../lib/import/benchmarks-csv';
import { FIGURES_CSV_HEADER } from '../lib/import/figures-csv';

const tsx = path.resolve('node_modules/.bin/tsx');
let folder: string;
let dataDir: string;

function importFigures(...args: string[]) {
  return runScript('figures-import.ts', args);
}

function runScript(script: string, args: string[]) {
  return spawnSync(tsx, [path.resolve('scripts', script), ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', PGLITE_DIR: dataDir },
  });
}

/** The embedded database opened in this process for a moment: the command claims the folder while it runs. */
async function withDatabase<T>(work: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>): Promise<T> {
  const open = await openDatabase({ engine: 'pglite', dir: dataDir });
  try {
    return await work(open.db);
  } finally {
    await open.close();
  }
}

function csvFile(name: string, ...lines: string[]): string {
  return writeCsv(name, FIGURES_CSV_HEADER, lines);
}

function writeCsv(name: string, header: string, lines: string[]): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, [header, ...lines, ''].join('\r\n'));
  return file;
}

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-import-'));
  dataDir = path.join(folder, 'pglite');
  const open = await openDatabase({ engine: 'pglite', dir: dataDir });
  await migrateDatabase(open);
  await seedReferencePack(open.db);
  await seedDemo(open.db);
  await open.close();
}, 120_000);

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('npm run figures:import', () => {
  it('answers wrong arguments with a sentence, the usage and exit 2', () => {
    const none = importFigures();
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Give the CSV file to import with --file');
    expect(none.stderr).toContain('Usage: npm run figures:import');
    const notAnAddress = importFigures('--file', 'x.csv', '--as', 'admin');
    expect(notAnAddress.status).toBe(2);
    expect(notAnAddress.stderr).toContain('Give the e-mail address of the admin importing the figures with --as');
    expect(importFigures('--file', 'x.csv', '--as', 'admin@tfc.example', '--month', '2020-11').status).toBe(2);
  });

  it('refuses someone who is not an active admin, and a file that is not there', () => {
    const file = csvFile('one.csv', 'KPI6,2020-11,78.5,,,,,');
    const lead = importFigures('--file', file, '--as', 'lead.socialcare@tfc.example');
    expect(lead.status).toBe(1);
    expect(lead.stderr).toContain('lead.socialcare@tfc.example is not an active admin');
    const missing = importFigures('--file', path.join(folder, 'none.csv'), '--as', 'admin@tfc.example');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('there is no file');
  }, 60_000);

  it('lists every bad row and exits 1, writing nothing', () => {
    const file = csvFile('bad.csv', 'KPI6,2020-11,78.5,,,,,', 'SM4,2020-11,2x.1,,,,,', 'XX1,2020-11,1,,,,,');
    const result = importFigures('--file', file, '--as', 'admin@tfc.example');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Nothing was imported');
    expect(result.stderr).toContain("line 3: SM4 value '2x.1' is not a number");
    expect(result.stderr).toContain("line 4: there is no measure 'XX1'");
  }, 60_000);

  it('checks with --dry-run, imports, and changes nothing the second time', () => {
    const file = csvFile('good.csv', 'KPI6,2020-11,78.5,,,,,', 'KPI3,2020-11,92,,,,,');
    const dry = importFigures('--file', file, '--as', 'Admin@TFC.example', '--dry-run');
    expect(dry.stdout.trim().split('\n')).toEqual([
      'Checked 2 rows: 1 would be created, 1 updated, 0 unchanged. Nothing was written (--dry-run).',
      'The import would be recorded as Priya Shah <admin@tfc.example>.',
    ]);
    expect(dry.status).toBe(0);
    const first = importFigures('--file', file, '--as', 'admin@tfc.example');
    expect(first.stderr).toBe('');
    expect(first.stdout.trim().split('\n')).toEqual([
      'Imported 2 rows: 1 created, 1 updated, 0 unchanged.',
      'Recorded in the audit log as Priya Shah <admin@tfc.example>.',
    ]);
    const second = importFigures('--file', file, '--as', 'admin@tfc.example');
    expect(second.stdout.trim().split('\n')[0]).toBe('Imported 2 rows: 0 created, 0 updated, 2 unchanged.');
  }, 90_000);

  it('checks an earlier year as history (the flags themselves: scripts/figures-import-args.test.ts)', () => {
    const file = csvFile('2018.csv', 'KPI6,2018-04,83.4,,,,,');
    const dry = importFigures('--file', file, '--as', 'admin@tfc.example', '--history', '--dry-run');
    expect(dry.stdout.trim().split('\n')[0]).toBe('Checked 1 row: 1 would be created, 0 updated, 0 unchanged, as history. Nothing was written (--dry-run).');
    expect(dry.status).toBe(0);
  }, 60_000);

  it("runs the issue's own command, without --as, as the demo's only active admin", async () => {
    const file = csvFile('december.csv', 'KPI6,2020-11,79.1,,,,,');
    const result = importFigures('--file', file);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      'Imported 1 row: 0 created, 1 updated, 0 unchanged.',
      'Recorded in the audit log as Priya Shah <admin@tfc.example>, the only active admin.',
    ]);
    expect(result.status).toBe(0);
    const [event] = await withDatabase((db) =>
      db
        .select({ email: users.email })
        .from(auditEvents)
        .innerJoin(users, eq(users.id, auditEvents.actorId))
        .where(eq(auditEvents.action, 'figures.import'))
        .orderBy(desc(auditEvents.id))
        .limit(1),
    );
    expect(event?.email).toBe('admin@tfc.example');
  }, 60_000);

  it('without --as, names the active admins when there are several, and says how to make one when there is none', async () => {
    const file = csvFile('one-more.csv', 'KPI6,2020-11,79.2,,,,,');
    const admin = await withDatabase(async (db) => {
      const [second] = await db.insert(users).values({ email: 'dev@tfc.example', name: 'Dev Patel' }).returning({ id: users.id });
      await db.insert(userRoles).values({ userId: second!.id, role: 'admin' });
      const [priya] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'admin@tfc.example'));
      return { second: second!.id, priya: priya!.id };
    });
    const several = importFigures('--file', file);
    expect(several.status).toBe(1);
    expect(several.stderr.trim()).toBe('There are 2 active admins (admin@tfc.example and dev@tfc.example): say which of them is importing with --as EMAIL.');
    expect(importFigures('--file', file, '--as', 'dev@tfc.example', '--dry-run').stdout).toContain('The import would be recorded as Dev Patel <dev@tfc.example>.');

    await withDatabase(async (db) => {
      await db.update(users).set({ active: false }).where(eq(users.id, admin.priya));
      await db.delete(userRoles).where(and(eq(userRoles.userId, admin.second), eq(userRoles.role, 'admin')));
    });
    try {
      const none = importFigures('--file', file);
      expect(none.status).toBe(1);
      expect(none.stderr.trim()).toBe(
        'There is no active admin to record the import against: make one with npm run db:create-admin -- --email EMAIL --name "NAME", then import again.',
      );
    } finally {
      await withDatabase((db) => db.update(users).set({ active: true }).where(eq(users.id, admin.priya)));
    }
  }, 90_000);
});

describe('npm run benchmarks:import', () => {
  it('runs without --as as the only active admin, and says so', () => {
    const file = writeCsv('benchmarks.csv', BENCHMARKS_CSV_HEADER, ['KPI2,England,Jan 19 – Dec 19,2019-12-31,212']);
    const result = runScript('benchmarks-import.ts', ['--file', file]);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      'Imported 1 benchmark point: 1 new, 0 changed, 0 unchanged.',
      'Recorded in the audit log as Priya Shah <admin@tfc.example>, the only active admin.',
    ]);
    expect(result.status).toBe(0);
    const notAnAddress = runScript('benchmarks-import.ts', ['--file', file, '--as', 'admin']);
    expect(notAnAddress.status).toBe(2);
    expect(notAnAddress.stderr).toContain('Give the e-mail address of the admin importing the points with --as');
  }, 60_000);
});
