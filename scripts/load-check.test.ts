import { describe, expect, it } from 'vitest';
import { actionAnswer, CONFLICT_SENTENCE, findLostUpdates } from './load-check.mjs';

const conflictMessage =
  'Load Lead 1 saved this entry after you opened it. Their figures are shown below and yours are still in the form: check both, then save again to keep yours.';

describe('actionAnswer', () => {
  it("reads the action's result from the row the root names", () => {
    const text = '0:{"a":"$@1","f":"","b":"build","q":"","i":false}\n1:{"status":"success","message":"Saved.","data":{"version":3,"status":"draft"}}\n';
    expect(actionAnswer(text)).toEqual({ status: 'success', message: 'Saved.', data: { version: 3, status: 'draft' } });
  });

  it('finds nothing in an error page or an answer without a result', () => {
    expect(actionAnswer('<!DOCTYPE html><html>Internal Server Error</html>')).toBeNull();
    expect(actionAnswer('0:{"a":"$@2"}\n1:{"status":"success"}\n')).toBeNull();
  });
});

describe('the conflict sentence', () => {
  it('is the one lib/commands/entries.ts says, whoever saved first', () => {
    expect(CONFLICT_SENTENCE.test(conflictMessage)).toBe(true);
    expect(CONFLICT_SENTENCE.test(conflictMessage.replace('Load Lead 1', 'Someone else'))).toBe(true);
    expect(CONFLICT_SENTENCE.test('Sorry, something went wrong and nothing was saved.')).toBe(false);
  });
});

describe('findLostUpdates', () => {
  const save = (ref: string, version: number, tag: string, status = 'draft') => ({ ref, version, status, value: '5', commentary: `Load save ${tag}` });

  it('passes saves that are each in the audit log and the last one in the database', () => {
    const accepted = [save('LD1', 2, 'a'), save('LD1', 3, 'b', 'submitted')];
    const verdict = findLostUpdates({
      accepted,
      refusals: [{ ref: 'LD1', kind: 'conflict', message: conflictMessage }],
      audits: accepted,
      final: [save('LD1', 3, 'b', 'submitted')],
      before: new Map([['LD1', 1]]),
    });
    expect(verdict).toEqual({ problems: [], accepted: 2, audited: 2, conflicts: 1, unacknowledged: 0 });
  });

  it('finds a save accepted twice as one version, and one overwritten in the database', () => {
    const verdict = findLostUpdates({
      accepted: [save('LD1', 2, 'a'), save('LD1', 2, 'b')],
      refusals: [],
      audits: [save('LD1', 2, 'a')],
      final: [save('LD1', 2, 'b')],
      before: new Map([['LD1', 1]]),
    });
    expect(verdict.problems).toEqual([
      'LD1: two saves were both accepted as version 2',
      'LD1: the database holds other figures than version 2 was saved with',
    ]);
  });

  it('finds an accepted save missing from the audit log and the database behind the last save', () => {
    const verdict = findLostUpdates({
      accepted: [save('LD1', 2, 'a'), save('LD1', 3, 'b')],
      refusals: [],
      audits: [save('LD1', 2, 'a')],
      final: [save('LD1', 2, 'a')],
      before: new Map([['LD1', 1]]),
    });
    expect(verdict.problems).toContain('LD1: version 3 was accepted but has no audit event');
  });

  it('finds a version skipped, a save nobody was told of, and a refusal in other words', () => {
    const verdict = findLostUpdates({
      accepted: [save('LD2', 3, 'a')],
      refusals: [{ ref: 'LD2', kind: 'other', message: 'Sorry, something went wrong and nothing was saved.' }],
      audits: [save('LD2', 3, 'a'), save('LD3', 1, 'c')],
      final: [save('LD2', 3, 'a'), save('LD3', 1, 'c')],
      before: new Map([['LD2', 1]]),
    });
    expect(verdict.problems).toEqual([
      'LD3: version 1 was saved, but no lead was told so',
      'LD2: version 2 has no audit event',
      'LD2: a save was refused with "Sorry, something went wrong and nothing was saved." instead of the conflict sentence',
    ]);
  });

  it('counts a save whose answer was lost on the way as unacknowledged, not lost', () => {
    const verdict = findLostUpdates({
      accepted: [],
      refusals: [],
      audits: [save('LD4', 1, 'x')],
      final: [save('LD4', 1, 'x')],
      before: new Map(),
      unanswered: new Set(['LD4']),
    });
    expect(verdict).toMatchObject({ problems: [], unacknowledged: 1 });
  });
});
