import { getAuthority, getCatalogueLoadedAt, getFeedEntries } from '@/lib/catalogue/queries';
import { SITE_NAME } from '@/lib/constants';
import { atomResponse, buildAtomFeed } from '@/lib/feeds';
import { paths } from '@/lib/site';

// Read from the catalogue being served on every request, like the pages (see app/layout.tsx).
export const dynamic = 'force-dynamic';

/** One authority's newest entries, its local offices' included (as on its page). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const authority = await getAuthority(id);
  if (!authority) return new Response('No such authority', { status: 404 });
  const [entries, loadedAt] = await Promise.all([getFeedEntries({ authority: id, limit: 50 }), getCatalogueLoadedAt()]);
  const name = authority.abbr ? `${authority.name} (${authority.abbr})` : authority.name;
  return atomResponse(
    buildAtomFeed({
      selfPath: paths.authorityFeed(id),
      alternatePath: paths.authority(id),
      title: `${SITE_NAME}: ${name}`,
      subtitle: `New entries issued by the ${authority.name}${authority.offices.length ? ' and its local offices' : ''}.`,
      entries,
      fallbackUpdated: loadedAt ? new Date(loadedAt) : undefined,
    }),
  );
}
