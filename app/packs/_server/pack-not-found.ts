// "Page not found" for a pack address: the same answer for a month with no pack, a version that
// does not exist, and a members-only pack the reader may not see, so none gives the others away.
import 'server-only';
import { createHash } from 'node:crypto';
import { html, trusted } from '@/lib/html';

const STYLE =
  'body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;color:#0b0c0c;line-height:1.5}' +
  'main{max-width:40rem;margin:0 auto;padding:2rem 1rem}h1{font-size:2rem;line-height:1.2}a{color:#1d70b8}a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}';

const policy = (style: string) =>
  `default-src 'none'; style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

export function packProblemPage(status: 404 | 503, title: string, sentences: string[]): Response {
  const page = html`<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Performance Pack</title><style>${trusted(STYLE)}</style></head>
<body><main id="main-content"><h1>${title}</h1>${sentences.map((s) => html`<p>${s}</p>`)}
<p><a href="/packs">See every published pack</a></p></main></body></html>`;
  return new Response(page.toString(), {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': policy(STYLE) },
  });
}

export const packNotFound = () =>
  packProblemPage(404, 'Page not found', [
    'If you typed the web address, check it is correct. A pack appears here only once it has been published.',
    'If the pack is for committee members only, sign in first, then open the link again.',
  ]);
