// What `npm run test:input` sends: values people (or tools) type that a form must refuse with a
// sentence or keep exactly, never answer with a server error. Each has a name for the report.

const MEGABYTE = 1024 * 1024;

/** [name, value] */
export const CORPUS = [
  ['empty', ''],
  ['spaces only', '   '],
  ['SQL', "'; DROP TABLE entries; --"],
  ['SQL in a number', '1 OR 1=1'],
  ['HTML and script', '<script>alert(document.cookie)</script><img src=x onerror=alert(1)>'],
  ['template syntax', '{{7*7}} ${7*7} <%= 7*7 %> #{7*7}'],
  ['path traversal', '../../../../etc/passwd'],
  ['percent-encoded NUL', '%00'],
  ['NaN', 'NaN'],
  ['Infinity', 'Infinity'],
  ['minus Infinity', '-Infinity'],
  ['too big a number', '1e309'],
  ['exponent', '9.5e1'],
  ['minus zero', '-0'],
  ['negative', '-12.5'],
  ['hex', '0x1F'],
  ['thousands separator', '1,000.5'],
  ['comma decimal', '94,5'],
  ['many decimals', '12.345678901234567890123456789012345678901234567890'],
  ['huge integer', '99999999999999999999999999999999999999999999999999'],
  ['Arabic-Indic digits', '٩٤٫٥'],
  ['full-width digits', '９４．５'],
  ['percent sign', '94.5%%'],
  ['emoji and joiners', '👩‍👩‍👧‍👦 ✅'],
  ['combining marks', 'Z̷̢̛a̸̧͝l̶͠g̵o̴'],
  ['right-to-left override', 'Red\u202e deR'],
  ['zero-width space', 'Gr\u200been'],
  ['control characters', 'a\u0001\u0007\u001bb'],
  ['NUL byte', 'a\u0000b'],
  ['lone surrogate', 'a\ud800b'],
  ['new lines', 'line one\r\nline two\rline three\n'],
  ['long line', 'x'.repeat(10_000)],
  ['a megabyte', 'x'.repeat(MEGABYTE)],
  ['JSON', '{"status":"success","value":"1"}'],
  ['an e-mail address with a display name', 'Sam <lead.socialcare@tfc.example>'],
  ['a date', '2020-13-45'],
  ['a month far away', '9999-12'],
  ['a UUID', '00000000-0000-4000-8000-000000000000'],
  ['a role that does not exist', 'superuser'],
];

/** The product's sentences for a failure it did not expect: a refusal must never be one of these. */
export const UNEXPECTED = [
  'Sorry, something went wrong and nothing was saved',
  'Sorry, there is a problem with the service',
];

/**
 * What an answer to a server action says, from its status and body: `refused` (a 4xx, or the
 * form's own error state with a field message or a sentence), `done` (a success or a redirect),
 * or `fault` (a 5xx, or the product's sentence for an unexpected failure) with why.
 */
export function classifyAnswer(status, body) {
  if (status >= 500) return { kind: 'fault', why: `answered ${status}` };
  const unexpected = UNEXPECTED.find((sentence) => body.includes(sentence));
  if (unexpected) return { kind: 'fault', why: `said "${unexpected}"` };
  if (status >= 400) return { kind: 'refused', why: `answered ${status}` };
  if (status >= 300) return { kind: 'done', why: `redirected (${status})` };
  if (/"status":"error"/.test(body)) return { kind: 'refused', why: 'the form shows a problem' };
  if (/"status":"success"/.test(body)) return { kind: 'done', why: 'the form shows a success' };
  // A redirect inside the action's answer (Next writes it into the RSC stream) is a success too.
  if (/NEXT_REDIRECT|"x-action-redirect"/.test(body)) return { kind: 'done', why: 'redirected' };
  return { kind: 'refused', why: `answered ${status} with no form state` };
}
