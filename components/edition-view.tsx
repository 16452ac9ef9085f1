import type { EditionDetail } from '@/lib/catalogue/queries';
import { formatPeriod } from '@/lib/dates';
import { EntryCard } from './entry-card';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** An edition as the digest presents it: observations, then the four parts with numbered entries. */
export function EditionView({ edition, headingLevel = 1 }: { edition: EditionDetail; headingLevel?: 1 | 2 }) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div className="edition">
      <header className="edition-header">
        <p className="eyebrow">{formatPeriod(edition.periodStart, edition.periodEnd)}</p>
        <Heading>{edition.title}</Heading>
      </header>
      {edition.bodyHtml && (
        <section className="observations" aria-labelledby="observations">
          <h2 id="observations">Our Observations</h2>
          <div className="prose" dangerouslySetInnerHTML={{ __html: edition.bodyHtml }} />
        </section>
      )}
      {edition.parts.map((part, i) =>
        part.entries.length === 0 ? null : (
          <section key={part.category} className="part" aria-labelledby={`part-${part.category}`}>
            <h2 id={`part-${part.category}`}>
              <span className="part-number">Part {ROMAN[i]}</span> {part.label}
            </h2>
            <ol className="entry-list">
              {part.entries.map((entry, n) => (
                <li key={entry.slug}>
                  <EntryCard entry={entry} number={entry.order ?? n + 1} />
                </li>
              ))}
            </ol>
          </section>
        ),
      )}
    </div>
  );
}
