import { describe, expect, it } from 'vitest';
import { composePackPublished } from './pack-published';

const context = { siteUrl: 'https://pack.tfc.example', organisationName: 'Together for Children' };

describe('the notice that a pack is published', () => {
  it('links to the version published and says it is public', () => {
    const m = composePackPublished({ recipientName: 'Cllr Chris Dale', month: '2020-10', version: 1, visibility: 'public', changeNote: null }, context);
    expect(m.subject).toBe('The October 2020 performance pack is published');
    expect(m.text).toContain('The Together for Children performance pack for October 2020 has been published.');
    expect(m.text).toContain('The pack is public: anyone can read it, without signing in.');
    expect(m.text).toContain('Read the October 2020 pack:\nhttps://pack.tfc.example/packs/2020-10/v1');
    expect(m.text).not.toContain('version');
    expect(m.text).toContain('cannot be turned off');
  });

  it('for a later version, members only, says what it replaces and quotes its note', () => {
    const m = composePackPublished(
      { recipientName: 'Cllr Chris Dale', month: '2020-10', version: 2, visibility: 'members_only', changeNote: 'KPI4 corrected: 97.1% not 91.7% & <b>SM6</b>' },
      context,
    );
    expect(m.subject).toBe('Version 2 of the October 2020 performance pack is published');
    expect(m.text).toContain('This is version 2. It replaces version 1.');
    expect(m.text).toContain('> KPI4 corrected: 97.1% not 91.7% & <b>SM6</b>');
    expect(m.html).toContain('KPI4 corrected: 97.1% not 91.7% &amp; &lt;b&gt;SM6&lt;/b&gt;');
    expect(m.text).toContain('The pack is for members only: sign in to read it.');
    expect(m.html).toContain('href="https://pack.tfc.example/packs/2020-10/v2"');
  });
});
