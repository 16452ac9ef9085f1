import type { NextRequest } from 'next/server';
import { getFeedEntries } from '@/lib/catalogue/views';
import { SITE_NAME } from '@/lib/constants';
import { atom, buildAtomFeed } from '@/lib/feeds';
import { serve } from '@/lib/html/serve';
import { paths } from '@/lib/site';

// Read at run time: it depends on the catalogue being served and on SITE_URL.
export const dynamic = 'force-dynamic';

/** The site feed: the newest entries by date issued. */
export function GET(request: NextRequest) {
  return serve(request, ({ snapshot, today }) =>
    atom(
      buildAtomFeed({
        selfPath: paths.feed,
        alternatePath: '/',
        title: `${SITE_NAME}: newest entries`,
        subtitle: 'China technology, media and telecom regulation: regulations, standards, enforcement and court judgments.',
        entries: getFeedEntries(snapshot, {}, today),
        fallbackUpdated: snapshot.loadedAt,
      }),
    ),
  );
}
