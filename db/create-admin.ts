// `npm run db:create-admin -- --email someone@council.gov.uk --name "Their Name"`: the first
// administrator of a new installation (the only account not made through /admin/users). Prints a
// temporary password, which they must change when they first sign in.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { hashPassword } from '../lib/auth/password';
import { recordAuditEvent } from './audit';
import { closeDb, getDatabase } from './client';
import { migrateDatabase } from './migrate';
import { userRoles, users } from './schema';

const argsSchema = z.object({
  email: z.email({ error: 'Give the administrator’s e-mail address with --email' }).transform((e) => e.toLowerCase()),
  name: z.string({ error: 'Give the administrator’s full name with --name' }).trim().min(1, { error: 'Give the administrator’s full name with --name' }),
});

async function main() {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('. '));
  const { email, name } = parsed.data;
  const temporaryPassword = randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(temporaryPassword);

  const open = await getDatabase();
  await migrateDatabase(open);
  const created = await open.db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email, name, passwordHash, mustChangePassword: true })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!user) return null;
    await tx.insert(userRoles).values({ userId: user.id, role: 'admin' });
    await recordAuditEvent(tx, {
      action: 'user.create', subjectType: 'user', subjectId: user.id,
      after: { name, email, roles: ['admin'], active: true, mustChangePassword: true },
      detail: { via: 'npm run db:create-admin' },
    });
    return user;
  });
  await closeDb();
  if (!created) throw new Error(`Someone already has an account with ${email}. Sign in as them, or ask an administrator to set a temporary password.`);
  console.log(`${name} <${email}> is an administrator. Temporary password (shown once): ${temporaryPassword}`);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await closeDb().catch(() => {});
  process.exit(1);
});
