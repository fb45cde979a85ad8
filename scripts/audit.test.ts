import { describe, expect, it } from 'vitest';
import { belowFloor, compareVersions, SECURITY_FLOOR } from './audit.mjs';

describe('the security floor, where npm audit cannot run', () => {
  it('orders versions, a beta before its release and beta.9 before beta.32', () => {
    expect(compareVersions('16.4.6', '16.3.4')).toBe(1);
    expect(compareVersions('16.3.4', '16.3.4')).toBe(0);
    expect(compareVersions('16.3.3', '16.3.4')).toBe(-1);
    expect(compareVersions('5.0.0-beta.9', '5.0.0-beta.32')).toBe(-1);
    expect(compareVersions('5.0.0-beta.32', '5.0.0')).toBe(-1);
    expect(compareVersions('0.45.10', '0.45.2')).toBe(1);
  });

  it('names each package below its floor, and one not installed', () => {
    const lock = (versions: Record<string, string>) => ({ packages: Object.fromEntries(Object.entries(versions).map(([n, v]) => [`node_modules/${n}`, { version: v }])) });
    expect(belowFloor(lock(SECURITY_FLOOR))).toEqual([]);
    expect(belowFloor(lock({ ...SECURITY_FLOOR, next: '16.2.0', 'next-auth': '5.0.0-beta.30' }))).toEqual(['next 16.2.0 is below 16.3.4', 'next-auth 5.0.0-beta.30 is below 5.0.0-beta.32']);
    const { react: _react, ...withoutReact } = SECURITY_FLOOR;
    expect(belowFloor(lock(withoutReact))).toEqual(['react is not installed']);
  });
});
