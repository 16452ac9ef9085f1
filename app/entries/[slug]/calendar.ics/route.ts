import type { NextRequest } from 'next/server';
import { CALENDAR_KIND_IDS, entryEvents, type CalendarKind } from '@/lib/calendar';
import { getSnapshot } from '@/lib/catalogue/snapshot';
import { SITE_NAME } from '@/lib/constants';
import { buildIcs } from '@/lib/ical';
import { siteUrl } from '@/lib/site';

type Context = { params: Promise<{ slug: string }> };

const notFound = (message: string) => new Response(`${message}\n`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** GET /entries/<slug>/calendar.ics?kind=effective|comment-deadline|repealed: one entry's date as a one-event file. */
export async function GET(request: NextRequest, { params }: Context) {
  const { slug } = await params;
  const kind = request.nextUrl.searchParams.get('kind') ?? '';
  if (!(CALENDAR_KIND_IDS as string[]).includes(kind)) return notFound(`Unknown kind '${kind.slice(0, 40)}'; use one of: ${CALENDAR_KIND_IDS.join(', ')}.`);
  const snapshot = await getSnapshot();
  const doc = snapshot.entry(slug);
  if (!doc) {
    const target = snapshot.aliasTarget(slug);
    if (target) return Response.redirect(new URL(`/entries/${target}/calendar.ics?kind=${kind}`, request.url), 308);
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
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${doc.slug}-${kind}.ics"`,
    },
  });
}
