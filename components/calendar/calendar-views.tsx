import type { CalendarEvent, CalendarMonth, Count, Neighbours } from '@/lib/calendar';
import { kindLabel } from '@/lib/calendar';
import { formatDate, formatMonth } from '@/lib/dates';
import { paths } from '@/lib/site';

/** How the calendar pages name things and link to periods: the filters are kept in every link. */
export type CalendarLinks = {
  month: (month: string) => string;
  year: (year: number) => string;
  issuerName: (id: string) => string;
};

export const dates = (n: number) => `${n} ${n === 1 ? 'date' : 'dates'}`;

/** One month's dates as a list, with today's line when it is today's month. */
export function MonthList({ month, today, issuerName }: { month: CalendarMonth; today: string; issuerName: (id: string) => string }) {
  return (
    <ol className="calendar-list">
      {month.lines.map((line) =>
        line.type === 'today' ? (
          <li key="today" className="calendar-today" aria-current="date">
            <span className="calendar-today-label">Today</span> <time dateTime={line.date}>{formatDate(line.date)}</time>
          </li>
        ) : (
          <EventLine key={`${line.event.slug}-${line.event.kind}`} event={line.event} when={line.when} today={today} issuerName={issuerName} />
        ),
      )}
    </ol>
  );
}

function EventLine({ event, when, today, issuerName }: { event: CalendarEvent; when: 'past' | 'today' | 'upcoming'; today: string; issuerName: (id: string) => string }) {
  return (
    <li className={`calendar-event is-${when}`}>
      <time dateTime={event.date} className="calendar-date">
        {formatDate(event.date)}
      </time>{' '}
      <span className={`calendar-kind kind-${event.kind}`}>{kindLabel(event.kind, event.date, today)}</span>{' '}
      <a href={paths.entry(event.slug)} className="calendar-entry">
        {event.title}
      </a>{' '}
      {event.short && (
        <span className="short-name">
          <span className="visually-hidden">Short name: </span>
          {event.short}
        </span>
      )}{' '}
      <span className="calendar-issuers">{event.issuers.map(issuerName).join(', ')}</span>
    </li>
  );
}

/** A month heading and its list: the default view and the year view. */
export function MonthSection({ month, today, links, heading }: { month: CalendarMonth; today: string; links: CalendarLinks; heading: 'link' | 'text' }) {
  return (
    <section className={`calendar-month${month.current ? ' is-current' : ''}`} aria-labelledby={`month-${month.month}`}>
      <h2 id={`month-${month.month}`}>
        {heading === 'link' ? <a href={links.month(month.month)}>{month.label}</a> : month.label}
        {heading === 'link' && <span className="calendar-month-count"> {dates(month.count)}</span>}
      </h2>
      <MonthList month={month} today={today} issuerName={links.issuerName} />
    </section>
  );
}

type Side = { href: string; caption: string; label: string; rel?: 'prev' | 'next' } | null;

/**
 * Previous and next period, each with its count, and a jump to the nearest earlier or later period
 * that has dates when the neighbour has none.
 */
function PeriodNav({ label, previous, next, earlier, later }: { label: string; previous: Side; next: Side; earlier: Side; later: Side }) {
  const side = (main: Side, jump: Side, className: string) => (
    <div className={className}>
      {main && (
        <a href={main.href} rel={main.rel} className="period-step">
          <span className="period-caption">{main.caption}</span>
          <span className="period-label">{main.label}</span>
        </a>
      )}
      {jump && (
        <a href={jump.href} className="period-jump">
          {jump.caption}: {jump.label}
        </a>
      )}
    </div>
  );
  return (
    <nav className="period-nav" aria-label={label}>
      {side(previous, earlier, 'period-prev')}
      {side(next, later, 'period-next')}
    </nav>
  );
}

const withCount = (label: string, count: number) => `${label} · ${count ? dates(count) : 'no dates'}`;

/** A month page's way to the months around it. */
export function MonthNav({ nav, links }: { nav: Neighbours<string>; links: CalendarLinks }) {
  const step = (c: Count<string> | null, caption: string, rel: 'prev' | 'next'): Side =>
    c ? { href: links.month(c.key), caption, label: withCount(formatMonth(c.key), c.count), rel } : null;
  const jump = (c: Count<string> | null, neighbour: Count<string> | null, caption: string): Side =>
    c && c.key !== neighbour?.key ? { href: links.month(c.key), caption, label: `${formatMonth(c.key)} (${dates(c.count)})` } : null;
  return (
    <PeriodNav
      label="Months"
      previous={step(nav.previous, 'Previous month', 'prev')}
      next={step(nav.next, 'Next month', 'next')}
      earlier={jump(nav.earlier, nav.previous, 'Earlier dates')}
      later={jump(nav.later, nav.next, 'Later dates')}
    />
  );
}

/** A year page's way to the years around it. */
export function YearNav({ nav, links }: { nav: Neighbours<number>; links: CalendarLinks }) {
  const step = (c: Count<number> | null, caption: string, rel: 'prev' | 'next'): Side =>
    c ? { href: links.year(c.key), caption, label: withCount(String(c.key), c.count), rel } : null;
  const jump = (c: Count<number> | null, neighbour: Count<number> | null, caption: string): Side =>
    c && c.key !== neighbour?.key ? { href: links.year(c.key), caption, label: `${c.key} (${dates(c.count)})` } : null;
  return (
    <PeriodNav
      label="Years"
      previous={step(nav.previous, 'Previous year', 'prev')}
      next={step(nav.next, 'Next year', 'next')}
      earlier={jump(nav.earlier, nav.previous, 'Earlier dates')}
      later={jump(nav.later, nav.next, 'Later dates')}
    />
  );
}

/** The year at a glance: twelve months, each with its count, linking to its page. */
export function YearOverview({ months, links }: { months: CalendarMonth[]; links: CalendarLinks }) {
  return (
    <ol className="year-overview" aria-label="Months of the year">
      {months.map((m) => (
        <li key={m.month} className={`${m.count ? 'has-dates' : 'no-dates'}${m.current ? ' is-current' : ''}`}>
          <a href={links.month(m.month)}>
            <span className="year-overview-month">
              {formatMonth(m.month, true).slice(0, 3)}
              <span className="visually-hidden"> {m.month.slice(0, 4)}</span>
            </span>{' '}
            <span className="year-overview-count">{m.count ? dates(m.count) : 'none'}</span>
          </a>
        </li>
      ))}
    </ol>
  );
}

/** Every year that has dates, with its count: the way into the calendar's history. */
export function YearIndex({ years, current, links }: { years: Count<number>[]; current?: number; links: CalendarLinks }) {
  if (years.length === 0) return null;
  return (
    <nav className="year-index" aria-label="Years with dates">
      <span className="year-index-label">Browse by year</span>
      <ul>
        {years.map((y) => (
          <li key={y.key}>
            {y.key === current ? (
              <span aria-current="page" className="year-index-current">
                {y.key}
              </span>
            ) : (
              <a href={links.year(y.key)}>{y.key}</a>
            )}
            <span className="year-index-count"> ({y.count})</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
