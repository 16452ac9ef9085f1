// A stand-in for lib/site.ts (SITE_URL), which another branch adds: swap these calls for it at merge.

function configured(): string | null {
  const url = process.env.SITE_URL?.trim();
  if (!url) return null;
  return new URL(url).origin;
}

/** The site's public origin for absolute links: `SITE_URL` when set, else the request's own origin. */
export function siteOrigin(request: Request): string {
  return configured() ?? new URL(request.url).origin;
}

/** The same for Server Components, from the request headers (`headers()`). */
export function siteOriginFromHeaders(headers: Headers): string {
  const fromEnv = configured();
  if (fromEnv) return fromEnv;
  const host = (headers.get('x-forwarded-host') ?? headers.get('host') ?? 'localhost').split(',')[0]!.trim();
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'http';
  return `${proto}://${host}`;
}
