// The benchmark's database at the scale asked for: the demo (the reference pack's 32 measures,
// 2019/20 and 2020/21), then with `--measures 320` ten copies of every measure with its targets and
// entries, and with `--years 5` four more years of history before 2019/20. Reads the database the
// environment names. Only for `npm run bench`; never for real data.
import { parseArgs } from 'node:util';
import { closeDb, getDatabase, getDb } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { copyMeasures } from '../db/seed/copy-measures';
import { seedDemo } from '../db/seed/demo';
import { addHistoryYears } from '../db/seed/history-years';
import { seedReferencePack } from '../db/seed/reference-pack';

const { values } = parseArgs({ options: { measures: { type: 'string', default: '32' }, years: { type: 'string', default: '1' } } });
const measures = Number(values.measures);
const years = Number(values.years);
if (![32, 320].includes(measures) || ![1, 5].includes(years)) {
  console.error('Give --measures 32 or 320, and --years 1 or 5.');
  process.exit(2);
}

await migrateDatabase(await getDatabase());
const db = await getDb();
await seedReferencePack(db);
await seedDemo(db);
const added = await addHistoryYears(db, years);
if (measures > 32) await copyMeasures(db, measures / 32);
console.log(`Seeded ${measures} measures with ${added + 1} year(s) of history before 2020/21.`);
await closeDb();
