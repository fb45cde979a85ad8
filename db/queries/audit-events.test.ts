// The audit page's query: filters applied in SQL, newest first, a page at a time with the total.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../client';
import { recordAuditEvent } from '../audit';
import { users } from '../schema';
import { openMigrated, testEngines } from '../testing';
import { listAuditEvents, listAuditFilterChoices } from './audit-events';

describe.each(testEngines())('the audit log on $name', (engine) => {
  let open: OpenDatabase;
  let sam: string;
  let alex: string;

  beforeAll(async () => {
    open = await openMigrated(engine);
    const made = await open.db
      .insert(users)
      .values([{ email: 'sam@example.org', name: 'Sam' }, { email: 'alex@example.org', name: 'Alex' }])
      .returning({ id: users.id, name: users.name });
    sam = made.find((u) => u.name === 'Sam')!.id;
    alex = made.find((u) => u.name === 'Alex')!.id;
    const entry = (action: 'entry.submit' | 'entry.return', actorId: string, measureRef: string, month: string) =>
      recordAuditEvent(open.db, { action, actorId, subjectType: 'entry', subjectId: '1', before: { status: 'draft' }, after: { status: 'submitted' }, detail: { measureRef, month } });
    await entry('entry.submit', sam, 'SM4', '2020-10');
    await entry('entry.submit', sam, 'SM5', '2020-10');
    await entry('entry.submit', sam, 'SM4', '2020-11');
    await recordAuditEvent(open.db, { action: 'period.close_for_review', actorId: alex, subjectType: 'period', subjectId: '2020-10' });
    await entry('entry.return', alex, 'SM4', '2020-10');
    await recordAuditEvent(open.db, { action: 'period.reopen', actorId: alex, subjectType: 'period', subjectId: '2020-11' });
  });
  afterAll(() => open?.close());

  const actions = (events: { action: string; detail: unknown; subjectId: string | null }[]) =>
    events.map((e) => `${e.action} ${(e.detail as { measureRef?: string } | null)?.measureRef ?? e.subjectId}`);

  it('lists every event newest first, with who acted', async () => {
    const { events, total } = await listAuditEvents(open.db, {});
    expect(total).toBe(6);
    expect(actions(events)).toEqual(['period.reopen 2020-11', 'entry.return SM4', 'period.close_for_review 2020-10', 'entry.submit SM4', 'entry.submit SM5', 'entry.submit SM4']);
    expect(events[0]!.actorName).toBe('Alex');
  });

  it('filters by month (the month itself and its entries), measure, person and action together', async () => {
    expect(actions((await listAuditEvents(open.db, { month: '2020-10' })).events)).toEqual([
      'entry.return SM4', 'period.close_for_review 2020-10', 'entry.submit SM5', 'entry.submit SM4',
    ]);
    expect((await listAuditEvents(open.db, { measureRef: 'SM4' })).total).toBe(3);
    expect((await listAuditEvents(open.db, { actorId: sam })).total).toBe(3);
    expect(actions((await listAuditEvents(open.db, { month: '2020-10', measureRef: 'SM4', actorId: alex, action: 'entry.return' })).events)).toEqual(['entry.return SM4']);
    expect((await listAuditEvents(open.db, { action: 'period.publish' })).total).toBe(0);
  });

  it('pages on the server, the total counting every match', async () => {
    const first = await listAuditEvents(open.db, {}, 1, 4);
    const second = await listAuditEvents(open.db, {}, 2, 4);
    expect([first.events.length, second.events.length, first.total, second.total]).toEqual([4, 2, 6, 6]);
    expect(second.events[0]!.id).toBeLessThan(first.events[3]!.id);
  });

  it('offers every person as a choice', async () => {
    const choices = await listAuditFilterChoices(open.db);
    expect(choices.people.map((p) => p.name)).toEqual(['Alex', 'Sam']);
  });
});
