import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../audit-actions';
import { ACTION_WORDS, actionWords, describeChange, describeDetail, fieldLabel, valueWords } from './describe-event';

describe('an audit event in words', () => {
  it('has words for every action the log records', () => {
    expect(Object.keys(ACTION_WORDS).sort()).toEqual([...AUDIT_ACTIONS].sort());
    expect(actionWords('entry.return')).toBe('Entry returned to its lead');
    expect(actionWords('something.old')).toBe('something.old');
  });

  it('names fields in words', () => {
    expect(fieldLabel('value')).toBe('Value');
    expect(fieldLabel('improvementAction')).toBe('Improvement action');
    expect(fieldLabel('someNewField')).toBe('Some new field');
    expect(fieldLabel('report_date')).toBe('Report date');
  });

  it('lists only the fields that changed, before → after', () => {
    const before = { value: '94.5', status: 'draft', commentary: 'Same', judgedRating: '' };
    const after = { value: '96.2', status: 'submitted', commentary: 'Same', judgedRating: null };
    expect(describeChange(before, after)).toEqual(['Value: 94.5 → 96.2', 'Status: draft → submitted']);
  });

  it('writes states as words and blanks as "blank"', () => {
    expect(describeChange({ state: 'published' }, { state: 'in_review' })).toEqual(['State: published → in review']);
    expect(describeChange({ commentary: '' }, { commentary: 'Now explained' })).toEqual(['Commentary: blank → Now explained']);
  });

  it('takes one figure written two ways as unchanged', () => {
    expect(describeChange({ ytdValue: '24.0', value: '22.1' }, { ytdValue: '24', value: '22.10' })).toEqual([]);
    expect(describeChange({ value: '24.0' }, { value: '24.5' })).toEqual(['Value: 24.0 → 24.5']);
  });

  it('lists what a new record was made with, leaving out blanks', () => {
    expect(describeChange(null, { value: '12', commentary: '' })).toEqual(['Value: 12']);
    expect(describeChange(null, null)).toEqual([]);
  });

  it('cuts long text short', () => {
    const long = 'x'.repeat(400);
    expect(valueWords(long)).toHaveLength(160);
    expect(valueWords(long).endsWith('…')).toBe(true);
  });

  it('writes the detail as lines, lists joined, nothing as JSON', () => {
    const lines = describeDetail({ measureRef: 'SM4', month: '2020-10', note: 'Please explain the dip', notSubmitted: ['SM8', 'SM9'], attention: [], version: 3 });
    expect(lines).toEqual(['Measure: SM4', 'Month: 2020-10', 'Note: Please explain the dip', 'Not submitted: SM8; SM9', 'Version: 3']);
    expect(describeDetail({ address: { ip: '203.0.113.9' } })).toEqual(['Address: Ip: 203.0.113.9']);
    expect(lines.join(' ')).not.toMatch(/[{}"]/);
    expect(describeDetail(null)).toEqual([]);
    expect(describeDetail({ rows: 2, history: true, monthsCreated: ['2019-04', '2019-05'] })).toEqual([
      'Rows: 2',
      'Earlier years’ figures (history): yes',
      'Months created: 2019-04; 2019-05',
    ]);
  });
});
