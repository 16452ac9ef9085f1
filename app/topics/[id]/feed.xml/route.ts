import { getSnapshot } from '@/lib/catalogue/snapshot';
import { getFeedEntries } from '@/lib/catalogue/views';
import { SITE_NAME } from '@/lib/constants';
import { chinaToday } from '@/lib/dates';
import { atomResponse, buildAtomFeed, feedNotFound } from '@/lib/feeds';
import { paths } from '@/lib/site';

/** One topic's newest entries. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const snapshot = await getSnapshot();
  const topic = snapshot.topic(id);
  if (!topic) return feedNotFound('topic');
  return atomResponse(
    buildAtomFeed({
      selfPath: paths.topicFeed(id),
      alternatePath: paths.topic(id),
      title: `${SITE_NAME}: ${topic.label}`,
      subtitle: `New entries on ${topic.label}.`,
      entries: getFeedEntries(snapshot, { topic: id }, chinaToday()),
      fallbackUpdated: snapshot.loadedAt,
    }),
  );
}
