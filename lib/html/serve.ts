import 'server-only';
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { NextRequest } from 'next/server';
import { CatalogueCache } from '@/lib/catalogue/cache';
import { currentSnapshot, getSnapshot, type Snapshot } from '@/lib/catalogue/snapshot';
import { chinaToday } from '@/lib/dates';
import { siteUrl } from '@/lib/site';

// Every anonymous GET (pages, feeds, calendars, exports, the sitemap, the search API) is answered
// here: once produced, its bytes are kept for the catalogue version and the day in China it was
// produced for, carry an ETag derived from them, answer 304 to a matching If-None-Match, and may
// be kept by a shared cache (a CDN, nginx: docs/deploy.md) for CACHE_S_MAXAGE seconds and served
// stale while it revalidates.

/** A response's bytes, ready to send again: kept in the cache, never a request's own objects. */
export type Representation = {
  status: number;
  contentType: string;
  body: Buffer;
  /** The body gzipped, made once when kept, for the server's fast path (scripts/serve.mjs). */
  gzip: Buffer | null;
  /** Weak: the identity and gzip bodies are the same representation. */
  etag: string;
  /** Other headers of this representation (Content-Disposition...). */
  headers: Record<string, string>;
};

export type ServeContext = { snapshot: Snapshot; today: string; request: NextRequest };

const GZIP_FROM = 1024;

/** A body as a representation, with its ETag (a hash of the bytes) and, when worth it, its gzip. */
export function represent(body: string, contentType: string, status = 200, headers: Record<string, string> = {}): Representation {
  const bytes = Buffer.from(body, 'utf8');
  const gzip = bytes.length >= GZIP_FROM ? gzipSync(bytes, { level: 6 }) : null;
  return { status, contentType, body: bytes, gzip, etag: `W/"${createHash('sha1').update(bytes).digest('base64url')}"`, headers };
}

/** Seconds a shared cache may keep a page before revalidating it (`CACHE_S_MAXAGE`, default 300). */
export function sharedMaxAge(): number {
  const value = Number(process.env.CACHE_S_MAXAGE ?? 300);
  return Number.isInteger(value) && value >= 0 ? value : 300;
}

/** Browsers revalidate every time (a content load shows at once); shared caches keep it briefly. */
export const sharedCacheControl = () => `public, max-age=0, s-maxage=${sharedMaxAge()}, stale-while-revalidate=86400`;
/** One reader's page (behind a token): no cache may keep it. */
export const PERSONAL = 'private, no-store';

const CACHE_ENTRIES = 5_000;
const CACHE_BYTES = 96 * 1024 * 1024;

/**
 * Representations kept per catalogue version and China day: at most 5,000 of them and 96 MB
 * (bodies and their gzip), the least recently used dropped first.
 */
const kept = new CatalogueCache<Representation>({ maxEntries: CACHE_ENTRIES, maxBytes: CACHE_BYTES, size: (r) => r.body.length + (r.gzip?.length ?? 0) + 256 });

/** How much the cache holds now (the fuzzer reports it). */
export const keptUsage = () => kept.usage;

/** The cache key of a request: its path and its query parameters in a stable order (HEAD as GET). */
export function requestKey(request: NextRequest): string {
  return keyOf(request.nextUrl.pathname, request.nextUrl.searchParams);
}

function keyOf(pathname: string, search: URLSearchParams): string {
  const params = new URLSearchParams(search);
  params.sort();
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ''}`;
}

function matches(request: NextRequest, etag: string): boolean {
  return matchesHeader(request.headers.get('if-none-match'), etag);
}

function matchesHeader(header: string | null | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === bare;
  });
}

/**
 * The response for a representation: 304 when the client has it. Next.js compresses it on the way
 * out for clients that accept gzip (a route handler cannot send a body it compressed itself).
 */
export function respond(request: NextRequest, r: Representation, cacheControl: string): Response {
  const headers: Record<string, string> = { ...r.headers, 'Content-Type': r.contentType, ETag: r.etag, 'Cache-Control': cacheControl, Vary: 'Accept-Encoding' };
  if (r.status === 200 && matches(request, r.etag)) return new Response(null, { status: 304, headers });
  // The kept bytes themselves, not a copy (a Buffer is a Uint8Array on an ArrayBuffer).
  return new Response(r.body as Uint8Array<ArrayBuffer>, { status: r.status, headers });
}

/**
 * Answers an anonymous GET from the cache, or by `produce` and then from the cache. `produce` may
 * return a finished Response (a redirect, a 400), which is sent as it is and not kept. Only 200s
 * are kept under the request's key: an unknown id (a 404) or a bad parameter keeps nothing, so
 * addresses anyone can invent cannot fill the cache.
 */
export async function serve(request: NextRequest, produce: (context: ServeContext) => Promise<Representation | Response> | Representation | Response): Promise<Response> {
  // The request is read first: that marks the route as rendered per request for Next.js, which
  // would otherwise try to prerender a route without parameters at build time.
  const key = requestKey(request);
  const snapshot = await getSnapshot();
  const today = chinaToday();
  // Only what a GET (or HEAD) asks for is kept or answered from the kept: a POST changes something.
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const produced = await produce({ snapshot, today, request });
    return produced instanceof Response ? produced : respond(request, produced, 'no-store');
  }
  const scope = scopeOf(snapshot, today);
  const hit = kept.peek(scope, key);
  if (hit) return respond(request, hit, sharedCacheControl());
  const produced = await produce({ snapshot, today, request });
  if (produced instanceof Response) return produced;
  if (produced.status === 200) kept.set(scope, key, produced);
  return respond(request, produced, sharedCacheControl());
}

/** Keeps one representation shared by many requests (e.g. the 404 page), computed once per scope. */
export function shared(context: ServeContext, name: string, compute: () => Representation): Representation {
  return kept.get(scopeOf(context.snapshot, context.today), `shared:${name}`, compute);
}

/** What every kept representation depends on besides its address: the catalogue, the day, the site's origin. */
function scopeOf(snapshot: Snapshot, today: string): string {
  return `${snapshot.version}|${today}|${siteUrl()}`;
}

/** What the server's fast path sends: a kept representation, or nothing (Next.js then answers). */
export type FastAnswer = { status: number; headers: Record<string, string>; body: Buffer | null };

/**
 * The production server's fast path (scripts/serve.mjs): a GET or HEAD whose answer is kept for
 * the catalogue and day being served is sent from here, without Next.js's request handling (which
 * costs a small page most of its time). Anything else, a miss included, returns null.
 * `headers` are those of the representation plus `common` (the security headers next.config.mjs
 * adds to every response).
 */
export function fastAnswer(request: IncomingMessage, common: Record<string, string>): FastAnswer | null {
  if ((request.method !== 'GET' && request.method !== 'HEAD') || !request.url) return null;
  const snapshot = currentSnapshot();
  if (!snapshot) return null;
  const url = new URL(request.url, 'http://fast.path');
  const hit = kept.peek(scopeOf(snapshot, chinaToday()), keyOf(url.pathname, url.searchParams));
  if (!hit) return null;
  const headers: Record<string, string> = { ...common, ...hit.headers, 'Content-Type': hit.contentType, ETag: hit.etag, 'Cache-Control': sharedCacheControl(), Vary: 'Accept-Encoding' };
  if (hit.status === 200 && matchesHeader(request.headers['if-none-match'], hit.etag)) return { status: 304, headers, body: null };
  const gzip = hit.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (gzip) headers['Content-Encoding'] = 'gzip';
  const body = gzip ? hit.gzip! : hit.body;
  headers['Content-Length'] = String(body.length);
  return { status: hit.status, headers, body: request.method === 'HEAD' ? null : body };
}

// Where the custom server finds the fast path: route handlers run in Next's bundle, the server outside it.
(globalThis as unknown as { __tmtFastAnswer?: typeof fastAnswer }).__tmtFastAnswer = fastAnswer;
