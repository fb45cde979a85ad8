import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forbiddenCharacter, forbiddenCharacterMessage, normaliseNewLines } from './text-rules';

describe('text a person may save', () => {
  it('keeps ordinary text, tabs, new lines and any language', () => {
    for (const text of ['Plain words.', 'Line one\nline two', 'Tab\there', 'Ffigurau’r mis: 94.5%', 'تقرير', '汉字', '👍🏽', 'CR LF\r\nends']) {
      expect(forbiddenCharacter(normaliseNewLines(text))).toBeNull();
    }
  });

  it.each([
    ['a\u0000b', 'a null character (U+0000)', 2],
    ['\u001b[31mred', 'an escape character (U+001B)', 1],
    ['bell\u0007', 'a control character (U+0007)', 5],
    ['c1\u0085', 'a control character (U+0085)', 3],
    ['del\u007f', 'a delete character (U+007F)', 4],
    ['Red \u202Eneerg', 'a right-to-left override (U+202E)', 5],
    ['\u2066isolated\u2069', 'a left-to-right isolate (U+2066)', 1],
    ['mark\u200f', 'a right-to-left mark (U+200F)', 5],
  ])('refuses %j, naming %s at character %i', (text, description, position) => {
    expect(forbiddenCharacter(text)).toMatchObject({ description, position });
  });

  it('says which character, where, and what to do', () => {
    expect(forbiddenCharacterMessage('Commentary', 'Figures\u0000')).toBe(
      'Commentary contains a null character (U+0000) at character 8, which cannot be saved: delete it and try again',
    );
    expect(forbiddenCharacterMessage('Commentary', 'fine\r\ntext')).toBeNull();
  });

  it('counts characters as people do, not UTF-16 halves', () => {
    expect(forbiddenCharacter('👍\u0000')?.position).toBe(2);
  });

  it('refuses every C0 and C1 control but tab and new line, and nothing printable', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x2fff }), (code) => {
        const found = forbiddenCharacter(String.fromCodePoint(code));
        const control = (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f);
        const bidi = (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x200e || code === 0x200f;
        expect(found !== null).toBe(control || bidi);
      }),
      { numRuns: 20000 },
    );
  });
});
