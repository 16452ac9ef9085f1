import { CalendarDate } from '@/components/calendar-date';
import { EntryTimeline } from '@/components/calendar/entry-timeline';
import { EntryCard } from '@/components/entry-card';
import { IssuerList } from '@/components/issuer-list';
import { ShareTools } from '@/components/share-tools';
import { StatusLine } from '@/components/status-badge';
import type { EntryDetail } from '@/lib/catalogue/types';
import { entryByline, formatCitation } from '@/lib/citation';
import { CATEGORIES, NATIONAL, SITE_NAME, categoryLabel, categoryShort } from '@/lib/constants';
import { formatDate, formatPeriod } from '@/lib/dates';
import { asOfText, issuedLabel } from '@/lib/labels';
import { entryJsonLd, serializeJsonLd } from '@/lib/json-ld';
import { firstSentence, truncate, type PageMeta } from '@/lib/metadata';
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
 * An entry's permalink page, the page a shared link opens, often on a phone. Its first screen says
 * what it is: the title, the short name and the Chinese title, the status with the date it turns on,
 * who issued it and when, the summary's first sentence, and the official source. Then the facts,
 * the digest's text, the key dates against `today` (China time), the sources, how to cite it, and
 * related entries (in print: their titles only).
 */
export function EntryView({ entry, today }: { entry: EntryDetail; today: string }) {
  const partIndex = CATEGORIES.findIndex((c) => c.id === entry.category);
  const url = absoluteUrl(paths.entry(entry.slug));
  const citation = formatCitation(entry, today);
  const isCase = entry.category === 'judgment' || entry.category === 'enforcement';
  // The first source is the official one (docs/content-format.md: "official text and other links").
  const official = entry.sources[0] ?? null;
  const sentence = firstSentence(entry.summary);
  // A written summary's other sentences follow the facts; a summary taken from the body is the body's start.
  const rest = entry.summaryWritten && entry.summary.startsWith(sentence) ? entry.summary.slice(sentence.length).trim() : '';

  return (
    <article className="entry" aria-labelledby="entry-title">
      <p className="print-only print-source">
        {SITE_NAME} · {categoryLabel(entry.category)} · {url}
      </p>
      <header className="entry-header">
        <p className="eyebrow">
          {categoryShort(entry.category)}
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
            <StatusLine entry={entry} today={today} style="long" />
            <span className="print-inline"> ({asOfText(today)})</span>
          </p>
        )}
        <p className="entry-byline">
          <span className="dated date-issued">
            {issuedLabel(entry.category)} <time dateTime={entry.issued}>{formatDate(entry.issued)}</time>
          </span>{' '}
          by <IssuerList issuers={entry.issuers} note={entry.issuersNote} />
        </p>
        {sentence && <p className="lede">{sentence}</p>}
        {official && (
          <p className="entry-official">
            <a className="button official-link" href={official.url} rel="external noopener noreferrer">
              Official source<span className="official-label">: {official.label}</span>
              <span className="official-host"> ({new URL(official.url).hostname})</span>
            </a>
          </p>
        )}
      </header>

      <ShareTools url={url} citation={citation} />

      <dl className="facts">
        <dt>{entry.issuers.length > 1 ? 'Issuers' : 'Issuer'}</dt>
        <dd>
          <IssuerList issuers={entry.issuers} note={entry.issuersNote} />
        </dd>
        <dt>{issuedLabel(entry.category)}</dt>
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
            <dt>{entry.commentDeadline >= today ? 'Comments close' : 'Comments closed'}</dt>
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
        <dt>Category</dt>
        <dd>{categoryLabel(entry.category)}</dd>
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

      {rest && <p className="summary-rest">{rest}</p>}
      <div className="prose" dangerouslySetInnerHTML={{ __html: entry.bodyHtml }} />

      <EntryTimeline slug={entry.slug} entry={entry} today={today} />

      {entry.sources.length > 0 && (
        <section className="entry-section" aria-labelledby="sources">
          <h2 id="sources">Sources</h2>
          <ul className="source-list">
            {entry.sources.map((s, i) => (
              <li key={s.url}>
                <a href={s.url} rel="external noopener noreferrer">
                  {s.label}
                </a>
                <span className="source-host"> ({new URL(s.url).hostname})</span>
                {i === 0 && <span className="source-official"> · official source</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="entry-section cite" aria-labelledby="cite">
        <h2 id="cite">Cite as</h2>
        <p className="citation">
          <WithChinese text={citation} zh={entry.titleZh} />
        </p>
      </section>

      {entry.related.length > 0 && (
        <section className="entry-section related" aria-labelledby="related">
          <h2 id="related">Related entries</h2>
          <ul className="entry-list compact">
            {entry.related.map((r) => (
              <li key={r.slug}>
                <EntryCard entry={r} headingLevel={3} compact />
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
              <span className="pager-title">{entry.previous.title}</span>
            </a>
          ) : (
            <span />
          )}
          {entry.next ? (
            <a href={paths.entry(entry.next.slug)} rel="next" className="pager-next">
              <span className="pager-label">Next</span>
              <span className="pager-title">{entry.next.title}</span>
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

/** `text` with its first occurrence of `zh` marked as Chinese (lang), the text itself unchanged. */
function WithChinese({ text, zh }: { text: string; zh: string | null }) {
  const at = zh ? text.indexOf(zh) : -1;
  if (!zh || at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <span lang="zh-CN">{zh}</span>
      {text.slice(at + zh.length)}
    </>
  );
}
