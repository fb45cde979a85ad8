// `npm run pack:export` as an operator runs it: a child process on a seeded embedded database.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client';
import { claimEmbeddedDatabase, releaseEmbeddedDatabase } from '../db/embedded-lock';
import { migrateDatabase } from '../db/migrate';
import { seedReferencePack } from '../db/seed/reference-pack';
import { csvRows } from '../lib/packs/export/test-csv';

const tsx = path.resolve('node_modules/.bin/tsx');
let folder: string;
let dataDir: string;

/** Runs the export with the embedded database at dataDir, whatever DATABASE_URL the tests have. */
function exportPack(...args: string[]) {
  return exportPackFrom(dataDir, ...args);
}

function exportPackFrom(dir: string, ...args: string[]) {
  return spawnSync(tsx, [path.resolve('scripts/pack-export.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', PGLITE_DIR: dir },
  });
}

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-export-'));
  dataDir = path.join(folder, 'pglite');
  // What `npm run db:seed` does, in this process, which lets go of the folder when done.
  const open = await openDatabase({ engine: 'pglite', dir: dataDir });
  await migrateDatabase(open);
  await seedReferencePack(open.db);
  await open.close();
});

afterAll(() => {
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

describe('npm run pack:export', () => {
  it('writes October 2020’s published pack as CSV and says so in one line', () => {
    const out = path.join(folder, 'october.csv');
    const run = exportPack('--period', '2020-10', '--format', 'csv', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`Wrote October 2020 pack, version 1, CSV (32 measures) to ${out}\n`);
    const rows = csvRows(fs.readFileSync(out, 'utf8'));
    expect(rows).toHaveLength(32);
    expect(rows.every((r) => r.Edition === 'version 1')).toBe(true);
    expect(rows.find((r) => r.Ref === 'KPI1')).toMatchObject({ Value: '89.1', Target: '65', 'RAG rating': 'Green' });
    expect(rows.find((r) => r.Ref === 'SM8')).toMatchObject({ Value: '', Availability: 'Not available (n/ava)', 'RAG rating': 'Blue' });
  });

  it('writes a version as a workbook, and the open month as a draft', async () => {
    const xlsx = path.join(folder, 'october.xlsx');
    const published = exportPack('--period', '2020-10', '--version', '1', '--format', 'xlsx', '--out', xlsx);
    expect(published.status).toBe(0);
    expect(published.stdout).toBe(`Wrote October 2020 pack, version 1, XLSX (32 measures) to ${xlsx}\n`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Measures', 'Summary grid']);

    const draft = path.join(folder, 'november.csv');
    const run = exportPack('--period', '2020-11', '--draft', '--format', 'csv', '--out', draft);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`Wrote November 2020 pack, DRAFT – not published, CSV (32 measures) to ${draft}\n`);
    expect(csvRows(fs.readFileSync(draft, 'utf8')).every((r) => r.Edition === 'DRAFT – not published')).toBe(true);
  });

  it('refuses wrong arguments with a sentence, the usage and exit code 2, before opening the database', () => {
    const out = path.join(folder, 'refused.csv');
    const cases: [string[], string][] = [
      [['--format', 'csv', '--out', out], 'Give the month of the pack with --period, like --period 2020-10.'],
      [['--period', 'October', '--format', 'csv', '--out', out], '"October" is not a month: give --period as YYYY-MM, like 2020-10.'],
      [['--period', '2020-10', '--version', 'two', '--format', 'csv', '--out', out], '"two" is not a version: give --version as a whole number from 1, like --version 2.'],
      [['--period', '2020-10', '--version', '1', '--draft', '--format', 'csv', '--out', out], 'A draft has no version: give --version or --draft, not both.'],
      [['--period', '2020-10', '--format', 'docx', '--out', out], '"docx" is not a format this export writes'],
      [['--period', '2020-10', '--format', 'csv'], 'Give the file to write with --out, like --out pack.csv.'],
      [['--period', '2020-10', '--month', '10', '--format', 'csv', '--out', out], "Unknown option '--month'"],
    ];
    for (const [args, sentence] of cases) {
      const run = exportPack(...args);
      expect({ args, status: run.status }).toEqual({ args, status: 2 });
      expect(run.stderr).toContain(sentence);
      expect(run.stderr).toContain('Usage: npm run pack:export -- --period YYYY-MM');
      expect(run.stdout).toBe('');
    }
    expect(fs.existsSync(out)).toBe(false);
  });

  it('says what is missing, with exit code 1', () => {
    const out = path.join(folder, 'missing.csv');
    const november = exportPack('--period', '2020-11', '--format', 'csv', '--out', out);
    expect(november.status).toBe(1);
    expect(november.stderr).toBe('November 2020 has no published pack. Use --draft to export its current state.\n');
    const version = exportPack('--period', '2020-10', '--version', '2', '--format', 'csv', '--out', out);
    expect(version.stderr).toBe('October 2020 has no version 2; the latest is version 1.\n');
    // A mistyped folder is not made into an empty database.
    const elsewhere = path.join(folder, 'no-such-folder');
    const mistyped = exportPackFrom(elsewhere, '--period', '2020-10', '--format', 'csv', '--out', out);
    expect(mistyped.status).toBe(1);
    expect(mistyped.stderr).toContain(`There is no embedded database in ${elsewhere}`);
    expect(fs.existsSync(elsewhere)).toBe(false);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses while another process (the demo server) has the embedded database open', () => {
    claimEmbeddedDatabase(dataDir);
    try {
      const run = exportPack('--period', '2020-10', '--format', 'csv', '--out', path.join(folder, 'locked.csv'));
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`is already in use by process ${process.pid}. Only one process may open it at a time`);
    } finally {
      releaseEmbeddedDatabase(dataDir);
    }
  });
});
