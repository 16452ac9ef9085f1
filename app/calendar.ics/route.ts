import type { NextRequest } from 'next/server';
import { eventsBetween } from '@/lib/calendar';
import { parseFeedWindow } from '@/lib/calendar-params';
import { SITE_NAME } from '@/lib/constants';
import { formatDate } from '@/lib/dates';
import { represent, serve } from '@/lib/html/serve';
import { buildIcs } from '@/lib/ical';
import { describeFilters } from '@/lib/search/describe';
import { invalidParamsResponse } from '@/lib/search/http';
import { searchQueryString } from '@/lib/search/params';
import { matchAll } from '@/lib/search/service';
import { siteUrl } from '@/lib/site';

/**
 * GET /calendar.ics: the dates /calendar lists, as an iCalendar feed to subscribe to. Takes the
 * search's parameters and `since`/`until` (YYYY-MM-DD, both included); without `since` it holds the
 * last 12 months (China time) and everything upcoming, so a subscriber's calendar keeps a year of
 * history. Bad values answer 400 (a subscription must not silently widen to everything).
 */
export function GET(request: NextRequest) {
  return serve(request, ({ snapshot, today }) => {
    const params = request.nextUrl.searchParams;
    const { filters, problems, matches } = matchAll(snapshot, params, today);
    const { window, problems: windowProblems } = parseFeedWindow(params, today);
    if (problems.length || windowProblems.length) return invalidParamsResponse([...problems, ...windowProblems]);
    const origin = siteUrl();
    const qs = searchQueryString(filters);
    const scope = describeFilters(filters, snapshot);
    // A feed asked for a period says which (a download of one month); the default one needs no note.
    const period = window.until ? `${formatDate(window.since)} to ${formatDate(window.until)}` : params.get('since') ? `from ${formatDate(window.since)}` : '';
    const body = buildIcs(
      eventsBetween(
        matches.map((m) => m.doc),
        window.since,
        window.until,
      ),
      {
        origin,
        stamp: snapshot.loadedAt,
        name: `${SITE_NAME}: key dates${scope ? ` (${scope})` : ''}${period ? `, ${period}` : ''}`,
        pageUrl: `${origin}/calendar${qs ? `?${qs}` : ''}`,
        issuerName: (id) => snapshot.authority(id)?.name ?? id,
      },
    );
    return represent(body, 'text/calendar; charset=utf-8', 200, { 'Content-Disposition': 'inline; filename="tmt-digest-calendar.ics"' });
  });
}
