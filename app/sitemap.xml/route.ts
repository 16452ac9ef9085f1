import type { NextRequest } from 'next/server';
import { represent, serve } from '@/lib/html/serve';
import { escapeHtml } from '@/lib/html/escape';
import { absoluteUrl, paths } from '@/lib/site';

// Read at run time: it depends on the catalogue being served and on SITE_URL.
export const dynamic = 'force-dynamic';

/** Every published page: home, editions, entries, authorities and topics (sitemaps.org 0.9). */
export function GET(request: NextRequest) {
  return serve(request, ({ snapshot: s }) => {
    const urls: { loc: string; changefreq?: string; priority: number }[] = [
      { loc: absoluteUrl('/'), changefreq: 'monthly', priority: 1 },
      { loc: absoluteUrl('/editions'), changefreq: 'monthly', priority: 0.5 },
      ...s.editions.map((e) => ({ loc: absoluteUrl(paths.edition(e.id)), priority: 0.6 })),
      ...s.entries.map((e) => ({ loc: absoluteUrl(paths.entry(e.slug)), priority: 0.8 })),
      { loc: absoluteUrl('/authorities'), priority: 0.5 },
      ...[...s.authorities].sort((a, b) => a.id.localeCompare(b.id)).map((a) => ({ loc: absoluteUrl(paths.authority(a.id)), priority: 0.4 })),
      { loc: absoluteUrl('/topics'), priority: 0.5 },
      ...s.topics.map((t) => ({ loc: absoluteUrl(paths.topic(t.id)), priority: 0.4 })),
    ];
    const body = urls
      .map((u) => `<url>\n<loc>${escapeHtml(u.loc)}</loc>\n${u.changefreq ? `<changefreq>${u.changefreq}</changefreq>\n` : ''}<priority>${u.priority}</priority>\n</url>`)
      .join('\n');
    return represent(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`, 'application/xml');
  });
}
