import type { NextRequest } from 'next/server';
import { EditionView } from '@/components/edition-view';
import { getEditionDetail } from '@/lib/catalogue/views';
import { formatPeriod } from '@/lib/dates';
import { notFoundPage, servePage } from '@/lib/html/page';
import { paths } from '@/lib/site';

type Context = { params: Promise<{ id: string }> };

/** One edition: observations, then the four parts with numbered entries. */
export async function GET(request: NextRequest, { params }: Context) {
  const { id } = await params;
  return servePage(request, async ({ snapshot, today }) => {
    const edition = await getEditionDetail(snapshot, id, today);
    if (!edition) return notFoundPage();
    const period = formatPeriod(edition.periodStart, edition.periodEnd);
    return {
      meta: {
        title: `${edition.title}, ${period}`,
        description: `${edition.title}, ${period}: regulations, standards, enforcement actions and court judgments in China's technology, media and telecom sectors.`,
        path: paths.edition(edition.id),
        section: 'editions',
      },
      body: <EditionView edition={edition} isLatest={snapshot.editions[0]?.id === edition.id} today={today} />,
    };
  });
}
