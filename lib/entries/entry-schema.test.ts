import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryFields, entrySchema, rateForm, unreadableRatedFields, type EntryContext } from './entry-schema';

const kpi4: EntryContext = {
  measure: { unit: 'percent', decimals: 1, polarity: 'higher', basis: 'monthly', annualMonth: null, secondaryLabel: null },
  target: { target: '95', toleranceEdge: '90' },
  month: '2020-11',
  earlier: [],
};
const missingEpisodes: EntryContext = {
  measure: { unit: 'count', decimals: 0, polarity: 'none', basis: 'monthly', annualMonth: null, secondaryLabel: 'children' },
  target: { target: null, toleranceEdge: null },
  month: '2020-11',
  earlier: [],
};
const FIELDS = Object.keys(entryFields.shape);

function errors(context: EntryContext, input: Record<string, unknown>) {
  const result = entrySchema(context).safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe('the entry schema', () => {
  it('for any input gives data or field errors, never throws, and every error names a field of the form', () => {
    const anyValue = fc.oneof(fc.string(), fc.constantFrom('94.5', '1,234', '', 'submit', 'draft', 'available', 'green'), fc.integer(), fc.constant(undefined));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...FIELDS, 'other'), anyValue), fc.constantFrom(kpi4, missingEpisodes), (input, context) => {
        const result = entrySchema(context).safeParse(input);
        if (!result.success) {
          for (const issue of result.error.issues) {
            expect(FIELDS).toContain(String(issue.path[0]));
            expect(issue.message.length).toBeGreaterThan(5);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('lets an Amber figure be saved as a draft, but not submitted without commentary and an action', () => {
    const amber = { value: '94.5', availability: 'available' };
    expect(errors(kpi4, { ...amber, intent: 'draft' })).toEqual({});
    expect(errors(kpi4, { ...amber, intent: 'submit' })).toEqual({
      commentary: 'Enter commentary: November 2020 is rated Amber, so say why',
      improvementAction: 'Enter an improvement action: November 2020 is rated Amber, so say what will be done',
    });
    expect(errors(kpi4, { ...amber, intent: 'submit', commentary: 'Why', improvementAction: 'What' })).toEqual({});
    expect(errors(kpi4, { value: '95', intent: 'submit' })).toEqual({});
  });

  it('names every bad field at once', () => {
    expect(errors(kpi4, { value: '101', ytdValue: 'lots', commentary: 'x'.repeat(2001), intent: 'submit' })).toEqual({
      value: 'Percentage must be between 0 and 100',
      ytdValue: 'Enter the year-to-date percentage as a number, like 94.5',
      commentary: 'Commentary must be 2,000 characters or fewer',
    });
  });

  it('needs a value to submit an available figure, and no value for one that is not available', () => {
    expect(errors(kpi4, { intent: 'submit' })).toEqual({ value: 'Enter the value for November 2020, or say why there is none' });
    expect(errors(kpi4, { intent: 'submit', availability: 'not_available' })).toEqual({});
    expect(errors(kpi4, { intent: 'draft', availability: 'not_available', value: '90' }).value).toMatch(/^Delete the value/);
  });

  it('asks for the second count of a count with one', () => {
    expect(errors(missingEpisodes, { intent: 'submit', value: '73' })).toEqual({ secondaryValue: 'Enter the number of children' });
    expect(errors(missingEpisodes, { intent: 'submit', value: '1,073', secondaryValue: '52' })).toEqual({});
  });

  it('takes a judged rating only where the figures give Blue or no rating, and only with a reason', () => {
    expect(errors(kpi4, { value: '96', judgedRating: 'red', judgedJustification: 'Because' }).judgedRating).toMatch(/^A judged rating can only stand/);
    expect(errors(kpi4, { availability: 'not_applicable', judgedRating: 'green' })).toEqual({ judgedJustification: 'Explain why you judge it Green' });
    expect(errors(missingEpisodes, { value: '1', judgedJustification: 'Orphaned reason' })).toEqual({ judgedRating: 'Choose a judged rating, or delete the justification' });
    const judged = { availability: 'not_applicable', judgedRating: 'green', judgedJustification: 'No child was in scope this month.' } as const;
    expect(errors(kpi4, { ...judged, intent: 'submit' })).toEqual({});
    expect(rateForm(judged, kpi4)).toMatchObject({ rating: 'green', judged: true });
  });
});

describe('text fields refuse characters that cannot be stored or would change what is shown', () => {
  it.each([
    ['commentary', 'Commentary', 'Caseloads rose\u0000'],
    ['improvementAction', 'Improvement action', 'Recruit \u202Etwo'],
    ['commentary', 'Commentary', '\u001b[31mRed'],
  ])('%s', (field, label, text) => {
    const message = errors(kpi4, { value: '96', [field]: text })[field];
    expect(message).toMatch(new RegExp(`^${label} contains .+ \\(U\\+[0-9A-F]{4}\\) at character \\d+, which cannot be saved: delete it and try again$`));
  });

  it('keeps tabs and new lines, and stores a text area’s CR LF as LF', () => {
    const result = entrySchema(kpi4).safeParse({ value: '96', commentary: 'One\r\nTwo\tthree' });
    expect(result.success && result.data.commentary).toBe('One\nTwo\tthree');
  });
});

describe('a figure that cannot be read yet', () => {
  it('is named, not taken for a missing figure, for the field the measure is rated on', () => {
    for (const typed of ['abc', '101', '12.345', '-3']) {
      expect(unreadableRatedFields({ value: typed }, kpi4)).toEqual(['value']);
    }
    expect(unreadableRatedFields({ value: '' }, kpi4)).toEqual([]);
    expect(unreadableRatedFields({ value: '94.5%' }, kpi4)).toEqual([]);
    // Not available: the value is not rated (the schema asks for it to be deleted).
    expect(unreadableRatedFields({ value: 'abc', availability: 'not_available' }, kpi4)).toEqual([]);
    const ytd: EntryContext = { ...kpi4, measure: { ...kpi4.measure, basis: 'ytd' } };
    expect(unreadableRatedFields({ value: '90', ytdValue: 'ninety' }, ytd)).toEqual(['ytdValue']);
    expect(unreadableRatedFields({ value: 'abc', ytdValue: '90' }, ytd)).toEqual([]);
  });
});
