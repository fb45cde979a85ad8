// GET /api/health: 200 only when the database answers, so a load balancer or uptime check sees
// a broken database as a broken service.
import { sql } from 'drizzle-orm';
import { connection } from 'next/server';
import { getDb, queriesRun } from '@/db/client';

const TIMEOUT_MS = 3000;

export async function GET() {
  await connection();
  const headers = { 'Cache-Control': 'no-store' };
  try {
    const db = await getDb();
    await Promise.race([
      db.execute(sql`select 1`),
      new Promise((_, reject) => setTimeout(() => reject(new Error('database did not answer in time')), TIMEOUT_MS)),
    ]);
    // With QUERY_COUNTER=true (benchmarks only), how many statements the server has run so far.
    const queries = queriesRun();
    return Response.json(queries === null ? { status: 'ok' } : { status: 'ok', queries }, { headers });
  } catch (error) {
    console.error('[health] database check failed:', error);
    return Response.json({ status: 'unavailable' }, { status: 503, headers });
  }
}
