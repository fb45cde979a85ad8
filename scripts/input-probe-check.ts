// After `npm run test:input`: what the database holds that no form should have let in. Prints one
// line of JSON, { problems: [...] }, each problem a sentence naming the table and how many rows.
import { sql } from 'drizzle-orm';
import { closeDb, getDb } from '../db/client';

// Characters lib/validation/text-rules.ts refuses: NUL cannot be stored at all; the rest are
// control characters and bidirectional controls (tab and new line are allowed).
const REFUSED = String.raw`[\x01-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]`;

const db = await getDb();
const problems: string[] = [];
const count = async (label: string, query: ReturnType<typeof sql>) => {
  const rows = (await db.execute(query)) as unknown as { rows?: { n: number }[] } & { n: number }[];
  const n = Number((rows.rows ?? rows)[0]?.n ?? 0);
  if (n > 0) problems.push(`${label}: ${n}`);
};

for (const column of ['value', 'secondary_value', 'ytd_value', 'ytd_secondary_value']) {
  await count(`entries with ${column} not a finite number`, sql.raw(`select count(*)::int as n from entries where ${column} in ('NaN'::numeric, 'Infinity'::numeric, '-Infinity'::numeric)`));
}
await count('targets not finite', sql.raw(`select count(*)::int as n from annual_targets where target in ('NaN'::numeric, 'Infinity'::numeric) or tolerance_edge in ('NaN'::numeric, 'Infinity'::numeric)`));
await count('benchmark points not finite', sql.raw(`select count(*)::int as n from benchmark_points where value in ('NaN'::numeric, 'Infinity'::numeric, '-Infinity'::numeric)`));
for (const [table, columns] of [
  ['entries', ['commentary', 'improvement_action', 'judged_justification']],
  ['measures', ['ref', 'title', 'service_area', 'basis_note', 'source', 'data_lag_note', 'secondary_label']],
  ['users', ['name', 'email']],
  ['review_notes', ['note']],
] as const) {
  for (const column of columns) {
    await count(`${table}.${column} holding a refused character`, sql.raw(`select count(*)::int as n from ${table} where ${column} ~ '${REFUSED}'`));
  }
}
await count('users without a real e-mail address', sql.raw(`select count(*)::int as n from users where email !~ '^[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+$'`));
await count('measures with an empty title', sql.raw(`select count(*)::int as n from measures where btrim(title) = ''`));
await closeDb();
console.log(JSON.stringify({ problems }));
