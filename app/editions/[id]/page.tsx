import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EditionView } from '@/components/edition-view';
import { getEdition, getEditionIds } from '@/lib/catalogue/queries';
import { formatPeriod } from '@/lib/dates';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/site';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const edition = await getEdition(id);
  if (!edition) return { title: 'Page not found' };
  const period = formatPeriod(edition.periodStart, edition.periodEnd);
  return pageMetadata({
    title: `${edition.title}, ${period}`,
    description: `${edition.title}, ${period}: regulations, standards, enforcement actions and court judgments in China's technology, media and telecom sectors.`,
    path: paths.edition(edition.id),
  });
}

export default async function EditionPage({ params }: Props) {
  const { id } = await params;
  const [edition, ids] = await Promise.all([getEdition(id), getEditionIds()]);
  if (!edition) notFound();
  return <EditionView edition={edition} isLatest={ids[0] === edition.id} />;
}
