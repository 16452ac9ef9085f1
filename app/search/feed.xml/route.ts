import type { NextRequest } from 'next/server';
import { cardOf } from '@/lib/catalogue/views';
import { SITE_NAME } from '@/lib/constants';
import { atom, buildAtomFeed } from '@/lib/feeds';
import { serve } from '@/lib/html/serve';
import { describeFilters } from '@/lib/search/describe';
import { invalidParamsResponse } from '@/lib/search/http';
import { searchQueryString } from '@/lib/search/params';
import { matchAll } from '@/lib/search/service';

const FEED_SIZE = 50;

/** GET /search/feed.xml?<a search's parameters>: "follow this search", its newest matches as Atom. */
export function GET(request: NextRequest) {
  return serve(request, ({ snapshot, today }) => {
    // A feed follows what is new, whatever order the search page shows: newest issued first.
    const params = new URLSearchParams(request.nextUrl.searchParams);
    params.set('sort', 'newest');
    const { filters, problems, matches } = matchAll(snapshot, params, today);
    if (problems.length) return invalidParamsResponse(problems);
    const qs = searchQueryString({ ...filters, sort: filters.q ? 'relevance' : 'newest' });
    const described = describeFilters(filters, snapshot);
    return atom(
      buildAtomFeed({
        selfPath: `/search/feed.xml${qs ? `?${qs}` : ''}`,
        alternatePath: `/search${qs ? `?${qs}` : ''}`,
        title: `${SITE_NAME}: ${described || 'all entries'}`,
        subtitle: `New entries matching this search${described ? `: ${described}` : ''}.`,
        entries: matches.slice(0, FEED_SIZE).map((m) => cardOf(snapshot, m.doc, today)),
        fallbackUpdated: snapshot.loadedAt,
      }),
    );
  });
}
