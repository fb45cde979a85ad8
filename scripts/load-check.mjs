// The load test's judgement, apart from any server so it can be tested: reading a server action's
// answer, and comparing what the load script was told was saved with what the database holds.

/** The product's conflict sentence (lib/commands/entries.ts), whoever saved first. */
export const CONFLICT_SENTENCE = / saved this entry after you opened it\. Their figures are shown below and yours are still in the form: check both, then save again to keep yours\.$/;

/**
 * A server action's return value from its React Server Components answer: rows "id:json", the
 * root row (0) naming the action's result as "$@id". Null when there is none (an error page).
 */
export function actionAnswer(text) {
  const rows = new Map();
  for (const line of text.split('\n')) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (!match) continue;
    try {
      rows.set(match[1], JSON.parse(match[2]));
    } catch {
      // A row that is not JSON (a model chunk, text): not the result.
    }
  }
  const root = rows.get('0');
  const ref = typeof root?.a === 'string' && root.a.startsWith('$@') ? root.a.slice(2) : null;
  const answer = ref === null ? null : rows.get(ref);
  return answer && typeof answer === 'object' && typeof answer.status === 'string' ? answer : null;
}

/** The value below which `p` of the sorted samples fall (nearest rank). */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const same = (a, b) => a.value === b.value && a.commentary === b.commentary && a.status === b.status;
const key = (ref, version) => `${ref}@${version}`;

/**
 * Lost updates and wrong refusals. `accepted`: saves the server said it kept, as
 * { ref, version, status, value, commentary }. `refusals`: { ref, message, kind } for every save
 * refused. `audits`: the entry audit events written during the run, as { ref, version, status,
 * value, commentary } of their `after`. `final`: each entry as the database holds it after the
 * run; `before`: each entry's version before it (0 for none). `unanswered`: refs whose saves got
 * no answer (a broken connection), where an unacknowledged save is possible. Returns the problems
 * found, in sentences, and the counts they were judged on.
 */
export function findLostUpdates({ accepted, refusals, audits, final, before, unanswered = new Set() }) {
  const problems = [];
  const acceptedAt = new Map();
  for (const save of accepted) {
    const k = key(save.ref, save.version);
    if (acceptedAt.has(k)) problems.push(`${save.ref}: two saves were both accepted as version ${save.version}`);
    else acceptedAt.set(k, save);
  }
  const auditAt = new Map();
  for (const event of audits) {
    const k = key(event.ref, event.version);
    if (auditAt.has(k)) problems.push(`${event.ref}: two audit events for version ${event.version}`);
    else auditAt.set(k, event);
  }
  for (const [k, save] of acceptedAt) {
    const event = auditAt.get(k);
    if (!event) problems.push(`${save.ref}: version ${save.version} was accepted but has no audit event`);
    else if (!same(event, save)) problems.push(`${save.ref}: version ${save.version} was accepted with other figures than its audit event holds`);
  }
  let unacknowledged = 0;
  for (const [k, event] of auditAt) {
    if (acceptedAt.has(k)) continue;
    if (unanswered.has(event.ref)) unacknowledged++;
    else problems.push(`${event.ref}: version ${event.version} was saved, but no lead was told so`);
  }
  const finalByRef = new Map(final.map((entry) => [entry.ref, entry]));
  const refs = new Set([...accepted.map((s) => s.ref), ...audits.map((e) => e.ref)]);
  for (const ref of refs) {
    const entry = finalByRef.get(ref);
    const start = before.get(ref) ?? 0;
    const versions = [...auditAt.values()].filter((e) => e.ref === ref).map((e) => e.version);
    const last = Math.max(start, ...versions);
    if (!entry) {
      problems.push(`${ref}: saves were accepted but the entry is not in the database`);
      continue;
    }
    if (entry.version !== last) problems.push(`${ref}: the database holds version ${entry.version}, the last save made ${last}`);
    // Every version between is one save with its audit event: none overwritten unseen.
    for (let v = start + 1; v <= last; v++) {
      if (!auditAt.has(key(ref, v))) problems.push(`${ref}: version ${v} has no audit event`);
    }
    const lastSave = acceptedAt.get(key(ref, entry.version)) ?? auditAt.get(key(ref, entry.version));
    if (lastSave && !same(lastSave, entry)) problems.push(`${ref}: the database holds other figures than version ${entry.version} was saved with`);
  }
  let conflicts = 0;
  for (const refusal of refusals) {
    if (refusal.kind === 'conflict' && CONFLICT_SENTENCE.test(refusal.message ?? '')) conflicts++;
    else problems.push(`${refusal.ref}: a save was refused with "${refusal.message}" instead of the conflict sentence`);
  }
  return { problems, accepted: acceptedAt.size, audited: auditAt.size, conflicts, unacknowledged };
}
