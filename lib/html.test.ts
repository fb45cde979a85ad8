import { describe, expect, it } from 'vitest';
import { escapeHtml, html, trusted } from './html';

describe('html', () => {
  it('escapes every interpolated text, in content and attributes', () => {
    const name = `<script>alert("x")</script> & 'quotes'`;
    expect(html`<p title="${name}">${name}</p>`.toString()).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</p>',
    );
  });

  it('keeps nested fragments and trusted markup, joins lists and drops empty values', () => {
    const items = ['a<b', 'c'].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>${null}${false}${undefined}${trusted('<hr>')}${0}`.toString()).toBe(
      '<ul><li>a&lt;b</li><li>c</li></ul><hr>0',
    );
  });

  it('escapes the five characters that matter and nothing else', () => {
    expect(escapeHtml('£5 – “ok” & <x> "y" \'z\'')).toBe('£5 – “ok” &amp; &lt;x&gt; &quot;y&quot; &#39;z&#39;');
  });
});
