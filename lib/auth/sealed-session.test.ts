import { afterEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { RENEW_AFTER_SECONDS, openSession, sealSession } from './sealed-session';

const secret = 'a-secret-of-the-tests-at-least-32-characters';
const salt = 'authjs.session-token';
const claims = { uid: 'u-1', sid: 's-1', sv: 1, roles: ['lead'], name: 'Jo Barnes', email: 'jo@example.org' };

afterEach(() => vi.useRealTimers());

async function sealed(extra: Record<string, unknown> = {}, maxAge = 1800) {
  return encode({ token: { ...claims, ...extra }, secret, salt, maxAge });
}

describe('opening the session token', () => {
  it('opens a token Auth.js sealed, and again from memory with the same claims in a fresh object', async () => {
    const token = await sealed();
    const first = await openSession({ token, secret, salt });
    expect(first).toMatchObject(claims);
    first!.roles = ['admin'];
    const second = await openSession({ token, secret, salt });
    expect(second).toMatchObject(claims);
    expect(second).not.toBe(first);
  });

  it('refuses a token altered by one character, remembered or not', async () => {
    const token = await sealed();
    await openSession({ token, secret, salt });
    // A character of the ciphertext (the fourth part), where every bit counts.
    const parts = token.split('.');
    const swapped = parts[3]![4] === 'A' ? 'B' : 'A';
    parts[3] = `${parts[3]!.slice(0, 4)}${swapped}${parts[3]!.slice(5)}`;
    await expect(openSession({ token: parts.join('.'), secret, salt })).rejects.toThrow();
  });

  it('refuses a remembered token once it has expired', async () => {
    const token = await sealed({}, 120);
    await expect(openSession({ token, secret, salt })).resolves.toMatchObject(claims);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 140_000);
    await expect(openSession({ token, secret, salt })).rejects.toThrow();
  });

  it('does not open a token sealed under another salt (another cookie name)', async () => {
    const token = await sealed();
    await openSession({ token, secret, salt });
    await expect(openSession({ token, secret, salt: '__Secure-authjs.session-token' })).rejects.toThrow();
  });
});

describe('renewing the session token', () => {
  it('hands back the same token within a minute of its issue when nothing in it changed', async () => {
    const token = await sealed();
    const opened = (await openSession({ token, secret, salt }))!;
    await expect(sealSession({ token: opened, secret, salt, maxAge: 1800 })).resolves.toBe(token);
  });

  it('seals a new token when a claim changed', async () => {
    const token = await sealed();
    const opened = (await openSession({ token, secret, salt }))!;
    const renewed = await sealSession({ token: { ...opened, roles: ['lead', 'admin'] }, secret, salt, maxAge: 1800 });
    expect(renewed).not.toBe(token);
    await expect(openSession({ token: renewed, secret, salt })).resolves.toMatchObject({ roles: ['lead', 'admin'] });
  });

  it('seals a new token, with a later expiry, once the last is a minute old', async () => {
    const token = await sealed();
    const opened = (await openSession({ token, secret, salt }))!;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + RENEW_AFTER_SECONDS * 1000);
    const renewed = await sealSession({ token: opened, secret, salt, maxAge: 1800 });
    expect(renewed).not.toBe(token);
    const reopened = (await openSession({ token: renewed, secret, salt }))!;
    expect(reopened.exp).toBeGreaterThanOrEqual((opened.exp as number) + RENEW_AFTER_SECONDS);
  });
});

describe('renewing the same old token again', () => {
  async function renewedOnce() {
    const token = await sealed();
    const opened = (await openSession({ token, secret, salt }))!;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + RENEW_AFTER_SECONDS * 1000);
    const renewed = await sealSession({ token: structuredClone(opened), secret, salt, maxAge: 1800 });
    return { token, opened, renewed };
  }

  it('hands back the renewal it sealed under a minute ago, for a request that still carried the old token', async () => {
    const { token, opened, renewed } = await renewedOnce();
    expect(renewed).not.toBe(token);
    vi.setSystemTime(Date.now() + (RENEW_AFTER_SECONDS - 1) * 1000);
    await expect(sealSession({ token: structuredClone(opened), secret, salt, maxAge: 1800 })).resolves.toBe(renewed);
  });

  it('seals another once that renewal is a minute old, with a later expiry', async () => {
    const { opened, renewed } = await renewedOnce();
    vi.setSystemTime(Date.now() + RENEW_AFTER_SECONDS * 1000);
    const again = await sealSession({ token: structuredClone(opened), secret, salt, maxAge: 1800 });
    expect(again).not.toBe(renewed);
    const [first, second] = await Promise.all([openSession({ token: renewed, secret, salt }), openSession({ token: again, secret, salt })]);
    expect(second!.exp).toBeGreaterThanOrEqual((first!.exp as number) + RENEW_AFTER_SECONDS);
  });

  it('seals a new one when a claim changed since (a role given, say)', async () => {
    const { opened, renewed } = await renewedOnce();
    const changed = await sealSession({ token: { ...structuredClone(opened), roles: ['lead', 'admin'] }, secret, salt, maxAge: 1800 });
    expect(changed).not.toBe(renewed);
    await expect(openSession({ token: changed, secret, salt })).resolves.toMatchObject({ roles: ['lead', 'admin'] });
  });
});
