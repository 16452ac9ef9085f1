import type { MetadataRoute } from 'next';
import { getSnapshot } from '@/lib/catalogue/snapshot';
import { absoluteUrl, paths } from '@/lib/site';

// Read from the catalogue being served on every request, like the pages.
export const dynamic = 'force-dynamic';

/** Every published page: home, editions, entries, authorities and topics. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const s = await getSnapshot();
  return [
    { url: absoluteUrl('/'), changeFrequency: 'monthly', priority: 1 },
    { url: absoluteUrl('/editions'), changeFrequency: 'monthly', priority: 0.5 },
    ...s.editions.map((e) => ({ url: absoluteUrl(paths.edition(e.id)), priority: 0.6 })),
    ...s.entries.map((e) => ({ url: absoluteUrl(paths.entry(e.slug)), priority: 0.8 })),
    { url: absoluteUrl('/authorities'), priority: 0.5 },
    ...[...s.authorities].sort((a, b) => a.id.localeCompare(b.id)).map((a) => ({ url: absoluteUrl(paths.authority(a.id)), priority: 0.4 })),
    { url: absoluteUrl('/topics'), priority: 0.5 },
    ...s.topics.map((t) => ({ url: absoluteUrl(paths.topic(t.id)), priority: 0.4 })),
  ];
}
