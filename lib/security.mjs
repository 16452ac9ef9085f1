// The Content-Security-Policy headers, in plain JavaScript so next.config.mjs can import them too.
// Types: security.d.mts.

/**
 * Every page and feed: scripts run only from this origin's files (no inline script: there is none,
 * lib/html/site.js is a file), no eval, no plugins, no framing, forms post only here. The same for
 * every response, so shared caches can keep pages (a per-response nonce would forbid it).
 */
export const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "manifest-src 'self'",
].join('; ');

/** JSON and other data answers: nothing may load or run in them, nor frame them. */
export const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** Headers every response carries, static files included. */
export const COMMON_HEADERS = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/**
 * The policy for a path: data under /api/, pages and feeds everywhere else.
 * @param {string} pathname
 */
export function policyFor(pathname) {
  return pathname.startsWith('/api/') ? DATA_POLICY : PAGE_POLICY;
}
