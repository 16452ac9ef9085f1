import Link from 'next/link';
import type { EntryCard as Card } from '@/lib/catalogue/queries';
import { CalendarDate } from './calendar-date';
import { IssuerList } from './issuer-list';
import { StatusBadge } from './status-badge';

/** One entry in a list: name linking to its permalink, who issued it, when, its status and teaser. */
export function EntryCard({ entry, number }: { entry: Card; number?: number }) {
  return (
    <article className="entry-card" aria-labelledby={`entry-${entry.slug}`}>
      <h3 id={`entry-${entry.slug}`} className="entry-card-title">
        {number !== undefined && <span className="entry-number">{number}.</span>}
        <Link href={`/entries/${entry.slug}`}>{entry.short ?? entry.title}</Link>
      </h3>
      {entry.short && <p className="entry-card-full-title">{entry.title}</p>}
      {entry.titleZh && (
        <p className="entry-card-zh" lang="zh-CN">
          {entry.titleZh}
        </p>
      )}
      <p className="entry-meta">
        <IssuerList issuers={entry.issuers} note={entry.issuersNote} link={false} />
        <span aria-hidden="true"> · </span>
        <CalendarDate value={entry.issued} />
        {entry.status && (
          <>
            {' '}
            <StatusBadge status={entry.status} trial={entry.trial} />
          </>
        )}
      </p>
      {entry.summary && <p className="entry-summary">{entry.summary}</p>}
    </article>
  );
}
