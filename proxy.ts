import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from './lib/security';

// A fresh nonce per request: Next.js puts it on its inline scripts when it sees it in the
// request's CSP header, and the browser runs no other inline script.
export function proxy(request: NextRequest) {
  // A path that is not valid percent-encoding (`/authorities/%ff`) names nothing; Next.js would
  // fail decoding it into route parameters and answer 500.
  if (!decodable(request.nextUrl.pathname)) {
    return new NextResponse('Bad request: the address is not valid percent-encoded UTF-8.\n', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'" },
    });
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

function decodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  // Everything but Next's hashed static files and the JSON API: they run no script, so they need
  // no nonce, and get a fixed policy and the other headers from next.config.mjs.
  matcher: [{ source: '/((?!_next/static|_next/image|api/).*)' }],
};
