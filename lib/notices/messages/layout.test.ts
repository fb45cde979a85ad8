import { describe, expect, it } from 'vitest';
import { action, address, heading, list, oneLine, paragraph, quote, renderMessage } from './layout';

const hostile = `Jo "JB" O'Neil & <script>alert(1)</script>`;

function render(body: Parameters<typeof renderMessage>[0]['body'], greeting = 'Dear Jo,') {
  return renderMessage({ subject: 'A subject', greeting, body, signature: ['Performance Pack', 'Together for Children'], footer: [paragraph('Why.')] });
}

describe('a message in plain text and HTML', () => {
  it('escapes every value a person typed, in text and in attributes', () => {
    const m = render(
      [paragraph(`Hello ${hostile}`), list([{ label: hostile, href: 'https://x.example/a?b=1&c="2"', detail: `(${hostile})` }]), heading(hostile), quote(hostile), action(hostile, 'https://x.example/"><script>')],
      `Dear ${hostile},`,
    );
    expect(m.html).not.toMatch(/<script>/);
    expect(m.html).not.toContain(`"JB"`);
    expect(m.html).toContain('Jo &quot;JB&quot; O&#39;Neil &amp; &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(m.html).toContain('href="https://x.example/a?b=1&amp;c=&quot;2&quot;"');
    expect(m.html).toContain('href="https://x.example/&quot;&gt;&lt;script&gt;"');
    // The plain text is not HTML: it keeps the characters as typed.
    expect(m.text).toContain(`Dear ${hostile},`);
  });

  it('keeps the line breaks of a quoted note: <br> in HTML, "> " lines in text', () => {
    const m = render([quote('First line\r\nsecond & last\n\nafter a blank')]);
    expect(m.html).toContain('First line<br>second &amp; last<br><br>after a blank</blockquote>');
    expect(m.text).toContain('> First line\n> second & last\n>\n> after a blank');
  });

  it('puts a subject, greeting and list item on one line, whatever was typed', () => {
    const m = renderMessage({
      subject: 'Line one\r\nBcc: someone@example.org',
      greeting: 'Dear Sam\nOkafor,',
      body: [list([{ label: 'KPI4 Title\nwith a break' }])],
      signature: ['Performance Pack'],
      footer: [],
    });
    expect(m.subject).toBe('Line one Bcc: someone@example.org');
    expect(m.text.startsWith('Dear Sam Okafor,\n\n- KPI4 Title with a break\n\n')).toBe(true);
    expect(oneLine('  a \t b\n')).toBe('a b');
  });

  it('writes a link as its words in HTML and its address in text', () => {
    const m = render([
      paragraph('Turn reminders off at ', address('https://x.example/account/notices'), '.'),
      paragraph('See ', { text: 'the review', href: 'https://x.example/review/2020-11' }, '.'),
      action('Review November 2020', 'https://x.example/review/2020-11'),
      list([{ label: 'KPI4 Title', href: 'https://x.example/entries/2020-11/KPI4', detail: '(not started)' }]),
    ]);
    expect(m.text).toContain('Turn reminders off at https://x.example/account/notices.');
    expect(m.text).toContain('See the review (https://x.example/review/2020-11).');
    expect(m.text).toContain('Review November 2020:\nhttps://x.example/review/2020-11');
    expect(m.text).toContain('- KPI4 Title (not started)\n  https://x.example/entries/2020-11/KPI4');
    expect(m.html).toContain('<a href="https://x.example/review/2020-11" style="color:#1d70b8;text-decoration:underline">Review November 2020</a>');
    expect(m.html).toContain('>KPI4 Title</a> (not started)</li>');
  });

  it('is a whole HTML document in British English, titled with the subject, ending with the signature and the footer', () => {
    const m = render([paragraph('Body.')]);
    expect(m.html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(m.html).toContain('<title>A subject</title>');
    expect(m.html).toContain('Performance Pack<br>Together for Children');
    expect(m.text).toBe('Dear Jo,\n\nBody.\n\nPerformance Pack\nTogether for Children\n\nWhy.\n');
  });
});
