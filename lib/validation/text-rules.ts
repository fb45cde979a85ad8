// What a person's text may hold. NUL cannot be stored by PostgreSQL at all; other control
// characters and bidirectional overrides are invisible on screen yet change what is shown or
// printed (an override can make "Red" read "deR" in a committee pack). Tab and new lines are kept.
// Browsers send a text area's new lines as CR LF: those are made plain LF first.

const NAMED: Record<number, string> = {
  0x00: 'a null character',
  0x1b: 'an escape character',
  0x7f: 'a delete character',
  0x200e: 'a left-to-right mark',
  0x200f: 'a right-to-left mark',
  0x202a: 'a left-to-right embedding',
  0x202b: 'a right-to-left embedding',
  0x202c: 'a pop directional formatting character',
  0x202d: 'a left-to-right override',
  0x202e: 'a right-to-left override',
  0x2066: 'a left-to-right isolate',
  0x2067: 'a right-to-left isolate',
  0x2068: 'a first strong isolate',
  0x2069: 'a pop directional isolate',
};

function refused(code: number): boolean {
  if (code === 0x09 || code === 0x0a) return false;
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x200e ||
    code === 0x200f
  );
}

/** Text as it will be stored: CR LF and lone CR become LF. */
export const normaliseNewLines = (text: string): string => text.replace(/\r\n?/g, '\n');

const codePoint = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character that text may not hold, described for a person; null if there is none. */
export function forbiddenCharacter(text: string): { code: number; description: string; position: number } | null {
  let position = 0;
  for (const char of text) {
    position++;
    const code = char.codePointAt(0)!;
    if (refused(code)) {
      const name = NAMED[code] ?? 'a control character';
      return { code, position, description: `${name} (${codePoint(code)})` };
    }
  }
  return null;
}

/** The sentence for a field that holds one, e.g. "Commentary contains a null character (U+0000) at character 12: delete it and try again". */
export function forbiddenCharacterMessage(label: string, text: string): string | null {
  const found = forbiddenCharacter(normaliseNewLines(text));
  return found
    ? `${label} contains ${found.description} at character ${found.position.toLocaleString('en-GB')}, which cannot be saved: delete it and try again`
    : null;
}
