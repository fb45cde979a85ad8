import { describe, expect, it } from 'vitest';
import { IMPORT_LIMIT_BYTES } from '../lib/import/file-limit';
import { BODY_LIMIT_BYTES, FILE_LIMIT_BYTES, bodyNeedsCheck, bodyRefusal, forwardedHeaders, refusal } from './request-gate.mjs';

describe('what the server refuses before Next sees it', () => {
  it.each(['TRACE', 'TRACK', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'CONNECT', 'PROPFIND'])('%s: 405, saying what is allowed', (method) => {
    const answer = refusal({ method, headers: {} });
    expect(answer).toMatchObject({ status: 405, headers: { allow: 'GET, HEAD, POST', 'cache-control': 'no-store' } });
  });

  it('a body over the limit (a 1 MB file and its form): 413, before any of it is read', () => {
    expect(refusal({ method: 'POST', headers: { 'content-length': String(BODY_LIMIT_BYTES + 1) } })).toMatchObject({ status: 413 });
    expect(refusal({ method: 'POST', headers: { 'content-length': String(BODY_LIMIT_BYTES) } })).toBeNull();
  });

  it('takes the largest file an import takes, with room for its form', () => {
    expect(FILE_LIMIT_BYTES).toBe(IMPORT_LIMIT_BYTES);
    expect(BODY_LIMIT_BYTES).toBeGreaterThan(FILE_LIMIT_BYTES + 64 * 1024);
  });

  it('a body of unknown length: 411; a length that is not a number: 400', () => {
    expect(refusal({ method: 'POST', headers: { 'transfer-encoding': 'chunked' } })).toMatchObject({ status: 411 });
    expect(refusal({ method: 'POST', headers: { 'content-length': '1e9' } })).toMatchObject({ status: 400 });
  });

  it('ordinary requests pass', () => {
    expect(refusal({ method: 'GET', headers: {} })).toBeNull();
    // An address whose escapes are not UTF-8 (Next's router answers it with a 500): a 400 here.
    for (const url of ['/packs/a%ED%A0%80b', '/measures/%E2%80', '/%ff', '/entries/2020-11/%C0%AF']) {
      expect(refusal({ method: 'GET', headers: {}, url }), url).toMatchObject({ status: 400 });
    }
    for (const url of ['/packs/2020-10/v1', '/measures/%F0%9F%91%A9', '/sign-in?callbackUrl=%ED%A0%80', '/a%20b']) {
      expect(refusal({ method: 'GET', headers: {}, url }), url).toBeNull();
    }
    expect(refusal({ method: 'HEAD', headers: {} })).toBeNull();
    expect(refusal({ method: 'POST', headers: { 'content-length': '120' } })).toBeNull();
    expect(refusal({ method: 'POST', headers: {} })).toBeNull();
  });
});

describe('who a request came from', () => {
  it('with no proxy, is the connection, and forged forwarding headers are dropped', () => {
    const out = forwardedHeaders(
      { host: 'pack.example', 'x-forwarded-for': '10.9.9.9', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'javascript', forwarded: 'for=1.1.1.1' },
      '203.0.113.9',
      0,
    );
    expect(out).toEqual({ host: 'pack.example', 'x-forwarded-for': '203.0.113.9' });
  });

  it('behind a proxy, the connection is appended and the proxy’s headers kept, but only an http(s) protocol', () => {
    expect(forwardedHeaders({ 'x-forwarded-for': '198.51.100.7', 'x-forwarded-proto': 'https' }, '10.0.0.2', 1)).toEqual({
      'x-forwarded-for': '198.51.100.7, 10.0.0.2',
      'x-forwarded-proto': 'https',
    });
    expect(forwardedHeaders({ 'x-forwarded-proto': 'javascript' }, '10.0.0.2', 1)).toEqual({ 'x-forwarded-for': '10.0.0.2' });
  });
});

describe('bodies Next would fail on', () => {
  const action = { 'next-action': '60aa', 'content-type': 'text/plain;charset=UTF-8' };
  it('checks server-action calls and multipart forms only', () => {
    expect(bodyNeedsCheck({ method: 'POST', headers: action })).toBe(true);
    expect(bodyNeedsCheck({ method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' } })).toBe(true);
    expect(bodyNeedsCheck({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).toBe(false);
    expect(bodyNeedsCheck({ method: 'GET', headers: action })).toBe(false);
  });

  it('refuses an action body that is neither JSON nor a form, and a broken form', async () => {
    expect(await bodyRefusal(action, Buffer.from('hello'))).toMatchObject({ status: 400 });
    expect(await bodyRefusal(action, Buffer.from(''))).toMatchObject({ status: 400 });
    expect(await bodyRefusal({ 'content-type': 'multipart/form-data' }, Buffer.from('--x\r\n'))).toMatchObject({ status: 400 });
    expect(await bodyRefusal({ 'content-type': 'multipart/form-data; boundary=x' }, Buffer.from('not a form'))).toMatchObject({ status: 400 });
  });

  it.each(['"not a list"', '{"a":1}', '42', '"$@1"', '["$1"]', '{"a":"$h2"}', '["$Q3"]', '["$B4"]', '["$R5"]', '["$F6"]', '"$n99"'])('refuses references no form of this product sends: %s', async (json) => {
    expect(await bodyRefusal(action, Buffer.from(json))).toMatchObject({ status: 400 });
    const form = new FormData();
    form.set('0', json);
    const request = new Request('http://x/', { method: 'POST', body: form });
    const body = Buffer.from(await request.arrayBuffer());
    expect(await bodyRefusal({ ...action, 'content-type': request.headers.get('content-type')! }, body)).toMatchObject({ status: 400 });
  });

  it('refuses an action form without its arguments', async () => {
    const form = new FormData();
    form.set('1_email', 'a@b.example');
    const request = new Request('http://x/', { method: 'POST', body: form });
    const body = Buffer.from(await request.arrayBuffer());
    expect(await bodyRefusal({ ...action, 'content-type': request.headers.get('content-type')! }, body)).toMatchObject({ status: 400 });
  });

  it('lets through what Next’s own client sends', async () => {
    expect(await bodyRefusal(action, Buffer.from('["$K1",{"a":1,"b":"$undefined","c":"$$dollars"}]'))).toBeNull();
    const form = new FormData();
    form.set('0', '[{"status":"idle"},"$K1"]');
    form.set('1_email', 'a@b.example');
    const request = new Request('http://x/', { method: 'POST', body: form });
    const body = Buffer.from(await request.arrayBuffer());
    expect(await bodyRefusal({ 'content-type': request.headers.get('content-type')! }, body)).toBeNull();
  });
});
