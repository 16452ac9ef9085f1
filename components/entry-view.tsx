import { CalendarDate } from '@/components/calendar-date';
import { EntryTimeline } from '@/components/calendar/entry-timeline';
import { EntryCard } from '@/components/entry-card';
import { IssuerList } from '@/components/issuer-list';
import { ShareTools } from '@/components/share-tools';
import { StatusBadge } from '@/components/status-badge';
import type { EntryDetail } from '@/lib/catalogue/types';
import { entryByline, formatCitation } from '@/lib/citation';
import { CATEGORIES, NATIONAL } from '@/lib/constants';
import { formatPeriod } from '@/lib/dates';
import { entryJsonLd, serializeJsonLd } from '@/lib/json-ld';
import { truncate, type PageMeta } from '@/lib/metadata';
import { absoluteUrl, paths } from '@/lib/site';

/** What an entry's page says about itself: its full title (some short names, "Draft", only make sense inside their edition). */
export function entryPageMeta(entry: EntryDetail): PageMeta {
  return {
    title: entry.title,
    description: truncate(`${entryByline(entry)}. ${entry.summary}`, 300),
    path: paths.entry(entry.slug),
    type: 'article',
  };
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * An entry's permalink page: what it is, who issued it and when, its status, the digest's text, its
 * key dates against `today` (China time), its sources, how to cite it, and related entries.
 */
export function EntryView({ entry, today }: { entry: EntryDetail; today: string }) {
  const partIndex = CATEGORIES.findIndex((c) => c.id === entry.category);
  const category = CATEGORIES[partIndex]!;
  const url = absoluteUrl(paths.entry(entry.slug));
  const citation = formatCitation(entry);
  const isCase = entry.category === 'judgment' || entry.category === 'enforcement';

  return (
    <article className="entry" aria-labelledby="entry-title">
      <p className="print-only print-source">
        {category.singular} from the China TMT Digest: {url}
      </p>
      <header className="entry-header">
        <p className="eyebrow">
          {category.singular}
          {entry.type ? <span className="eyebrow-type"> · {entry.type}</span> : null}
        </p>
        <h1 id="entry-title">{entry.title}</h1>
        {entry.short && (
          <p className="entry-short">
            <span className="label">Short name</span> {entry.short}
          </p>
        )}
        {entry.titleZh && (
          <p className="entry-zh" lang="zh-CN">
            {entry.titleZh}
          </p>
        )}
        {entry.status && (
          <p className="entry-status">
            <StatusBadge status={entry.status} trial={entry.trial} />
          </p>
        )}
      </header>

      <ShareTools url={url} citation={citation} />

      <dl className="facts">
        <dt>{entry.issuers.length > 1 ? 'Issuers' : 'Issuer'}</dt>
        <dd>
          <IssuerList issuers={entry.issuers} note={entry.issuersNote} />
        </dd>
        <dt>{entry.category === 'judgment' ? 'Decided' : 'Issued'}</dt>
        <dd>
          <CalendarDate value={entry.issued} />
        </dd>
        {entry.effective && (
          <>
            <dt>Effective</dt>
            <dd>
              <CalendarDate value={entry.effective} />
            </dd>
          </>
        )}
        {entry.commentDeadline && (
          <>
            <dt>Comments due</dt>
            <dd>
              <CalendarDate value={entry.commentDeadline} />
            </dd>
          </>
        )}
        {entry.repealed && (
          <>
            <dt>Repealed</dt>
            <dd>
              <CalendarDate value={entry.repealed} />
            </dd>
          </>
        )}
        {entry.docNumber && (
          <>
            <dt>{isCase ? 'Case / document no.' : 'Document no.'}</dt>
            <dd>{entry.docNumber}</dd>
          </>
        )}
        <dt>Jurisdiction</dt>
        <dd>{entry.jurisdiction === NATIONAL ? 'National' : entry.jurisdiction}</dd>
        {entry.topics.length > 0 && (
          <>
            <dt>Topics</dt>
            <dd>
              <ul className="inline-list">
                {entry.topics.map((t) => (
                  <li key={t.id}>
                    <a href={paths.topic(t.id)}>{t.label}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {entry.edition && (
          <>
            <dt>Edition</dt>
            <dd>
              <a href={paths.edition(entry.edition.id)}>{formatPeriod(entry.edition.periodStart, entry.edition.periodEnd)}</a>
              <span className="muted">
                {' '}
                · Part {ROMAN[partIndex]}
                {entry.order ? `, no. ${entry.order}` : ''}
              </span>
            </dd>
          </>
        )}
      </dl>

      {entry.summaryWritten && <p className="lede">{entry.summary}</p>}
      <div className="prose" dangerouslySetInnerHTML={{ __html: entry.bodyHtml }} />

      <EntryTimeline slug={entry.slug} entry={entry} today={today} />

      {entry.sources.length > 0 && (
        <section className="entry-section" aria-labelledby="sources">
          <h2 id="sources">Sources</h2>
          <ul className="source-list">
            {entry.sources.map((s) => (
              <li key={s.url}>
                <a href={s.url} rel="external noopener noreferrer">
                  {s.label}
                </a>
                <span className="source-host"> ({new URL(s.url).hostname})</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="entry-section cite" aria-labelledby="cite">
        <h2 id="cite">Cite as</h2>
        <p className="citation">{citation}</p>
      </section>

      {entry.related.length > 0 && (
        <section className="entry-section" aria-labelledby="related">
          <h2 id="related">Related entries</h2>
          <ul className="entry-list compact">
            {entry.related.map((r) => (
              <li key={r.slug}>
                <EntryCard entry={r} headingLevel={3} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {(entry.previous || entry.next) && entry.edition && (
        <nav className="pager" aria-label="Within this edition">
          {entry.previous ? (
            <a href={paths.entry(entry.previous.slug)} rel="prev" className="pager-prev">
              <span className="pager-label">Previous</span>
              <span className="pager-title">{entry.previous.short ?? entry.previous.title}</span>
            </a>
          ) : (
            <span />
          )}
          {entry.next ? (
            <a href={paths.entry(entry.next.slug)} rel="next" className="pager-next">
              <span className="pager-label">Next</span>
              <span className="pager-title">{entry.next.short ?? entry.next.title}</span>
            </a>
          ) : (
            <span />
          )}
        </nav>
      )}

      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(entryJsonLd(entry)) }} />
    </article>
  );
}
