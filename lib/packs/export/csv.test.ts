import { describe, expect, it } from 'vitest';
import { packCsv } from './csv';
import { PACK_HEADERS } from './columns';
import { csvRows as rowsOf, readCsv } from './test-csv';
import { testPack } from './test-pack';

const V1 = { version: 1, publishedAt: '2021-01-07T09:00:00.000Z' };
const DRAFT = { version: null, publishedAt: null };

describe('a pack as CSV', () => {
  it('is UTF-8 text with a byte-order mark, CRLF records, the headers and one row per measure in order', () => {
    const csv = packCsv(testPack([{ ref: 'KPI1' }, { ref: 'SM4' }, { ref: 'SM15' }]), V1);
    expect(csv.startsWith('\uFEFFEdition,Ref,Measure,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [headers, ...records] = readCsv(csv.slice(1));
    expect(headers).toEqual([...PACK_HEADERS]);
    expect(records.map((r) => r[1])).toEqual(['KPI1', 'SM4', 'SM15']);
    expect(records.every((r) => r.length === PACK_HEADERS.length)).toBe(true);
  });

  it('quotes quotes, commas and line breaks in commentary, and reads back to the same words', () => {
    const commentary = 'Referrals rose, again.\nSchools said "wait";\r\nwe did.';
    const csv = packCsv(testPack([{ commentary, improvementAction: 'One, two' }]), V1);
    expect(csv).toContain('"Referrals rose, again.\nSchools said ""wait"";\r\nwe did."');
    const [row] = rowsOf(csv);
    expect(row!.Commentary).toBe(commentary);
    expect(row!['Improvement action']).toBe('One, two');
  });

  it('writes figures exactly as stored, with no rounding, padding or float', () => {
    const [kpi, sm4, sm11, sm15, negative] = rowsOf(
      packCsv(
        testPack([
          {},
          { ref: 'SM4', value: '22.1', ytdValue: '24.0', target: '23', toleranceEdge: '28.9' },
          { ref: 'SM11', value: '0.05', decimals: 2, target: '16', toleranceEdge: '20' },
          { ref: 'SM15', unit: 'count', value: '41', secondaryValue: '25', ytdValue: '381', ytdSecondaryValue: '84', target: null, toleranceEdge: null, toleranceText: '-' },
          { ref: 'X1', value: '-3', ytdValue: '0.1000000000000000055511151231257827' },
        ]),
        V1,
      ),
    );
    expect(kpi).toMatchObject({ Value: '89.1', YTD: '89.1', Target: '65', 'Tolerance edge': '62', 'Tolerance band': '62% – 64.9%', 'RAG rating': 'Green', Period: '2020-10' });
    expect(sm4).toMatchObject({ Value: '22.1', YTD: '24.0', Target: '23', 'Tolerance edge': '28.9' });
    expect(sm11!.Value).toBe('0.05');
    expect(sm15).toMatchObject({ Value: '41', 'Secondary value': '25', YTD: '381', 'YTD secondary': '84', Target: '', 'Tolerance edge': '', 'Tolerance band': '' });
    // A figure column holds validated decimals: a negative figure is a number, not neutralised text.
    expect(negative).toMatchObject({ Value: '-3', YTD: '0.1000000000000000055511151231257827' });
  });

  it('leaves a missing figure empty and says why in the Availability column', () => {
    const rows = rowsOf(
      packCsv(
        testPack([
          { ref: 'SM8', availability: 'not_available', value: null, ytdValue: null, rating: 'blue', ratingLabel: 'Blue' },
          { ref: 'SM16', availability: 'not_applicable', value: null, ytdValue: '100' },
          { ref: 'SM24', availability: 'not_due', value: null, ytdValue: null },
          { ref: 'SM1', availability: null, value: null, ytdValue: null },
          { ref: 'SM2', availability: 'available', value: null },
        ]),
        V1,
      ),
    );
    expect(rows.map((r) => [r.Ref, r.Value, r.Availability, r.YTD])).toEqual([
      ['SM8', '', 'Not available (n/ava)', ''],
      ['SM16', '', 'Not applicable (n/a)', '100'],
      ['SM24', '', 'Not yet due', ''],
      ['SM1', '', 'Not entered', ''],
      ['SM2', '', 'Not entered', '89.1'],
    ]);
    expect(rows[0]!['RAG rating']).toBe('Blue');
  });

  it('puts an apostrophe before any text a spreadsheet would run as a formula, in every text column', () => {
    const attacks = ['=HYPERLINK("http://evil.example","Click")', '+1+1', '-2+3', '@SUM(A1:A9)', '\tindented', '\r=1', '＝1+1'];
    const rows = rowsOf(
      packCsv(testPack(attacks.map((text) => ({ title: text, commentary: text, improvementAction: text, justification: text, reason: text, serviceArea: text }))), V1),
    );
    rows.forEach((row, i) => {
      for (const column of ['Measure', 'Commentary', 'Improvement action', 'Justification', 'Reason', 'Service area']) {
        expect(row[column]).toBe(`'${attacks[i]}`);
      }
    });
    // Words that only contain those characters later are left alone.
    const [plain] = rowsOf(packCsv(testPack([{ commentary: 'Up 3% - a rise = good' }]), V1));
    expect(plain!.Commentary).toBe('Up 3% - a rise = good');
  });

  it('writes a stored value that is not a plain decimal as neutralised text, never as a figure', () => {
    const [row] = rowsOf(packCsv(testPack([{ value: '=1+1', ytdValue: '+5', secondaryValue: '1e3' }]), V1));
    expect(row).toMatchObject({ Value: "'=1+1", YTD: "'+5", 'Secondary value': '1e3' });
  });

  it('says the edition on every row: "version 1", or DRAFT – not published', () => {
    const pack = testPack([{ ref: 'KPI1' }, { ref: 'KPI2' }]);
    expect(rowsOf(packCsv(pack, { version: 2, publishedAt: '2021-02-01T10:00:00Z' })).map((r) => r.Edition)).toEqual(['version 2', 'version 2']);
    expect(rowsOf(packCsv(pack, DRAFT)).map((r) => r.Edition)).toEqual(['DRAFT – not published', 'DRAFT – not published']);
  });

  it('writes the judgement, the reason and the direction of travel in words', () => {
    const [row] = rowsOf(
      packCsv(
        testPack([{ ref: 'SM19', judged: true, justification: 'Every child had a plan by the second review.', direction: { sinceLastMonth: 'no change', sinceLastYear: 'improved' } }]),
        V1,
      ),
    );
    expect(row).toMatchObject({
      Group: 'KPI', Unit: 'Percentage', 'Rating basis': 'Year to date', Judged: 'Yes',
      Justification: 'Every child had a plan by the second review.', Reason: 'Year to date: 89.1% is above the 65% target.',
      'Since last month': 'No change', 'Since last year': 'Improved',
    });
    const [plain] = rowsOf(packCsv(testPack([{ group: 'supporting', direction: { sinceLastMonth: null, sinceLastYear: null } }]), V1));
    expect(plain).toMatchObject({ Group: 'Supporting', Judged: 'No', Justification: '', 'Since last month': '', 'Since last year': '' });
  });
});
