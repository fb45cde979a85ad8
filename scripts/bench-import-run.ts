// The timed part of `npm run bench:import` (scripts/bench-import.mjs makes and seeds the database).
import os from 'node:os';
import { eq } from 'drizzle-orm';
import { closeDb, getDatabase } from '../db/client';
import { findAccountByEmail } from '../db/queries/users';
import { annualTargets, measures, periods } from '../db/schema';
import { importFigures, importFiguresReporting } from '../lib/commands/import-figures';
import { FIGURES_CSV_HEADER } from '../lib/import/figures-csv';
import { addMonths, financialYearOfMonth, firstDayOf } from '../lib/rating';

const measureCount = Number(process.env.BENCH_MEASURES ?? 400);
const monthCount = Number(process.env.BENCH_MONTHS ?? 25);
const FIRST = '2020-11';

async function main() {
  const { db } = await getDatabase();
  const admin = await findAccountByEmail(db, 'admin@tfc.example');
  if (!admin) throw new Error('The demo admin is missing: was the database seeded with --demo?');
  const actor = { id: admin.id, roles: admin.roles };

  // The months after November 2020, open, and the measures: half percentages with a target, half counts.
  const months = Array.from({ length: monthCount }, (_, i) => addMonths(FIRST, i));
  const later = months.slice(1).map((month) => ({
    month: firstDayOf(month),
    financialYear: financialYearOfMonth(month),
    state: 'open' as const,
    dueDate: `${addMonths(month, 1)}-10`,
  }));
  if (later.length > 0) await db.insert(periods).values(later);
  const made = await db
    .insert(measures)
    .values(
      Array.from({ length: measureCount }, (_, i) => ({
        ref: `BM${i + 1}`,
        title: `Benchmark measure ${i + 1}`,
        group: 'supporting' as const,
        serviceArea: 'Benchmark',
        unit: i % 2 === 0 ? ('percent' as const) : ('count' as const),
        decimals: i % 2 === 0 ? 1 : 0,
        polarity: i % 2 === 0 ? ('higher' as const) : ('none' as const),
        basis: 'monthly' as const,
        source: 'Benchmark',
        displayOrder: 10_000 + i,
      })),
    )
    .returning({ id: measures.id, unit: measures.unit });
  const years = [...new Set(months.map(financialYearOfMonth))];
  const targets = made.filter((m) => m.unit === 'percent').flatMap((m) => years.map((financialYear) => ({ measureId: m.id, financialYear, target: '90', toleranceEdge: '85' })));
  for (let i = 0; i < targets.length; i += 1000) await db.insert(annualTargets).values(targets.slice(i, i + 1000));

  const row = (m: number, month: string, bump = 0) =>
    m % 2 === 0 ? `BM${m + 1},${month},${(80 + ((m * 7 + bump) % 200) / 10).toFixed(2)},,,,"Figures, as exported",` : `BM${m + 1},${month},${m * 3 + bump},,,,,`;
  const lines: string[] = [];
  for (const month of months) for (let m = 0; m < measureCount; m++) lines.push(row(m, month));
  const csv = [FIGURES_CSV_HEADER, ...lines, ''].join('\r\n');

  // 200 drafts already there, with other figures: the timed import overwrites them.
  const primed = [FIGURES_CSV_HEADER, ...Array.from({ length: Math.min(200, measureCount) }, (_, m) => row(m, FIRST, 1))].join('\n');
  const prime = await importFigures(db, actor, { csv: primed, submit: false });
  if (!prime.ok) throw new Error(`Priming failed: ${JSON.stringify(prime)}`);

  const timed = async (label: string) => {
    const started = performance.now();
    let checkedAt = started;
    const command = importFiguresReporting({ onChecked: (done, total) => { if (done === total) checkedAt = performance.now(); } });
    const result = await command(db, actor, { csv, submit: false });
    const seconds = (performance.now() - started) / 1000;
    const checking = (checkedAt - started) / 1000;
    if (!result.ok) throw new Error(`${label} failed: ${JSON.stringify(result).slice(0, 2000)}`);
    const { rows, created, updated, unchanged } = result.value;
    console.log(
      `| ${label} | ${rows.toLocaleString('en-GB')} | ${created.toLocaleString('en-GB')} / ${updated.toLocaleString('en-GB')} / ${unchanged.toLocaleString('en-GB')} | ${seconds.toFixed(2)} s | ${checking.toFixed(2)} s | ${(seconds - checking).toFixed(2)} s | ${Math.round(rows / seconds).toLocaleString('en-GB')} |`,
    );
  };
  const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
  console.log(`\nFigures import, ${engine}, ${measureCount} measures × ${monthCount} open months, file of ${(Buffer.byteLength(csv) / 1024).toFixed(0)} KB, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'})\n`);
  console.log('| run | rows | created / updated / unchanged | time | reading and checking | writing | rows/s |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  await timed('first import');
  await timed('same file again');
  const [check] = await db.select({ id: periods.id }).from(periods).where(eq(periods.month, firstDayOf(FIRST)));
  if (!check) throw new Error('November 2020 is missing');
  await closeDb();
}

main().catch(async (error: unknown) => {
  console.error(error);
  await closeDb().catch(() => {});
  process.exit(1);
});
