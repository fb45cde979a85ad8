import { describe, expect, it } from 'vitest';
import { domainOf, parseMailAddress } from './address';

describe('the sender address', () => {
  it('reads a bare address, and one with a name, quoted or not', () => {
    expect(parseMailAddress('performance@council.gov.uk')).toEqual({ name: null, address: 'performance@council.gov.uk' });
    expect(parseMailAddress('Performance Pack <performance@council.gov.uk>')).toEqual({ name: 'Performance Pack', address: 'performance@council.gov.uk' });
    expect(parseMailAddress('"Performance, Team" <team@council.gov.uk>')).toEqual({ name: 'Performance, Team', address: 'team@council.gov.uk' });
    expect(parseMailAddress('<team@council.gov.uk>')).toEqual({ name: null, address: 'team@council.gov.uk' });
  });

  it('refuses what is not one address', () => {
    for (const bad of ['', 'performance', 'performance@localhost', 'a@b@council.gov.uk', 'a@council.gov.uk, b@council.gov.uk', 'Name <a@council.gov.uk', 'x@council.gov.uk\nBcc: y@example.org']) {
      expect(parseMailAddress(bad), bad).toBeNull();
    }
  });

  it('gives the domain a Message-ID is made in', () => {
    expect(domainOf('Performance@Council.GOV.uk')).toBe('council.gov.uk');
  });
});
