import { getCatalogueLoadedAt, getFeedEntries } from '@/lib/catalogue/queries';
import { SITE_NAME } from '@/lib/constants';
import { atomResponse, buildAtomFeed } from '@/lib/feeds';
import { paths } from '@/lib/site';

// Read from the catalogue being served on every request, like the pages (see app/layout.tsx).
export const dynamic = 'force-dynamic';

/** The site feed: the newest entries by date issued. */
export async function GET() {
  const [entries, loadedAt] = await Promise.all([getFeedEntries({ limit: 50 }), getCatalogueLoadedAt()]);
  return atomResponse(
    buildAtomFeed({
      selfPath: paths.feed,
      alternatePath: '/',
      title: `${SITE_NAME}: newest entries`,
      subtitle: 'China technology, media and telecom regulation: regulations, standards, enforcement and court judgments.',
      entries,
      fallbackUpdated: loadedAt ? new Date(loadedAt) : undefined,
    }),
  );
}
