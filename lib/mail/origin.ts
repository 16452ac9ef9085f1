import { siteUrl } from '../site';

/**
 * True when a state-changing request comes from a page of this site: its Origin header (or, when a
 * browser sends none, its Referer) is SITE_URL's origin. A request with neither is refused too:
 * every browser sends one of them with a form POST.
 */
export function fromSiteOrigin(headers: Headers, site: string = siteUrl()): boolean {
  const expected = new URL(site).origin;
  const origin = headers.get('origin');
  if (origin !== null) return origin === expected;
  const referer = headers.get('referer');
  if (!referer) return false;
  try {
    return new URL(referer).origin === expected;
  } catch {
    return false;
  }
}
