// Server actions are public endpoints. These helpers hold back a real action request made in the
// browser, so a test can replay it with other people's sessions.
import type { Browser, Page, Request } from '@playwright/test';
import { roleOf, sessionFile, SIGNED_OUT } from './sessions';
import { signIn } from './sign-in';

/**
 * Aborts the next server-action POST to pages matching `url`, and any POST after it (a page whose
 * action failed may post its form again by itself); `request()` gives the action once made.
 */
export async function holdBackServerAction(page: Page, url: string) {
  let captured: Request | undefined;
  await page.route(url, async (route) => {
    if (route.request().method() === 'POST' && (captured || route.request().headers()['next-action'])) {
      captured ??= route.request();
      await route.abort();
    } else {
      await route.continue();
    }
  });
  return { request: () => captured };
}

/**
 * Replays a captured server-action request with another session (or none), as a new browser
 * would: a demo account's saved session, anyone else signed in afresh.
 */
export async function replay(browser: Browser, request: Request, as: string | null) {
  const role = as ? roleOf(as) : null;
  const context = await browser.newContext({ storageState: role ? sessionFile(role) : SIGNED_OUT });
  if (as && !role) await signIn(await context.newPage(), as);
  const headers = { ...request.headers() };
  delete headers['cookie'];
  const response = await context.request.post(request.url(), { headers, data: request.postDataBuffer() ?? undefined, maxRedirects: 0 });
  const body = await response.text();
  await context.close();
  return { status: response.status(), body };
}
