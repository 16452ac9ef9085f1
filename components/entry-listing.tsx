import type { ReactNode } from 'react';
import { EntryCard } from '@/components/entry-card';
import type { EntryCard as Card } from '@/lib/catalogue/queries';

/** Entries listed on an authority or topic page; the rest are a search away, which pages. */
export const LISTING_LIMIT = 50;

/**
 * The newest entries of an authority or topic, at most LISTING_LIMIT of them: a body with
 * thousands of entries would otherwise make a page of megabytes for a phone to load. Beyond the
 * limit, a link opens all of them in search, newest first, paged.
 */
export function EntryListing({ entries, what, all, note }: { entries: (Card & { viaOffice?: boolean })[]; what: ReactNode; all: string; note?: (entry: Card & { viaOffice?: boolean }) => string | undefined }) {
  const shown = entries.slice(0, LISTING_LIMIT);
  const count = `${entries.length.toLocaleString('en-GB')} ${entries.length === 1 ? 'entry' : 'entries'}`;
  return (
    <section className="entry-section" aria-labelledby="entries">
      <h2 id="entries">Entries</h2>
      <p className="muted">
        {shown.length < entries.length ? (
          <>
            The {shown.length} newest of {count}
            {what}. <a href={all}>See all {count} in search</a>.
          </>
        ) : (
          <>
            {count}, newest first{what}.
          </>
        )}
      </p>
      <ul className="entry-list">
        {shown.map((entry) => (
          <li key={entry.slug}>
            <EntryCard entry={entry} showCategory note={note?.(entry)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
