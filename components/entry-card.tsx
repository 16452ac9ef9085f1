import type { EntryCard as Card } from '@/lib/catalogue/types';
import { categoryShort } from '@/lib/constants';
import { formatDateAs, issuedLabel } from '@/lib/labels';
import type { SnippetPart } from '@/lib/search/types';
import { paths } from '@/lib/site';
import { IssuerList } from './issuer-list';
import { StatusLine } from './status-badge';

/**
 * One entry in a list: its full English title linking to its permalink (a reader scanning a list
 * tells items apart by it), the digest's short name as a secondary label, the Chinese title, who
 * issued it and when, its status with the date it turns on, and a teaser. Every date is labelled.
 */
export function EntryCard({
  entry,
  number,
  headingLevel = 3,
  showCategory = false,
  note,
  snippet,
  titleZhMarked,
  compact = false,
}: {
  entry: Card;
  number?: number;
  headingLevel?: 2 | 3;
  /** Outside an edition's parts, say which part an entry belongs to. */
  showCategory?: boolean;
  /** A short remark above the title, e.g. "From a local office". */
  note?: string;
  /** In search results: the passage that matched, with the matched words marked, in place of the summary. */
  snippet?: SnippetPart[];
  /** In search results: the Chinese title with the matched characters marked, in place of the plain one. */
  titleZhMarked?: SnippetPart[] | null;
  /** Title, short name, dates and status only (related entries): no Chinese title, no teaser. */
  compact?: boolean;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const zh = compact ? null : entry.titleZh;
  return (
    <article className={compact ? 'entry-card is-compact' : 'entry-card'} aria-labelledby={`entry-${entry.slug}`}>
      {(showCategory || note) && (
        <p className="entry-card-kicker">
          {showCategory && categoryShort(entry.category)}
          {showCategory && entry.type && ` · ${entry.type}`}
          {showCategory && note && ' · '}
          {note && <span className="via-office">{note}</span>}
        </p>
      )}
      <Heading id={`entry-${entry.slug}`} className="entry-card-title">
        {number !== undefined && <span className="entry-number">{number}.</span>}
        {/* A plain link: the entry page is plain HTML, outside the client router (app/entries/[slug]/route.tsx). */}
        <a href={paths.entry(entry.slug)}>{entry.title}</a>
      </Heading>
      {(entry.short || zh) && (
        <p className="entry-card-names">
          {entry.short && (
            <span className="short-name">
              <span className="visually-hidden">Short name: </span>
              {entry.short}
            </span>
          )}
          {entry.short && zh && ' '}
          {zh && (
            <span className="entry-card-zh" lang="zh-CN">
              {titleZhMarked ? <Marked parts={titleZhMarked} /> : zh}
            </span>
          )}
        </p>
      )}
      <p className="entry-meta">
        <span className="dated date-issued">
          <span className="date-label">{issuedLabel(entry.category)}</span> <time dateTime={entry.issued}>{formatDateAs(entry.issued, 'short')}</time>
        </span>{' '}
        <span className="entry-by">
          by <IssuerList issuers={entry.issuers} note={entry.issuersNote} link={false} />
        </span>
        {entry.status && (
          <>
            <span aria-hidden="true" className="sep">
              {' '}
              ·{' '}
            </span>
            <StatusLine entry={entry} today={entry.asOf} style="short" />
          </>
        )}
      </p>
      {compact ? null : snippet ? (
        <p className="snippet">
          <Marked parts={snippet} />
        </p>
      ) : (
        entry.summary && <p className="entry-summary">{entry.summary}</p>
      )}
    </article>
  );
}

/** Text parts with the matched ones in `<mark>`. */
function Marked({ parts }: { parts: SnippetPart[] }) {
  return parts.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>));
}
