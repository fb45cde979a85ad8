// `npm run bench:import`: how fast a large figures import is, on a throwaway database (PostgreSQL
// when DATABASE_URL is set, otherwise an embedded PGlite). Seeds the reference pack and the demo
// accounts, adds 400 measures and 25 open months (November 2020 to November 2022) directly in the
// database, drafts 200 of the entries first, then times the import command on 10,000 rows (9,800
// created, 200 updated) and the same file again (10,000 unchanged). Prints rows per second.
//   --measures 400 --months 25   the size of the file (measures × months rows)
// A measurement, never a test: nothing here fails on time.
import { parseArgs } from 'node:util';
import { root, run, throwawayDatabase, tsxBin } from './lib.mjs';

const { values } = parseArgs({ options: { measures: { type: 'string', default: '400' }, months: { type: 'string', default: '25' } } });
const database = await throwawayDatabase('bench_import');
const env = { ...process.env, ...database.env, BENCH_MEASURES: values.measures, BENCH_MONTHS: values.months };
console.log(`Figures import benchmark on a throwaway ${database.where}`);
try {
  await run(tsxBin, ['db/seed/index.ts', '--demo'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  await run(tsxBin, ['scripts/bench-import-run.ts'], { cwd: root, env, stdio: 'inherit' });
} finally {
  await database.remove();
}
