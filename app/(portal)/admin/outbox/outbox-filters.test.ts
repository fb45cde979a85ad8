import { describe, expect, it } from 'vitest';
import { outboxHref, readOutboxQuery } from './outbox-filters';

describe("the outbox page's address", () => {
  it('reads a status the outbox knows and a page number, and ignores anything else', () => {
    expect(readOutboxQuery({ status: 'held', page: '2' })).toEqual({ filters: { status: 'held' }, page: 2 });
    expect(readOutboxQuery({ status: 'lost', page: '0' })).toEqual({ filters: { status: null }, page: 1 });
    expect(readOutboxQuery({ status: ['held', 'sent'], page: '1.5' })).toEqual({ filters: { status: null }, page: 1 });
    expect(readOutboxQuery({})).toEqual({ filters: { status: null }, page: 1 });
  });

  it('writes the address of another page of the same filter', () => {
    expect(outboxHref({ status: 'failed' }, 3)).toBe('/admin/outbox?status=failed&page=3');
    expect(outboxHref({ status: null }, 1)).toBe('/admin/outbox');
    expect(outboxHref({}, 2)).toBe('/admin/outbox?page=2');
  });
});
