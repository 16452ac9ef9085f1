import type { NextRequest } from 'next/server';
import { calendarEvents } from '@/lib/calendar';
import { getSnapshot } from '@/lib/catalogue/snapshot';
import { SITE_NAME } from '@/lib/constants';
import { chinaToday } from '@/lib/dates';
import { buildIcs } from '@/lib/ical';
import { describeFilters } from '@/lib/search/describe';
import { invalidParamsResponse } from '@/lib/search/http';
import { searchQueryString } from '@/lib/search/params';
import { matchAll } from '@/lib/search/service';
import { siteUrl } from '@/lib/site';

/**
 * GET /calendar.ics: what /calendar lists, as an iCalendar feed to subscribe to. Takes the search's
 * parameters; bad values answer 400 (a subscription must not silently widen to everything).
 */
export async function GET(request: NextRequest) {
  const snapshot = await getSnapshot();
  const { filters, problems, matches } = matchAll(snapshot, request.nextUrl.searchParams, chinaToday());
  if (problems.length) return invalidParamsResponse(problems);
  const origin = siteUrl();
  const qs = searchQueryString(filters);
  const scope = describeFilters(filters, snapshot);
  const body = buildIcs(
    calendarEvents(matches.map((m) => m.doc)),
    {
      origin,
      stamp: snapshot.loadedAt,
      name: `${SITE_NAME}: key dates${scope ? ` (${scope})` : ''}`,
      pageUrl: `${origin}/calendar${qs ? `?${qs}` : ''}`,
      issuerName: (id) => snapshot.authority(id)?.name ?? id,
    },
  );
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="tmt-digest-calendar.ics"',
      'Cache-Control': 'no-cache',
    },
  });
}
