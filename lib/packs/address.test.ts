import { describe, expect, it } from 'vitest';
import { packFileName, packPath, parsePackAddress } from './address';

describe('pack addresses', () => {
  it('reads the newest version, one version and its downloads', () => {
    expect(parsePackAddress('2020-10')).toEqual({ month: '2020-10', version: null, format: 'html' });
    expect(parsePackAddress('2020-10', 'v1')).toEqual({ month: '2020-10', version: 1, format: 'html' });
    expect(parsePackAddress('2020-10', 'v12.pdf')).toEqual({ month: '2020-10', version: 12, format: 'pdf' });
    expect(parsePackAddress('2020-10', 'v2.csv')).toEqual({ month: '2020-10', version: 2, format: 'csv' });
    expect(parsePackAddress('2020-10', 'v2.xlsx')).toEqual({ month: '2020-10', version: 2, format: 'xlsx' });
  });

  it('refuses anything else', () => {
    for (const [month, version] of [
      ['2020-13', undefined], ['2020-1', undefined], ['latest', undefined], ['2020-10', 'v0'], ['2020-10', '1'],
      ['2020-10', 'v01'], ['2020-10', 'v1.html'], ['2020-10', 'v1.PDF'], ['2020-10', 'v1.pdf.exe'], ['2020-10', 'v1234567'],
      ['2020-10', 'v1%00'], ['2020-10 ', undefined],
    ] as const) {
      expect(parsePackAddress(month, version), `${month}/${version}`).toBeNull();
    }
  });

  it('writes the address back the same way', () => {
    for (const [month, version] of [['2020-10', undefined], ['2020-10', 'v1'], ['2021-03', 'v3.xlsx']] as const) {
      const address = parsePackAddress(month, version)!;
      expect(packPath(address)).toBe(version ? `/packs/${month}/${version}` : `/packs/${month}`);
    }
  });

  it('names a download after the pack', () => {
    expect(packFileName('Together for Children Performance Report', '2020-10', 1, 'pdf')).toBe(
      'together-for-children-performance-report-2020-10-v1.pdf',
    );
    expect(packFileName('Čity & Co — Report', '2020-11', null, 'csv')).toBe('city-co-report-2020-11-draft.csv');
  });
});
