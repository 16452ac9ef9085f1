import type { NextRequest } from 'next/server';
import { calendarEvents } from '@/lib/calendar';
import { SITE_NAME } from '@/lib/constants';
import { buildIcs } from '@/lib/ical';
import { siteUrl } from '@/lib/site';
import { describeFilters } from '@/lib/search/describe';
import { invalidParamsResponse } from '@/lib/search/http';
import { searchQueryString } from '@/lib/search/params';
import { matchAll } from '@/lib/search/service';

/**
 * GET /calendar.ics: what /calendar lists, as an iCalendar feed to subscribe to. Takes the search's
 * parameters; bad values answer 400 (a subscription must not silently widen to everything).
 */
export async function GET(request: NextRequest) {
  const { filters, problems, matches, engine, loadedAt } = await matchAll(request.nextUrl.searchParams);
  if (problems.length) return invalidParamsResponse(problems);
  const origin = siteUrl();
  const qs = searchQueryString(filters);
  const scope = describeFilters(filters, engine);
  const body = buildIcs(
    calendarEvents(matches.map((m) => m.doc)),
    {
      origin,
      stamp: loadedAt,
      name: `${SITE_NAME}: key dates${scope ? ` (${scope})` : ''}`,
      pageUrl: `${origin}/calendar${qs ? `?${qs}` : ''}`,
      issuerName: (id) => engine.authority(id)?.name ?? id,
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
