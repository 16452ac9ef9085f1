import type { NextRequest } from 'next/server';
import { SITE_NAME } from '@/lib/constants';
import { chinaToday } from '@/lib/dates';
import { atomResponse, buildAtomFeed } from '@/lib/feeds';
import { cardOf } from '@/lib/search/cards';
import { describeFilters } from '@/lib/search/describe';
import { invalidParamsResponse } from '@/lib/search/http';
import { searchQueryString } from '@/lib/search/params';
import { matchAll } from '@/lib/search/service';

export const dynamic = 'force-dynamic';

const FEED_SIZE = 50;

/** GET /search/feed.xml?<a search's parameters>: "follow this search", its newest matches as Atom. */
export async function GET(request: NextRequest) {
  const { filters, problems, matches, engine, loadedAt } = await matchAll(request.nextUrl.searchParams, chinaToday());
  if (problems.length) return invalidParamsResponse(problems);
  // A feed follows what is new, whatever order the search page shows: newest issued first.
  const newest = [...matches].sort((a, b) => (a.doc.issued === b.doc.issued ? (a.doc.slug < b.doc.slug ? -1 : 1) : a.doc.issued < b.doc.issued ? 1 : -1));
  const qs = searchQueryString({ ...filters, sort: filters.q ? 'relevance' : 'newest' });
  const described = describeFilters(filters, engine);
  return atomResponse(
    buildAtomFeed({
      selfPath: `/search/feed.xml${qs ? `?${qs}` : ''}`,
      alternatePath: `/search${qs ? `?${qs}` : ''}`,
      title: `${SITE_NAME}: ${described || 'all entries'}`,
      subtitle: `New entries matching this search${described ? `: ${described}` : ''}.`,
      entries: newest.slice(0, FEED_SIZE).map((m) => cardOf(m, engine)),
      fallbackUpdated: loadedAt,
    }),
  );
}
