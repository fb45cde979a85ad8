// The load test's database: the reference pack, the demo, and `--leads` lead accounts each owning
// about `--measures-per-lead` measures (db/seed/load-leads.ts). Reads the database the environment
// names. Only for `npm run test:load` and `npm run test:faults`; never for real data.
import { parseArgs } from 'node:util';
import { closeDb, getDatabase, getDb } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { seedDemo } from '../db/seed/demo';
import { addLoadLeads } from '../db/seed/load-leads';
import { seedReferencePack } from '../db/seed/reference-pack';

const { values } = parseArgs({ options: { leads: { type: 'string', default: '100' }, 'measures-per-lead': { type: 'string', default: '3' } } });
const leads = Number(values.leads);
const perLead = Number(values['measures-per-lead']);
if (!Number.isInteger(leads) || leads < 1 || leads > 300 || !Number.isInteger(perLead) || perLead < 1) {
  console.error('Give --leads from 1 to 300 and --measures-per-lead of at least 1.');
  process.exit(2);
}

await migrateDatabase(await getDatabase());
const db = await getDb();
await seedReferencePack(db);
await seedDemo(db);
const made = await addLoadLeads(db, leads, perLead);
console.log(`Seeded ${made.leads} load leads owning ${made.measures} measures between them.`);
await closeDb();
