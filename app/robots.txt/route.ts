import type { NextRequest } from 'next/server';
import { represent, serve } from '@/lib/html/serve';
import { absoluteUrl } from '@/lib/site';

// Read at run time: it depends on the catalogue being served and on SITE_URL.
export const dynamic = 'force-dynamic';

/** Everything may be crawled; the sitemap (at SITE_URL, read at run time) lists every published page. */
export function GET(request: NextRequest) {
  return serve(request, () => represent(`User-Agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`, 'text/plain; charset=utf-8'));
}
