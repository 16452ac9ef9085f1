import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from './lib/security';

// A fresh nonce per request: Next.js puts it on its inline scripts when it sees it in the
// request's CSP header, and the browser runs no other inline script.
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Everything but Next's hashed static files and the JSON API: they run no script, so they need
  // no nonce, and get a fixed policy and the other headers from next.config.mjs.
  matcher: [{ source: '/((?!_next/static|_next/image|api/).*)' }],
};
