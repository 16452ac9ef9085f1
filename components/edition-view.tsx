import type { EditionDetail } from '@/lib/catalogue/types';
import { entryNumber, numberedParts } from '@/lib/catalogue/numbering';
import { formatDate, formatPeriod } from '@/lib/dates';
import { asOfText } from '@/lib/labels';
import { EntryCard } from './entry-card';
import { EmailLink } from './subscribe/email-link';

/**
 * An edition as the digest presents it: observations, then the four parts with numbered entries.
 * Its contents list is reachable from anywhere in the parts: a "Back to contents" link stays at the
 * bottom of the screen while they scroll by (CSS only, no script).
 */
export function EditionView({ edition, isLatest = false, today }: { edition: EditionDetail; isLatest?: boolean; today: string }) {
  const parts = numberedParts(edition);
  const total = parts.reduce((n, p) => n + p.entries.length, 0);
  return (
    <div className="edition">
      <header className="edition-header">
        <p className="eyebrow">{isLatest ? 'Latest edition' : 'Edition'}</p>
        <h1>{edition.title}</h1>
        <p className="edition-period">{formatPeriod(edition.periodStart, edition.periodEnd)}</p>
        <p className="edition-meta">
          {total} {total === 1 ? 'entry' : 'entries'}
          {' · '}
          {/* An edition without `published` says so, rather than leave a reader to wonder. */}
          {edition.published ? (
            <>
              Published <time dateTime={edition.published}>{formatDate(edition.published)}</time>
            </>
          ) : (
            <span className="muted">publication date not given</span>
          )}
          {' · '}
          <a href="/editions">All editions</a>
        </p>
        <p className="print-only edition-as-of">Statuses {asOfText(today)}.</p>
        <p className="edition-email">
          <EmailLink>Get each edition by email</EmailLink>
        </p>
      </header>

      {parts.length > 1 && (
        <nav className="contents" id="contents" aria-label="In this edition">
          <ol>
            {parts.map((part) => (
              <li key={part.category}>
                <span className="contents-number" aria-hidden="true">
                  {part.number}
                </span>
                <span>
                  <a href={`#part-${part.category}`}>{part.label}</a> <span className="muted">({part.entries.length})</span>
                </span>
              </li>
            ))}
          </ol>
        </nav>
      )}

      {edition.bodyHtml && (
        <section className="observations" aria-labelledby="observations">
          <h2 id="observations">Our Observations</h2>
          <div className="prose" dangerouslySetInnerHTML={{ __html: edition.bodyHtml }} />
        </section>
      )}
      <div className="edition-parts">
        {parts.map((part) => (
          <section key={part.category} className="part" aria-labelledby={`part-${part.category}`}>
            <h2 id={`part-${part.category}`}>
              <span className="part-number">Part {part.number}</span> {part.label}
            </h2>
            <ol className="entry-list">
              {part.entries.map((entry, n) => (
                <li key={entry.slug}>
                  <EntryCard entry={entry} number={entryNumber(entry, n)} />
                </li>
              ))}
            </ol>
          </section>
        ))}
        {parts.length > 1 && (
          <p className="to-contents">
            <a href="#contents">
              <span aria-hidden="true">↑ </span>Back to contents
            </a>
          </p>
        )}
      </div>
      <p className="archive-link">
        <a href="/editions">Browse all editions</a>
      </p>
    </div>
  );
}
