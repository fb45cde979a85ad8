import { describe, expect, it } from 'vitest';
import { requestsAtOnce, waitsItsTurn } from './request-turns.mjs';

const asked = (method: string, url: string) => waitsItsTurn({ method, url });

describe('which requests wait their turn', () => {
  it('is a page being viewed, with or without a query, and HEAD of one', () => {
    expect(asked('GET', '/')).toBe(true);
    expect(asked('GET', '/review/2020-11')).toBe(true);
    expect(asked('GET', '/measures?group=kpi')).toBe(true);
    expect(asked('HEAD', '/my-measures')).toBe(true);
    // A dot in the query is not a file.
    expect(asked('GET', '/entries/2020-11/KPI4?from=a.b')).toBe(true);
  });

  it('is never a server action or form, a static file, a route handler or a file', () => {
    expect(asked('POST', '/entries/2020-11/KPI4')).toBe(false);
    expect(asked('POST', '/sign-in')).toBe(false);
    expect(asked('GET', '/_next/static/chunks/app.css')).toBe(false);
    expect(asked('GET', '/api/health')).toBe(false);
    expect(asked('GET', '/api')).toBe(false);
    expect(asked('GET', '/packs/2020-10/v1.pdf')).toBe(false);
    expect(asked('GET', '/packs/2020-10/v1.csv?download=1')).toBe(false);
    expect(asked('GET', '/favicon.ico')).toBe(false);
    expect(asked('OPTIONS', '/')).toBe(false);
  });
});

describe('REQUESTS_AT_ONCE', () => {
  it('is 4 unless set', () => {
    expect(requestsAtOnce({})).toBe(4);
    expect(requestsAtOnce({ REQUESTS_AT_ONCE: ' ' })).toBe(4);
    expect(requestsAtOnce({ REQUESTS_AT_ONCE: '12' })).toBe(12);
  });

  it('refuses what is not a whole number of pages, with a sentence naming it', () => {
    for (const bad of ['0', '-1', '2.5', 'four', '1e9']) {
      expect(() => requestsAtOnce({ REQUESTS_AT_ONCE: bad })).toThrow(`REQUESTS_AT_ONCE must be a whole number from 1 to 1000 (pages drawn at once by each server process), not "${bad}".`);
    }
  });
});
