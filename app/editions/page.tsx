import type { Metadata } from 'next';
import Link from 'next/link';
import { getEditions } from '@/lib/catalogue/queries';
import { CATEGORIES } from '@/lib/constants';
import { formatDate, formatPeriod } from '@/lib/dates';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Editions',
  description: 'Every edition of the digest, newest first, with the number of entries in each part.',
  path: '/editions',
});

export default async function EditionsPage() {
  const editions = await getEditions();
  return (
    <div className="listing">
      <header className="page-header">
        <p className="eyebrow">Archive</p>
        <h1>Editions</h1>
        <p className="page-intro">Each edition covers one or two months, newest first.</p>
      </header>
      {editions.length === 0 ? (
        <p>No editions yet.</p>
      ) : (
        <ol className="edition-list">
          {editions.map((e) => {
            const total = Object.values(e.counts).reduce((a, b) => a + b, 0);
            return (
              <li key={e.id} className="edition-item">
                <h2>
                  <Link href={paths.edition(e.id)}>{formatPeriod(e.periodStart, e.periodEnd)}</Link>
                </h2>
                <p className="edition-item-title">
                  {e.title}
                  {e.published && (
                    <span className="muted">
                      {' '}
                      · published <time dateTime={e.published}>{formatDate(e.published)}</time>
                    </span>
                  )}
                </p>
                <p className="muted">
                  {total} {total === 1 ? 'entry' : 'entries'}
                </p>
                <dl className="part-counts">
                  {CATEGORIES.map((c) => (
                    <div key={c.id}>
                      <dt>{c.label}</dt>
                      <dd>{e.counts[c.id]}</dd>
                    </div>
                  ))}
                </dl>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
