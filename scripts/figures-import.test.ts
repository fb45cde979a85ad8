// `npm run figures:import` as an operator runs it: a child process on a seeded embedded database.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { seedDemo } from '../db/seed/demo';
import { seedReferencePack } from '../db/seed/reference-pack';
import { FIGURES_CSV_HEADER } from '../lib/import/figures-csv';

const tsx = path.resolve('node_modules/.bin/tsx');
let folder: string;
let dataDir: string;

function importFigures(...args: string[]) {
  return spawnSync(tsx, [path.resolve('scripts/figures-import.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', PGLITE_DIR: dataDir },
  });
}

function csvFile(name: string, ...lines: string[]): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, [FIGURES_CSV_HEADER, ...lines, ''].join('\r\n'));
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
    const noAdmin = importFigures('--file', 'x.csv');
    expect(noAdmin.status).toBe(2);
    expect(noAdmin.stderr).toContain('Give the e-mail address of the admin importing the figures with --as');
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
    expect(dry.stdout.trim()).toBe('Checked 2 rows: 1 would be created, 1 updated, 0 unchanged. Nothing was written (--dry-run).');
    expect(dry.status).toBe(0);
    const first = importFigures('--file', file, '--as', 'admin@tfc.example');
    expect(first.stderr).toBe('');
    expect(first.stdout.trim()).toBe('Imported 2 rows: 1 created, 1 updated, 0 unchanged.');
    const second = importFigures('--file', file, '--as', 'admin@tfc.example');
    expect(second.stdout.trim()).toBe('Imported 2 rows: 0 created, 0 updated, 2 unchanged.');
  }, 90_000);

  it('checks an earlier year as history (the flags themselves: scripts/figures-import-args.test.ts)', () => {
    const file = csvFile('2018.csv', 'KPI6,2018-04,83.4,,,,,');
    const dry = importFigures('--file', file, '--as', 'admin@tfc.example', '--history', '--dry-run');
    expect(dry.stdout.trim()).toBe('Checked 1 row: 1 would be created, 0 updated, 0 unchanged, as history. Nothing was written (--dry-run).');
    expect(dry.status).toBe(0);
  }, 60_000);
});
