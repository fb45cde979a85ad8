import { describe, expect, it } from 'vitest';
import { carriesSessionCookie } from './session-rules';

describe('carriesSessionCookie', () => {
  it("knows Auth.js's session cookie on http and https, whole or in chunks", () => {
    expect(carriesSessionCookie(['authjs.session-token'])).toBe(true);
    expect(carriesSessionCookie(['theme', '__Secure-authjs.session-token'])).toBe(true);
    expect(carriesSessionCookie(['authjs.session-token.0', 'authjs.session-token.1'])).toBe(true);
  });

  it('is not fooled by other cookies', () => {
    expect(carriesSessionCookie([])).toBe(false);
    expect(carriesSessionCookie(['authjs.csrf-token', 'authjs.callback-url', 'my-session-token-note'])).toBe(false);
  });
});
