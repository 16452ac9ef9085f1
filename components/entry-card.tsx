import type { EntryCard as Card } from '@/lib/catalogue/types';
import { CATEGORIES } from '@/lib/constants';
import type { SnippetPart } from '@/lib/search/types';
import { paths } from '@/lib/site';
import { CalendarDate } from './calendar-date';
import { IssuerList } from './issuer-list';
import { StatusBadge } from './status-badge';

/** One entry in a list: name linking to its permalink, who issued it, when, its status and teaser. */
export function EntryCard({
  entry,
  number,
  headingLevel = 3,
  showCategory = false,
  note,
  snippet,
  titleZhMarked,
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
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="entry-card" aria-labelledby={`entry-${entry.slug}`}>
      {(showCategory || note) && (
        <p className="entry-card-kicker">
          {showCategory && CATEGORIES.find((c) => c.id === entry.category)?.singular}
          {showCategory && entry.type && ` · ${entry.type}`}
          {showCategory && note && ' · '}
          {note && <span className="via-office">{note}</span>}
        </p>
      )}
      <Heading id={`entry-${entry.slug}`} className="entry-card-title">
        {number !== undefined && <span className="entry-number">{number}.</span>}
        {/* A plain link: the entry page is plain HTML, outside the client router (app/entries/[slug]/route.tsx). */}
        <a href={paths.entry(entry.slug)}>{entry.short ?? entry.title}</a>
      </Heading>
      {entry.short && <p className="entry-card-full-title">{entry.title}</p>}
      {entry.titleZh && (
        <p className="entry-card-zh" lang="zh-CN">
          {titleZhMarked ? <Marked parts={titleZhMarked} /> : entry.titleZh}
        </p>
      )}
      <p className="entry-meta">
        <IssuerList issuers={entry.issuers} note={entry.issuersNote} link={false} />
        <span aria-hidden="true" className="sep">
          {' '}
          ·{' '}
        </span>
        <CalendarDate value={entry.issued} />
        {entry.status && (
          <>
            {' '}
            <StatusBadge status={entry.status} trial={entry.trial} />
          </>
        )}
      </p>
      {snippet ? (
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
