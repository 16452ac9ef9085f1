import type { NextRequest } from 'next/server';
import { calendarEvents } from '@/lib/calendar';
import { SITE_NAME } from '@/lib/constants';
import { represent, serve } from '@/lib/html/serve';
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
export function GET(request: NextRequest) {
  return serve(request, ({ snapshot, today }) => {
    const { filters, problems, matches } = matchAll(snapshot, request.nextUrl.searchParams, today);
    if (problems.length) return invalidParamsResponse(problems);
    const origin = siteUrl();
    const qs = searchQueryString(filters);
    const scope = describeFilters(filters, snapshot);
    const body = buildIcs(calendarEvents(matches.map((m) => m.doc)), {
      origin,
      stamp: snapshot.loadedAt,
      name: `${SITE_NAME}: key dates${scope ? ` (${scope})` : ''}`,
      pageUrl: `${origin}/calendar${qs ? `?${qs}` : ''}`,
      issuerName: (id) => snapshot.authority(id)?.name ?? id,
    });
    return represent(body, 'text/calendar; charset=utf-8', 200, { 'Content-Disposition': 'inline; filename="tmt-digest-calendar.ics"' });
  });
}
