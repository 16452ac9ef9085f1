import { getSnapshot } from '@/lib/catalogue/snapshot';
import { getFeedEntries } from '@/lib/catalogue/views';
import { SITE_NAME } from '@/lib/constants';
import { chinaToday } from '@/lib/dates';
import { atomResponse, buildAtomFeed } from '@/lib/feeds';
import { paths } from '@/lib/site';

/** The site feed: the newest entries by date issued. */
export async function GET() {
  const snapshot = await getSnapshot();
  return atomResponse(
    buildAtomFeed({
      selfPath: paths.feed,
      alternatePath: '/',
      title: `${SITE_NAME}: newest entries`,
      subtitle: 'China technology, media and telecom regulation: regulations, standards, enforcement and court judgments.',
      entries: getFeedEntries(snapshot, {}, chinaToday()),
      fallbackUpdated: snapshot.loadedAt,
    }),
  );
}
