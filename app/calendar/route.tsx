import type { NextRequest } from 'next/server';
import type { ReactNode } from 'react';
import { SubscribeLink } from '@/components/calendar/subscribe-link';
import { ParamNotice } from '@/components/search/param-notice';
import type { Snapshot } from '@/lib/catalogue/snapshot';
import { calendarEvents, calendarStart, groupByMonth, kindLabel, type CalendarEvent } from '@/lib/calendar';
import { CATEGORIES, NATIONAL } from '@/lib/constants';
import { formatDate } from '@/lib/dates';
import { servePage } from '@/lib/html/page';
import { describeFilters } from '@/lib/search/describe';
import { searchQueryString } from '@/lib/search/params';
import { matchAll, type MatchOutcome } from '@/lib/search/service';
import type { SearchFilters } from '@/lib/search/types';
import { paths } from '@/lib/site';

/** Effective dates, comment deadlines and repeal dates by month, filtered like a search. */
export function GET(request: NextRequest) {
  return servePage(request, ({ snapshot, today }) => {
    const outcome = matchAll(snapshot, request.nextUrl.searchParams, today);
    const qs = searchQueryString(outcome.filters);
    return {
      meta: {
        title: 'Calendar',
        description: 'Effective dates, comment deadlines and repeal dates of China TMT regulation, month by month.',
        path: '/calendar',
        alternates: [{ url: `/calendar.ics${qs ? `?${qs}` : ''}`, type: 'text/calendar' }],
      },
      body: <CalendarPage outcome={outcome} today={today} />,
    };
  });
}

function CalendarPage({ outcome, today }: { outcome: MatchOutcome; today: string }) {
  const { filters, problems, matches, snapshot } = outcome;
  const events = calendarEvents(
    matches.map((m) => m.doc),
    today,
  );
  const months = groupByMonth(events, today);
  const qs = searchQueryString(filters);
  const scope = describeFilters(filters, snapshot);
  const issuerName = (id: string) => snapshot.authority(id)?.abbr ?? snapshot.authority(id)?.name ?? id;

  return (
    <div className="calendar-page">
      <header className="calendar-header">
        <h1>Calendar</h1>
        <p className="calendar-intro">
          When measures take effect, when comment periods close and when rules are repealed: from {formatDate(calendarStart(today))} on,
          everything upcoming.
        </p>
      </header>

      <FilterForm filters={filters} snapshot={snapshot} />

      <ParamNotice problems={problems} />

      <p className="calendar-scope" aria-live="polite">
        {events.length} {events.length === 1 ? 'date' : 'dates'}
        {scope ? ` for ${scope}` : ''}
        {qs && (
          <>
            {' '}
            · <a href="/calendar">Show all</a>
          </>
        )}
      </p>
      <SubscribeLink query={qs} />

      {months.map((m) => (
        <section key={m.month} className={`calendar-month${m.current ? ' is-current' : ''}`} aria-labelledby={`month-${m.month}`}>
          <h2 id={`month-${m.month}`}>{m.label}</h2>
          <ol className="calendar-list">
            {m.lines.map((line) =>
              line.type === 'today' ? (
                <li key="today" className="calendar-today" aria-current="date">
                  <span className="calendar-today-label">Today</span> <time dateTime={line.date}>{formatDate(line.date)}</time>
                </li>
              ) : (
                <EventLine key={`${line.event.slug}-${line.event.kind}`} event={line.event} when={line.when} today={today} issuerName={issuerName} />
              ),
            )}
          </ol>
        </section>
      ))}
      {events.length === 0 && (
        <p className="calendar-empty">
          No dates{scope ? ' for these filters' : ''} from {formatDate(calendarStart(today))} on. {qs && <a href="/calendar">Show all dates</a>}
        </p>
      )}
    </div>
  );
}

function EventLine({
  event,
  when,
  today,
  issuerName,
}: {
  event: CalendarEvent;
  when: 'past' | 'today' | 'upcoming';
  today: string;
  issuerName: (id: string) => string;
}) {
  return (
    <li className={`calendar-event is-${when}`}>
      <time dateTime={event.date} className="calendar-date">
        {formatDate(event.date)}
      </time>{' '}
      <span className={`calendar-kind kind-${event.kind}`}>{kindLabel(event.kind, event.date, today)}</span>{' '}
      <a href={paths.entry(event.slug)} className="calendar-entry">
        {event.short ?? event.title}
      </a>{' '}
      <span className="calendar-issuers">{event.issuers.map(issuerName).join(', ')}</span>
    </li>
  );
}

function FilterForm({ filters, snapshot }: { filters: SearchFilters; snapshot: Snapshot }) {
  const authorities = snapshot.authorities;
  const used = new Set(snapshot.entries.flatMap((e) => e.topics));
  const topics = snapshot.topics.filter((t) => used.has(t.id)).sort((a, b) => a.label.localeCompare(b.label));
  const regions = [...new Set(snapshot.entries.map((e) => e.jurisdiction))].filter((j) => j !== NATIONAL).sort();
  // Local offices are included unless someone chose an issuer and left the box unticked.
  const local = filters.local || filters.issuer.length === 0;
  const jurisdiction = filters.jurisdiction[0]?.toLowerCase();
  const region = jurisdiction ? ([NATIONAL, ...regions].find((r) => r.toLowerCase() === jurisdiction) ?? '') : '';
  // Filters this form has no field for (from a search's URL) are kept as they are.
  const kept: [string, string][] = [
    ...(filters.q ? [['q', filters.q] as [string, string]] : []),
    ...filters.status.map((v): [string, string] => ['status', v]),
    ...filters.edition.map((v): [string, string] => ['edition', v]),
    ...(filters.from ? [['from', filters.from] as [string, string]] : []),
    ...(filters.to ? [['to', filters.to] as [string, string]] : []),
  ];
  return (
    <form className="calendar-filters" action="/calendar" method="get" role="search" aria-label="Filter dates">
      <SelectField name="issuer" label="Issuer" value={filters.issuer[0] ?? ''} any="Any authority" options={authorities.map((a) => ({ value: a.id, label: a.abbr ? `${a.name} (${a.abbr})` : a.name }))}>
        <label className="calendar-check">
          <input type="checkbox" name="local" value="1" defaultChecked={local} /> Include local offices
        </label>
      </SelectField>
      <SelectField name="category" label="Category" value={filters.category[0] ?? ''} any="Any category" options={CATEGORIES.map((c) => ({ value: c.id, label: c.label }))} />
      <SelectField name="topic" label="Topic" value={filters.topic[0] ?? ''} any="Any topic" options={topics.map((t) => ({ value: t.id, label: t.label }))} />
      <SelectField
        name="jurisdiction"
        label="Jurisdiction"
        value={region}
        any="Anywhere"
        options={[{ value: NATIONAL, label: 'National' }, ...regions.map((r) => ({ value: r, label: r }))]}
      />
      {kept.map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      <div className="calendar-actions">
        <button type="submit">Show dates</button>
      </div>
    </form>
  );
}

/** One filter of the form: a labelled select whose first option means "no filter". */
function SelectField({ name, label, value, any, options, children }: { name: string; label: string; value: string; any: string; options: { value: string; label: string }[]; children?: ReactNode }) {
  return (
    <div className="calendar-field">
      <label htmlFor={`cal-${name}`}>{label}</label>
      <select id={`cal-${name}`} name={name} defaultValue={value}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {children}
    </div>
  );
}
