import { getCatalogueLoadedAt, getFeedEntries, getTopic, getTopicIds } from '@/lib/catalogue/queries';
import { SITE_NAME } from '@/lib/constants';
import { atomResponse, buildAtomFeed } from '@/lib/feeds';
import { paths } from '@/lib/site';

// Items carry statuses, which follow the calendar: regenerated hourly like the pages.
export const revalidate = 3600;

export async function generateStaticParams() {
  return (await getTopicIds()).map((id) => ({ id }));
}

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
