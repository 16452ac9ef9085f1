import { getSnapshot } from '@/lib/catalogue/snapshot';
import { getFeedEntries } from '@/lib/catalogue/views';
import { SITE_NAME } from '@/lib/constants';
import { chinaToday } from '@/lib/dates';
import { atomResponse, buildAtomFeed, feedNotFound } from '@/lib/feeds';
import { paths } from '@/lib/site';

/** One authority's newest entries, its local offices' included (as on its page). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const snapshot = await getSnapshot();
  const authority = snapshot.authority(id);
  if (!authority) return feedNotFound('authority');
  const name = authority.abbr ? `${authority.name} (${authority.abbr})` : authority.name;
  return atomResponse(
    buildAtomFeed({
      selfPath: paths.authorityFeed(id),
      alternatePath: paths.authority(id),
      title: `${SITE_NAME}: ${name}`,
      subtitle: `New entries issued by the ${authority.name}${snapshot.offices(id).length ? ' and its local offices' : ''}.`,
      entries: getFeedEntries(snapshot, { authority: id }, chinaToday()),
      fallbackUpdated: snapshot.loadedAt,
    }),
  );
}
