import { describe, expect, it } from 'vitest';
import { composeEntryReturned } from './entry-returned';

const context = { siteUrl: 'https://pack.tfc.example', organisationName: 'Together for Children' };

describe('the notice that an entry was returned', () => {
  const m = composeEntryReturned(
    {
      recipientName: 'Sam Okafor',
      month: '2020-11',
      measure: { ref: 'KPI4', title: 'Assessments "in time" & complete' },
      note: 'The figure is lower than last month.\nPlease explain <why> in the commentary.\r\n<script>alert("x")</script>',
      returnedBy: 'Alex Morgan',
    },
    context,
  );

  it('quotes the executive’s note line for line, escaped in HTML', () => {
    expect(m.subject).toBe('KPI4 for November 2020 has been returned to you');
    expect(m.text).toContain('Alex Morgan has returned your entry for KPI4 Assessments "in time" & complete, November 2020, with this note:');
    expect(m.text).toContain('> The figure is lower than last month.\n> Please explain <why> in the commentary.\n> <script>alert("x")</script>');
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain(
      'The figure is lower than last month.<br>Please explain &lt;why&gt; in the commentary.<br>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</blockquote>',
    );
    expect(m.html).toContain('KPI4 Assessments &quot;in time&quot; &amp; complete');
  });

  it('links to the entry, and cannot be turned off', () => {
    expect(m.text).toContain('Change KPI4 for November 2020:\nhttps://pack.tfc.example/entries/2020-11/KPI4');
    expect(m.text).toContain('You are receiving this because you are the lead for KPI4 in November 2020.');
    expect(m.text).toContain('cannot be turned off');
    expect(m.text).not.toContain('/account/notices');
  });
});
