import type { NextRequest } from 'next/server';
import { getFeedEntries } from '@/lib/catalogue/views';
import { SITE_NAME } from '@/lib/constants';
import { atom, buildAtomFeed, feedNotFound } from '@/lib/feeds';
import { serve } from '@/lib/html/serve';
import { paths } from '@/lib/site';

/** One authority's newest entries, its local offices' included (as on its page). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return serve(request, ({ snapshot, today }) => {
    const authority = snapshot.authority(id);
    if (!authority) return feedNotFound('authority');
    const name = authority.abbr ? `${authority.name} (${authority.abbr})` : authority.name;
    return atom(
      buildAtomFeed({
        selfPath: paths.authorityFeed(id),
        alternatePath: paths.authority(id),
        title: `${SITE_NAME}: ${name}`,
        subtitle: `New entries issued by the ${authority.name}${snapshot.offices(id).length ? ' and its local offices' : ''}.`,
        entries: getFeedEntries(snapshot, { authority: id }, today),
        fallbackUpdated: snapshot.loadedAt,
      }),
    );
  });
}
