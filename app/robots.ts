import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site';

/** Everything may be crawled; the sitemap lists every published page. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
