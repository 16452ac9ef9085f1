import type { ReactNode } from 'react';
import { EntryCard } from '@/components/entry-card';
import type { EntryCard as Card } from '@/lib/catalogue/types';

/**
 * The newest entries of an authority or topic (lib/catalogue/views.ts caps them at LISTING_LIMIT:
 * a body with thousands of entries would otherwise make a page of megabytes for a phone to load).
 * Beyond them, a link opens all `total` in search, newest first, paged.
 */
export function EntryListing<E extends Card>({ entries, total, what, all, note }: { entries: E[]; total: number; what: ReactNode; all: string; note?: (entry: E) => string | undefined }) {
  const count = `${total.toLocaleString('en-GB')} ${total === 1 ? 'entry' : 'entries'}`;
  return (
    <section className="entry-section" aria-labelledby="entries">
      <h2 id="entries">Entries</h2>
      <p className="muted">
        {entries.length < total ? (
          <>
            The {entries.length} newest of {count}
            {what}. <a href={all}>See all {count} in search</a>.
          </>
        ) : (
          <>
            {count}, newest first{what}.
          </>
        )}
      </p>
      <ul className="entry-list">
        {entries.map((entry) => (
          <li key={entry.slug}>
            <EntryCard entry={entry} showCategory note={note?.(entry)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
