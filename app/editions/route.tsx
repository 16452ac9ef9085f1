import type { NextRequest } from 'next/server';
import { getEditionSummaries } from '@/lib/catalogue/views';
import { CATEGORIES } from '@/lib/constants';
import { formatDate, formatPeriod } from '@/lib/dates';
import { servePage } from '@/lib/html/page';
import { paths } from '@/lib/site';

/** The archive: every edition, newest first, with its counts per part. */
export function GET(request: NextRequest) {
  return servePage(request, ({ snapshot }) => ({
    meta: { title: 'Editions', description: 'Every edition of the digest, newest first, with the number of entries in each part.', path: '/editions', section: 'editions' },
    body: <EditionsList editions={getEditionSummaries(snapshot)} />,
  }));
}

function EditionsList({ editions }: { editions: ReturnType<typeof getEditionSummaries> }) {
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
                  <a href={paths.edition(e.id)}>{formatPeriod(e.periodStart, e.periodEnd)}</a>
                </h2>
                <p className="edition-item-title">
                  {e.title}
                  <span className="muted">
                    {' · '}
                    {e.published ? (
                      <>
                        Published <time dateTime={e.published}>{formatDate(e.published)}</time>
                      </>
                    ) : (
                      'publication date not given'
                    )}
                  </span>
                </p>
                <p className="muted">
                  {total} {total === 1 ? 'entry' : 'entries'}:
                </p>
                {/* Plain counts; each part with entries links to it in the edition. */}
                <ul className="part-counts">
                  {CATEGORIES.map((c) => (
                    <li key={c.id} className={e.counts[c.id] ? undefined : 'is-empty'}>
                      <span className="count">{e.counts[c.id]}</span>{' '}
                      {e.counts[c.id] ? <a href={`${paths.edition(e.id)}#part-${c.id}`}>{c.label}</a> : <span className="part-name">{c.label}</span>}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
