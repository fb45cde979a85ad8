import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { 'x-forwarded-for': xff });

describe('the address a request came from', () => {
  it('with no proxy, is the connection’s own address, whatever the client wrote before it', () => {
    // scripts/server.mjs appends the connection's address: the client's own header comes first.
    expect(clientAddress(headers('203.0.113.9'), 0)).toBe('203.0.113.9');
    expect(clientAddress(headers('1.2.3.4, 5.6.7.8, 203.0.113.9'), 0)).toBe('203.0.113.9');
  });

  it('behind one proxy, is the address that proxy saw, however the client rotates its header', () => {
    for (const forged of ['10.0.0.1', '10.0.0.2, 10.0.0.3', 'x']) {
      expect(clientAddress(headers(`${forged}, 198.51.100.7, 192.0.2.1`), 1)).toBe('198.51.100.7');
    }
  });

  it('is "unknown" only when nothing says where the request came from', () => {
    expect(clientAddress(headers(), 0)).toBe('unknown');
    expect(clientAddress(headers(' , '), 0)).toBe('unknown');
  });

  it('with more trusted hops than entries, takes the furthest entry', () => {
    expect(clientAddress(headers('192.0.2.1'), 2)).toBe('192.0.2.1');
  });
});
