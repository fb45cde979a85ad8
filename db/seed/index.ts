// `npm run db:seed` loads the 2020/21 reference pack; `npm run db:seed:demo` adds the demo accounts
// and November drafts. Both migrate first, and both can be run again safely.
import { closeDb, getDatabase } from '../client';
import { migrateDatabase } from '../migrate';
import { seedReferencePack } from './reference-pack';
import { DEMO_PASSWORD, demoAccounts, seedDemo } from './demo';

async function main() {
  const withDemo = process.argv.includes('--demo');
  const open = await getDatabase();
  await migrateDatabase(open);
  const counts = await seedReferencePack(open.db);
  console.log(
    `Reference pack 2020/21: ${counts.measures} measures, ${counts.targets} targets, ${counts.periods} periods, ${counts.entries} entries, ${counts.history} entries of illustrative 2019/20 history, ${counts.benchmarks} benchmark points and ${counts.packs} published packs added.`,
  );
  if (withDemo) {
    const demo = await seedDemo(open.db);
    console.log(`Demo: ${demo.accounts} accounts and ${demo.drafts} November drafts added.`);
    console.log('\nDemo sign-ins (password for each: ' + DEMO_PASSWORD + ')');
    for (const account of demoAccounts) {
      console.log(`  ${account.roles.join(', ').padEnd(10)} ${account.email.padEnd(32)} ${account.name}`);
    }
  }
  await closeDb();
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await closeDb().catch(() => {});
  process.exit(1);
});
