import type { MetadataRoute } from 'next';
import { getSitemapData } from '@/lib/catalogue/queries';
import { absoluteUrl, paths } from '@/lib/site';

// Read from the catalogue being served on every request, like the pages (see app/layout.tsx).
export const dynamic = 'force-dynamic';

/** Every published page: home, editions, entries, authorities and topics. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const data = await getSitemapData();
  return [
    { url: absoluteUrl('/'), changeFrequency: 'monthly', priority: 1 },
    { url: absoluteUrl('/editions'), changeFrequency: 'monthly', priority: 0.5 },
    ...data.editions.map((e) => ({ url: absoluteUrl(paths.edition(e.id)), priority: 0.6 })),
    ...data.entries.map((e) => ({ url: absoluteUrl(paths.entry(e.slug)), priority: 0.8 })),
    { url: absoluteUrl('/authorities'), priority: 0.5 },
    ...data.authorities.map((id) => ({ url: absoluteUrl(paths.authority(id)), priority: 0.4 })),
    { url: absoluteUrl('/topics'), priority: 0.5 },
    ...data.topics.map((id) => ({ url: absoluteUrl(paths.topic(id)), priority: 0.4 })),
  ];
}
