// Managing measures (admin only): add, edit, move up or down the list, deactivate and reactivate.
// A measure is never deleted: its figures and the packs that show it stay, and an inactive measure
// simply drops off new months' lists. Each command changes the measure and writes its audit event,
// with before and after, in one transaction.
import { and, asc, eq, max, ne } from 'drizzle-orm';
import { recordAuditEvent } from '../../db/audit';
import type { Transaction } from '../../db/client';
import type { Actor } from '../auth/policy';
import { isActiveLead, refIsFixed } from '../../db/queries/measures-admin';
import { measures, type Measure } from '../../db/schema';
import {
  createMeasureSchema,
  deactivateMeasureSchema,
  measureIdSchema,
  measureToStore,
  moveMeasureSchema,
  updateMeasureSchema,
  type StoredMeasureFields,
} from '../measures/measure-schema';
import { defineCommand } from './define-command';
import { ok, type CommandResult } from './result';

const NOT_FOUND = 'That measure could not be found. Go back to the list of measures and choose it again.';

const NOT_A_LEAD = {
  ok: false,
  kind: 'invalid',
  fieldErrors: { ownerId: 'Choose someone who is an active lead now: that person is not. Reload the page for the current list' },
} as const;

const refTaken = (ref: string): CommandResult<never> => ({
  ok: false,
  kind: 'invalid',
  fieldErrors: { ref: `${ref} is already the reference of another measure: choose a different reference` },
});

/** The fields the form sets, as they are stored now: what an audit event's before and after hold. */
function storedFields(measure: Measure): StoredMeasureFields {
  const { ref, title, group, serviceArea, ownerId, unit, ratePer, secondaryLabel, decimals, polarity, basis, annualMonth, basisNote, source, dataLagNote, definition } =
    measure;
  return { ref, title, group, serviceArea, ownerId, unit, ratePer, secondaryLabel, decimals, polarity, basis, annualMonth, basisNote, source, dataLagNote, definition };
}

/**
 * The measure's version as its edit form carries it: when its fields were last changed, in
 * milliseconds. Moving and (de)activating leave it alone, so they never make an open form stale.
 */
export const measureVersion = (measure: { updatedAt: Date }) => measure.updatedAt.getTime();

async function lockedMeasure(tx: Transaction, measureId: number) {
  const [row] = await tx
    .select({ measure: measures, refFixed: refIsFixed() })
    .from(measures)
    .where(eq(measures.id, measureId))
    .for('update', { of: measures });
  return row ? { ...row.measure, refFixed: row.refFixed === true } : null;
}

type LockedMeasure = NonNullable<Awaited<ReturnType<typeof lockedMeasure>>>;

async function refInUse(tx: Transaction, ref: string, exceptId?: number): Promise<boolean> {
  const [row] = await tx
    .select({ id: measures.id })
    .from(measures)
    .where(and(eq(measures.ref, ref), exceptId === undefined ? undefined : ne(measures.id, exceptId)));
  return row !== undefined;
}

export type SavedMeasure = { ref: string; title: string; version: number };

export const createMeasure = defineCommand({
  name: 'createMeasure',
  schema: createMeasureSchema,
  action: 'measures.manage',
  run: async (tx, { actor, input }): Promise<CommandResult<SavedMeasure>> => {
    const values = measureToStore(input);
    if (values.ownerId && !(await isActiveLead(tx, values.ownerId))) return NOT_A_LEAD;
    if (await refInUse(tx, values.ref)) return refTaken(values.ref);
    // Last in the list: after every measure there is, active or not.
    const [last] = await tx.select({ order: max(measures.displayOrder) }).from(measures);
    const displayOrder = (last?.order ?? 0) + 10;
    const [created] = await tx
      .insert(measures)
      .values({ ...values, displayOrder })
      .onConflictDoNothing({ target: measures.ref })
      .returning();
    if (!created) return refTaken(values.ref);
    await recordAuditEvent(tx, {
      action: 'measure.create', actorId: actor.id, subjectType: 'measure', subjectId: created.ref,
      after: { ...values, displayOrder, active: true },
    });
    return ok({ ref: created.ref, title: created.title, version: measureVersion(created) });
  },
});

export type UpdatedMeasure = SavedMeasure & { changed: string[]; previousRef: string };

export const updateMeasure = defineCommand({
  name: 'updateMeasure',
  schema: updateMeasureSchema,
  action: 'measures.manage',
  load: (tx, { measureId }) => lockedMeasure(tx, measureId),
  notFound: NOT_FOUND,
  run: async (tx, { actor, input, loaded }): Promise<CommandResult<UpdatedMeasure>> => {
    if (measureVersion(loaded) !== input.version) {
      return {
        ok: false,
        kind: 'state',
        message: `Someone else changed ${loaded.ref} after you opened it, so your changes were not saved. Reload the page to see theirs, then make yours again.`,
      };
    }
    const values = measureToStore(input);
    const before = storedFields(loaded);
    if (values.ref !== loaded.ref) {
      if (loaded.refFixed) {
        return {
          ok: false,
          kind: 'invalid',
          fieldErrors: {
            ref: `Keep the reference ${loaded.ref}: it cannot change once the measure has figures or appears in a published pack`,
          },
        };
      }
      if (await refInUse(tx, values.ref, loaded.id)) return refTaken(values.ref);
    }
    if (values.ownerId && values.ownerId !== loaded.ownerId && !(await isActiveLead(tx, values.ownerId))) return NOT_A_LEAD;

    const changed = (Object.keys(values) as (keyof StoredMeasureFields)[]).filter((key) => values[key] !== before[key]);
    if (changed.length === 0) return ok({ ref: loaded.ref, title: loaded.title, version: measureVersion(loaded), changed: [], previousRef: loaded.ref });

    const [updated] = await tx
      .update(measures)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(measures.id, loaded.id))
      .returning({ ref: measures.ref, title: measures.title, updatedAt: measures.updatedAt });
    const pick = (from: StoredMeasureFields) => Object.fromEntries(changed.map((key) => [key, from[key]]));
    await recordAuditEvent(tx, {
      action: 'measure.update', actorId: actor.id, subjectType: 'measure', subjectId: updated!.ref,
      before: pick(before), after: pick(values),
    });
    return ok({ ref: updated!.ref, title: updated!.title, version: measureVersion(updated!), changed, previousRef: loaded.ref });
  },
});

export type MovedMeasure = { ref: string; position: number; direction: 'up' | 'down' };

/**
 * Swaps the measure with its neighbour in the list. Every measure's row is locked while the list is
 * read and written, so two moves at once cannot both read the old order; the list is numbered
 * afresh in tens, so equal display orders (from an older seed) still swap.
 */
export const moveMeasure = defineCommand({
  name: 'moveMeasure',
  schema: moveMeasureSchema,
  action: 'measures.manage',
  load: async (tx, { measureId }) => {
    const list = await tx
      .select({ id: measures.id, ref: measures.ref, displayOrder: measures.displayOrder })
      .from(measures)
      .orderBy(asc(measures.displayOrder), asc(measures.ref))
      .for('update');
    const index = list.findIndex((m) => m.id === measureId);
    return index === -1 ? null : { list, index };
  },
  notFound: NOT_FOUND,
  run: async (tx, { actor, input: { direction }, loaded: { list, index } }): Promise<CommandResult<MovedMeasure>> => {
    const moving = list[index]!;
    const to = direction === 'up' ? index - 1 : index + 1;
    const neighbour = list[to];
    if (!neighbour) {
      return { ok: false, kind: 'state', message: `${moving.ref} is already ${direction === 'up' ? 'first' : 'last'} in the list, so it cannot move ${direction}.` };
    }
    const order = [...list];
    order[index] = neighbour;
    order[to] = moving;
    for (const [i, measure] of order.entries()) {
      const displayOrder = (i + 1) * 10;
      if (measure.displayOrder !== displayOrder) {
        await tx.update(measures).set({ displayOrder }).where(eq(measures.id, measure.id));
      }
    }
    await recordAuditEvent(tx, {
      action: 'measure.move', actorId: actor.id, subjectType: 'measure', subjectId: moving.ref,
      before: { position: index + 1, displayOrder: moving.displayOrder },
      after: { position: to + 1, displayOrder: (to + 1) * 10 },
      detail: { swappedWith: neighbour.ref },
    });
    return ok({ ref: moving.ref, position: to + 1, direction });
  },
});

const setActive = (active: boolean) =>
  defineCommand({
    name: active ? 'reactivateMeasure' : 'deactivateMeasure',
    schema: active ? measureIdSchema : deactivateMeasureSchema,
    action: 'measures.manage',
    load: (tx: Transaction, { measureId }: { measureId: number }) => lockedMeasure(tx, measureId),
    notFound: NOT_FOUND,
    run: async (tx: Transaction, { actor, loaded }: { actor: Actor; loaded: LockedMeasure }): Promise<CommandResult<{ ref: string }>> => {
      if (loaded.active === active) {
        return { ok: false, kind: 'state', message: `${loaded.ref} is already ${active ? 'active' : 'inactive'}. Reload the page to see where it stands.` };
      }
      await tx.update(measures).set({ active }).where(eq(measures.id, loaded.id));
      await recordAuditEvent(tx, {
        action: active ? 'measure.reactivate' : 'measure.deactivate', actorId: actor.id, subjectType: 'measure', subjectId: loaded.ref,
        before: { active: loaded.active }, after: { active },
      });
      return ok({ ref: loaded.ref });
    },
  });

export const deactivateMeasure = setActive(false);
export const reactivateMeasure = setActive(true);
