import { getCatalogueLoadedAt, getFeedEntries, getTopic } from '@/lib/catalogue/queries';
import { SITE_NAME } from '@/lib/constants';
import { atomResponse, buildAtomFeed } from '@/lib/feeds';
import { paths } from '@/lib/site';

// Read from the catalogue being served on every request, like the pages (see app/layout.tsx).
export const dynamic = 'force-dynamic';

/** One topic's newest entries. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const topic = await getTopic(id);
  if (!topic) return new Response('No such topic', { status: 404 });
  const [entries, loadedAt] = await Promise.all([getFeedEntries({ topic: id, limit: 50 }), getCatalogueLoadedAt()]);
  return atomResponse(
    buildAtomFeed({
      selfPath: paths.topicFeed(id),
      alternatePath: paths.topic(id),
      title: `${SITE_NAME}: ${topic.label}`,
      subtitle: `New entries on ${topic.label}.`,
      entries,
      fallbackUpdated: loadedAt ? new Date(loadedAt) : undefined,
    }),
  );
}
