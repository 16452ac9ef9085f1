import type { NextRequest } from 'next/server';
import { CALENDAR_KIND_IDS, entryEvents, type CalendarKind } from '@/lib/calendar';
import { SITE_NAME } from '@/lib/constants';
import { represent, serve } from '@/lib/html/serve';
import { buildIcs } from '@/lib/ical';
import { invalidParamsResponse } from '@/lib/search/http';
import { siteUrl } from '@/lib/site';

type Context = { params: Promise<{ slug: string }> };

const notFound = (message: string) => new Response(`${message}\n`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** GET /entries/<slug>/calendar.ics?kind=effective|comment-deadline|repealed: one entry's date as a one-event file; 400 for another kind. */
export async function GET(request: NextRequest, { params }: Context) {
  const { slug } = await params;
  const kind = request.nextUrl.searchParams.get('kind') ?? '';
  // A bad kind is a bad request, whatever the entry: the same answer as other bad parameters.
  if (!(CALENDAR_KIND_IDS as string[]).includes(kind)) {
    return invalidParamsResponse([{ param: 'kind', value: kind.slice(0, 40), message: `'${kind.slice(0, 40)}' is not allowed; allowed values: ${CALENDAR_KIND_IDS.join(', ')}` }]);
  }
  return serve(request, ({ snapshot }) => {
    const doc = snapshot.entry(slug);
    if (!doc) {
      const target = snapshot.aliasTarget(slug);
      // A relative Location: the request's own host may be an internal one (behind a proxy).
      if (target) return new Response(null, { status: 308, headers: { Location: `/entries/${target}/calendar.ics?kind=${kind}` } });
      return notFound(`No entry '${slug.slice(0, 80)}'.`);
    }
    const event = entryEvents(doc).find((e) => e.kind === (kind as CalendarKind));
    if (!event) return notFound(`'${slug}' has no ${kind} date.`);
    const origin = siteUrl();
    const body = buildIcs([event], {
      origin,
      stamp: snapshot.loadedAt,
      name: `${SITE_NAME}: ${doc.short ?? doc.title}`,
      pageUrl: `${origin}/entries/${doc.slug}`,
      issuerName: (id) => snapshot.authority(id)?.name ?? id,
    });
    return represent(body, 'text/calendar; charset=utf-8', 200, { 'Content-Disposition': `attachment; filename="${doc.slug}-${kind}.ics"` });
  });
}
