import type { NextRequest } from 'next/server';
import { EditionView } from '@/components/edition-view';
import { getEditionDetail } from '@/lib/catalogue/views';
import { SITE_NAME } from '@/lib/constants';
import { formatPeriod } from '@/lib/dates';
import { servePage } from '@/lib/html/page';

/** The home page: the newest edition (by period end), the month's highlights. */
export function GET(request: NextRequest) {
  return servePage(request, async ({ snapshot, today }) => {
    const newest = snapshot.editions[0];
    const edition = newest ? await getEditionDetail(snapshot, newest.id, today) : null;
    if (!edition) {
      return {
        meta: { title: SITE_NAME, absoluteTitle: true, description: 'China technology, media and telecom regulation, digested monthly.', path: '/', section: 'latest' },
        body: (
          <div className="empty">
            <h1>No edition yet</h1>
            <p>The catalogue has no digest edition. Add one under content/editions/ and run npm run content:load.</p>
          </div>
        ),
      };
    }
    const period = formatPeriod(edition.periodStart, edition.periodEnd);
    return {
      meta: {
        title: `${SITE_NAME}: ${period}`,
        absoluteTitle: true,
        description: `${edition.title}, ${period}: China's new technology, media and telecom regulations, standards, enforcement actions and court judgments.`,
        path: '/',
        section: 'latest',
      },
      body: <EditionView edition={edition} isLatest today={today} />,
    };
  });
}
