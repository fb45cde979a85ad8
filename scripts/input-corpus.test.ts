import { describe, expect, it } from 'vitest';
import { classifyAnswer, CORPUS, UNEXPECTED } from './input-corpus.mjs';

describe('how the bad-input run reads an answer', () => {
  it('counts a 5xx, and the product’s own sentence for the unexpected, as faults', () => {
    expect(classifyAnswer(500, '')).toEqual({ kind: 'fault', why: 'answered 500' });
    expect(classifyAnswer(200, `0:{"status":"error","message":"${UNEXPECTED[0]}. Try again"}`).kind).toBe('fault');
    expect(classifyAnswer(200, `<title>${UNEXPECTED[1]} – Performance Pack</title>`).kind).toBe('fault');
  });

  it('counts a field message, a sentence and a 4xx as refusals, and a success or redirect as done', () => {
    expect(classifyAnswer(200, '1:{"status":"error","fieldErrors":{"value":"Enter the value as a number"}}').kind).toBe('refused');
    expect(classifyAnswer(403, 'Forbidden')).toEqual({ kind: 'refused', why: 'answered 403' });
    expect(classifyAnswer(413, '')).toMatchObject({ kind: 'refused' });
    expect(classifyAnswer(200, '1:{"status":"success","message":"Saved"}').kind).toBe('done');
    expect(classifyAnswer(303, '').kind).toBe('done');
  });

  it('holds each kind of value the issue names, each once', () => {
    const names = CORPUS.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    for (const needed of ['NaN', 'Infinity', 'too big a number', 'minus zero', 'Arabic-Indic digits', 'a megabyte', 'control characters', 'NUL byte']) {
      expect(names).toContain(needed);
    }
    expect(CORPUS.find(([name]) => name === 'a megabyte')![1]).toHaveLength(1024 * 1024);
  });
});
