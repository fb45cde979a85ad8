import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import ErrorPage from '../error';
import GlobalError from '../global-error';

// The pages as the server draws them, for an error that carries details nobody should see.
const secret = new Error('relation "users" does not exist: password_hash for sam@tfc.example');
Object.assign(secret, { digest: '4242' });

describe.each([
  ['app/error.tsx', ErrorPage],
  ['app/global-error.tsx', GlobalError],
])('%s', (_file, Page) => {
  const html = renderToStaticMarkup(createElement(Page, { error: secret, retry: () => {} }));

  it('says there is a problem with the service, offers Try again and the start page', () => {
    expect(html).toContain('<h1 class="mb-4 text-3xl font-bold">Sorry, there is a problem with the service</h1>');
    expect(html).toMatch(/<button type="button"[^>]*>Try again<\/button>/);
    expect(html).toContain('<a href="/">Go to the start page</a>');
    expect(html).toContain('<title>Sorry, there is a problem with the service – Performance Pack</title>');
  });

  it('never shows what went wrong', () => {
    expect(html).not.toContain('relation');
    expect(html).not.toContain('password');
    expect(html).not.toContain('sam@tfc.example');
  });
});
