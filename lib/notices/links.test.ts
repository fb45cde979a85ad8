import { describe, expect, it } from 'vitest';
import { entryLink, monthLink, monthsAdminLink, noticeSettingsLink, packLink, reviewLink, siteBase } from './links';

describe('links to the portal in e-mail', () => {
  it('are absolute, to the routes in app/', () => {
    const site = 'https://pack.tfc.example';
    expect(monthLink(site, '2020-11')).toBe('https://pack.tfc.example/my-measures?month=2020-11');
    expect(entryLink(site, '2020-11', 'KPI4')).toBe('https://pack.tfc.example/entries/2020-11/KPI4');
    expect(reviewLink(site, '2020-11')).toBe('https://pack.tfc.example/review/2020-11');
    expect(packLink(site, '2020-11', 2)).toBe('https://pack.tfc.example/packs/2020-11/v2');
    expect(monthsAdminLink(site)).toBe('https://pack.tfc.example/admin/months');
    expect(noticeSettingsLink(site)).toBe('https://pack.tfc.example/account/notices');
  });

  it('keep a site that lives under a path, with or without its trailing slash', () => {
    expect(reviewLink('https://council.example/performance/', '2020-11')).toBe('https://council.example/performance/review/2020-11');
    expect(siteBase('http://localhost:3000/')).toBe('http://localhost:3000');
  });

  it('encode a measure reference that is not plain letters and digits', () => {
    expect(entryLink('https://x.example', '2020-11', 'SM 1/a')).toBe('https://x.example/entries/2020-11/SM%201%2Fa');
  });

  it('refuse a site address or month that would make a broken link', () => {
    expect(() => siteBase('pack.tfc.example')).toThrow(RangeError);
    expect(() => siteBase('javascript:alert(1)')).toThrow(RangeError);
    expect(() => siteBase('https://x.example/?a=1')).toThrow(RangeError);
    expect(() => reviewLink('https://x.example', '2020-13')).toThrow(RangeError);
  });
});
