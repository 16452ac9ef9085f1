import type { Metadata } from 'next';
import { EditionView } from '@/components/edition-view';
import { getNewestEdition } from '@/lib/catalogue/queries';
import { SITE_NAME } from '@/lib/constants';
import { formatPeriod } from '@/lib/dates';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata(): Promise<Metadata> {
  const edition = await getNewestEdition();
  const period = edition ? `: ${formatPeriod(edition.periodStart, edition.periodEnd)}` : '';
  return pageMetadata({
    title: `${SITE_NAME}${period}`,
    absoluteTitle: true,
    description: edition
      ? `${edition.title}, ${formatPeriod(edition.periodStart, edition.periodEnd)}: China's new technology, media and telecom regulations, standards, enforcement actions and court judgments.`
      : 'China technology, media and telecom regulation, digested monthly.',
    path: '/',
  });
}

export default async function HomePage() {
  const edition = await getNewestEdition();
  if (!edition) {
    return (
      <div className="empty">
        <h1>No edition yet</h1>
        <p>The catalogue has no digest edition. Add one under content/editions/ and run npm run content:load.</p>
      </div>
    );
  }
  return <EditionView edition={edition} isLatest />;
}
