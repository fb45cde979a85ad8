import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

const BASE = 'https://pack.example';

/** Where a browser would end up after `Location: <path>` from this site. */
const landsOn = (path: string) => new URL(path, BASE);

describe('safeReturnPath', () => {
  it.each([
    ['/measures', '/measures'],
    ['/entries/2020-11/KPI4', '/entries/2020-11/KPI4'],
    ['/my-measures?month=2020-10', '/my-measures?month=2020-10'],
    ['/measures#SM4', '/measures#SM4'],
    ['/a/../measures', '/measures'],
  ])('keeps a path on this site: %s', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    '//evil.example/login',
    '/.//evil.example/login',
    '/./\u002F/evil.example',
    '/../..//evil.example',
    '/a/..//evil.example',
    '/%2E//evil.example',
    '/%2e%2e//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\\/evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '/ /evil.example',
    ' //evil.example',
    'https://evil.example/',
    'http:evil.example',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '/javascript:alert(1)//',
    'data:text/html,hi',
    '//user:pass@evil.example',
    '/\u0000/evil.example',
    '/\u007f',
    '',
    'measures',
  ])('refuses anything that could leave the site: %j', (input) => {
    const result = safeReturnPath(input);
    expect(landsOn(result).origin).toBe(BASE);
    expect(result.startsWith('//')).toBe(false);
    expect(result.startsWith('/')).toBe(true);
  });

  it('refuses non-strings', () => {
    expect(safeReturnPath(undefined)).toBe('/');
    expect(safeReturnPath(['/measures'])).toBe('/');
    expect(safeReturnPath(null, '/my-measures')).toBe('/my-measures');
  });

  it('never returns a path that a browser resolves to another origin, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.stringMatching(/^[/\\.%2eEfF\t\n :@a-z]{0,16}$/),
          fc.tuple(fc.constantFrom('/', '//', '/./', '/../', '/\\', '/%2e/'), fc.string()).map(([a, b]) => a + b),
        ),
        (input) => {
          const result = safeReturnPath(input);
          expect(result.startsWith('/')).toBe(true);
          expect(result.startsWith('//')).toBe(false);
          expect(result.includes('\\')).toBe(false);
          expect(landsOn(result).origin).toBe(BASE);
          // What comes back is already normal: reading it again changes nothing.
          expect(safeReturnPath(result)).toBe(result);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
