// Auth.js's own endpoints (sign-in callbacks, CSRF token, session); Auth.js checks each itself.
import type { NextRequest } from 'next/server';
import { handlers } from '@/auth';

// When a page or action starts single sign-on, Auth.js takes this site's address from the
// X-Forwarded-Host and X-Forwarded-Proto headers (Next fills them in from Host); here it would take
// it from the request URL, which Next builds from the address it listens on. Behind a reverse proxy
// the two differ, and a NextRequest's URL always says "localhost" for 127.0.0.1: the provider then
// refuses the code (redirect_uri mismatch) and people are sent back to the wrong host. So Auth.js
// gets the same address here, on a plain Request (a NextRequest would undo it). With AUTH_URL set,
// Auth.js uses that everywhere instead.
function atPublicAddress(request: NextRequest): NextRequest {
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (!host || process.env.AUTH_URL || process.env.NEXTAUTH_URL) return request;
  const { pathname, search } = new URL(request.url);
  const origin = `${request.headers.get('x-forwarded-proto') ?? 'https'}://${host}`;
  if (!URL.canParse(origin)) return request;
  return new Request(new URL(`${pathname}${search}`, origin), request) as NextRequest;
}

export const GET = (request: NextRequest) => handlers.GET(atPublicAddress(request));
export const POST = (request: NextRequest) => handlers.POST(atPublicAddress(request));
