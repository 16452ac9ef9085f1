import { entryTimeline, type TimelineItem, type TimelineSource } from '@/lib/calendar';
import { formatDate, formatDistance } from '@/lib/dates';

type Props = { slug: string; entry: TimelineSource; today: string };

/**
 * An entry's dates as a short timeline in date order (issued, comments close, takes effect,
 * repealed), today's position as its own item between the past and the upcoming dates. Past dates
 * read in the past tense, with a filled marker and a solid line; upcoming ones with a hollow marker
 * and a dashed line (never by colour alone). Each date still ahead (or today) that has a one-event
 * calendar file links to it ("Add to calendar"); a past date is only text.
 */
export function EntryTimeline({ slug, entry, today }: Props) {
  const items = entryTimeline(entry, today);
  return (
    <section className="entry-section timeline" aria-labelledby="key-dates">
      <h2 id="key-dates">Key dates</h2>
      <ol className="timeline-list">
        {items.map((item) => (item.type === 'today' ? <TodayItem key="today" date={item.date} /> : <DateItem key={item.kind} item={item} slug={slug} today={today} />))}
      </ol>
    </section>
  );
}

function TodayItem({ date }: { date: string }) {
  return (
    <li className="timeline-item timeline-today" aria-current="date">
      <span className="timeline-marker" aria-hidden="true" />
      <span className="timeline-label">Today</span>
      <span className="timeline-date">
        <span className="visually-hidden">, </span>
        <time dateTime={date}>{formatDate(date)}</time>
      </span>
    </li>
  );
}

function DateItem({ item, slug, today }: { item: Extract<TimelineItem, { type: 'date' }>; slug: string; today: string }) {
  const date = formatDate(item.date);
  return (
    <li className={`timeline-item is-${item.when} timeline-${item.kind}`}>
      <span className="timeline-marker" aria-hidden="true" />
      <span className="timeline-label">{item.label}</span>
      <span className="timeline-date">
        <span className="visually-hidden">: </span>
        <time dateTime={item.date}>{date}</time>
        <span className="timeline-relative">
          <span className="timeline-sep" aria-hidden="true">
            {' · '}
          </span>
          <span className="visually-hidden"> (</span>
          {item.when === 'today' ? 'today' : formatDistance(item.date, today)}
          <span className="visually-hidden">)</span>
        </span>
      </span>
      {item.kind !== 'issued' && item.when !== 'past' && (
        <a className="timeline-ics" href={`/entries/${slug}/calendar.ics?kind=${item.kind}`} type="text/calendar" download={`${slug}-${item.kind}.ics`}>
          Add to calendar<span className="visually-hidden"> ({item.label}, {date})</span>
        </a>
      )}
    </li>
  );
}
