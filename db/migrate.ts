// Applies the migrations in drizzle/ to whichever engine the environment names.
// `npm run db:migrate`; also called by the seed, the demo and the tests.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenDatabase } from './client';

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'drizzle');

export async function migrateDatabase({ db, engine }: OpenDatabase): Promise<void> {
  if (engine === 'postgres') {
    const { migrate } = await import('drizzle-orm/postgres-js/migrator');
    await migrate(db as Parameters<typeof migrate>[0], { migrationsFolder });
  } else {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(db as Parameters<typeof migrate>[0], { migrationsFolder });
  }
}

async function main() {
  const { getDatabase, closeDb } = await import('./client');
  const open = await getDatabase();
  await migrateDatabase(open);
  console.log(`Migrations applied (${open.engine === 'postgres' ? 'PostgreSQL' : 'embedded PGlite'}).`);
  await closeDb();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
