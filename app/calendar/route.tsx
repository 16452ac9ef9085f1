import type { NextRequest } from 'next/server';
import type { ReactNode } from 'react';
import { MonthList, MonthNav, MonthSection, YearIndex, YearNav, YearOverview, dates, type CalendarLinks } from '@/components/calendar/calendar-views';
import { SubscribeLink } from '@/components/calendar/subscribe-link';
import { ParamNotice } from '@/components/search/param-notice';
import type { Snapshot } from '@/lib/catalogue/snapshot';
import { calendarPage, calendarStart, lastDayOfMonth, type CalendarPageData, type CalendarView } from '@/lib/calendar';
import { parseCalendarView, viewParam } from '@/lib/calendar-params';
import { CATEGORIES, NATIONAL } from '@/lib/constants';
import { formatDate, formatMonth } from '@/lib/dates';
import { servePage } from '@/lib/html/page';
import { describeFilters } from '@/lib/search/describe';
import { EMPTY_FILTERS, searchQueryString, type ParamProblem } from '@/lib/search/params';
import { matchAll, type MatchOutcome } from '@/lib/search/service';
import type { SearchFilters } from '@/lib/search/types';

/**
 * Effective dates, comment deadlines and repeal dates, filtered like a search: by default from three
 * months back on; `?month=YYYY-MM` one month, `?year=YYYY` one year, with links to the periods
 * around it. A bad `month` or `year` is a notice on the page (and the default view), never an error.
 */
export function GET(request: NextRequest) {
  return servePage(request, ({ snapshot, today }) => {
    const params = request.nextUrl.searchParams;
    const outcome = matchAll(snapshot, params, today);
    const parsed = parseCalendarView(params);
    const data = calendarPage(
      outcome.matches.map((m) => m.doc),
      parsed.view,
      today,
    );
    const qs = searchQueryString(outcome.filters);
    const view = viewParam(parsed.view);
    const period = parsed.view.kind === 'month' ? formatMonth(parsed.view.month) : parsed.view.kind === 'year' ? String(parsed.view.year) : null;
    return {
      meta: {
        title: period ? `Calendar: ${period}` : 'Calendar',
        description: period
          ? `Effective dates, comment deadlines and repeal dates of China TMT regulation in ${period}.`
          : 'Effective dates, comment deadlines and repeal dates of China TMT regulation, month by month.',
        path: view ? `/calendar?${view[0]}=${view[1]}` : '/calendar',
        section: 'calendar',
        alternates: [{ url: `/calendar.ics${qs ? `?${qs}` : ''}`, type: 'text/calendar' }],
      },
      body: <CalendarPage outcome={outcome} problems={[...outcome.problems, ...parsed.problems]} data={data} today={today} />,
    };
  });
}

/** The view a page's data is of. */
function parsedView(data: CalendarPageData): CalendarView {
  return data.kind === 'month' ? { kind: 'month', month: data.month } : data.kind === 'year' ? { kind: 'year', year: data.year } : { kind: 'upcoming' };
}

/** A calendar page's address: the view's parameter first, then every filter. */
function calendarHref(filters: SearchFilters, view: CalendarView): string {
  const param = viewParam(view);
  const qs = [param ? `${param[0]}=${param[1]}` : '', searchQueryString(filters)].filter(Boolean).join('&');
  return `/calendar${qs ? `?${qs}` : ''}`;
}

function CalendarPage({ outcome, problems, data, today }: { outcome: MatchOutcome; problems: ParamProblem[]; data: CalendarPageData; today: string }) {
  const { filters, snapshot } = outcome;
  const qs = searchQueryString(filters);
  const scope = describeFilters(filters, snapshot);
  const links: CalendarLinks = {
    month: (month) => calendarHref(filters, { kind: 'month', month }),
    year: (year) => calendarHref(filters, { kind: 'year', year }),
    issuerName: (id) => snapshot.authority(id)?.abbr ?? snapshot.authority(id)?.name ?? id,
  };
  const view = parsedView(data);
  const period = view.kind === 'month' ? formatMonth(view.month) : view.kind === 'year' ? String(view.year) : null;
  // The .ics of exactly what a month or year page lists, to download (the subscription is the feed).
  const range = view.kind === 'month' ? [`${view.month}-01`, lastDayOfMonth(view.month)] : view.kind === 'year' ? [`${period}-01-01`, `${period}-12-31`] : null;

  return (
    <div className="calendar-page">
      <header className="calendar-header">
        {period ? (
          <>
            <p className="eyebrow">
              <a href={calendarHref(filters, { kind: 'upcoming' })}>Calendar</a>
              {view.kind === 'month' && (
                <>
                  {' '}
                  / <a href={links.year(Number(view.month.slice(0, 4)))}>{view.month.slice(0, 4)}</a>
                </>
              )}
            </p>
            <h1>{period}</h1>
            <p className="calendar-intro">Effective dates, comment deadlines and repeal dates in {period}.</p>
          </>
        ) : (
          <>
            <h1>Calendar</h1>
            <p className="calendar-intro">
              When measures take effect, when comment periods close and when rules are repealed: from {formatDate(calendarStart(today))} on,
              everything upcoming. For earlier dates, browse by year (below).
            </p>
          </>
        )}
      </header>

      <FilterForm filters={filters} snapshot={snapshot} view={view} />

      <ParamNotice problems={problems} />

      <p className="calendar-scope" aria-live="polite">
        {dates(data.count)}
        {period ? ` in ${period}` : ''}
        {scope ? ` for ${scope}` : ''}
        {qs && (
          <>
            {' '}
            · <a href={calendarHref(EMPTY_FILTERS, view)}>Show all</a>
          </>
        )}
      </p>
      <SubscribeLink query={qs} />
      {range && data.count > 0 && (
        <p className="calendar-download">
          <a href={`/calendar.ics?since=${range[0]}&until=${range[1]}${qs ? `&${qs}` : ''}`} type="text/calendar" download={`tmt-digest-${view.kind === 'month' ? view.month : period}.ics`}>
            Download {period}&rsquo;s dates
          </a>{' '}
          <span className="calendar-subscribe-note">(.ics file, to import once)</span>
        </p>
      )}

      {data.kind === 'month' && <MonthNav nav={data.nav} links={links} />}
      {data.kind === 'year' && <YearNav nav={data.nav} links={links} />}

      {data.kind === 'upcoming' && <UpcomingView data={data} today={today} links={links} filtered={Boolean(qs)} />}
      {data.kind === 'month' &&
        (data.count ? (
          <section className="calendar-month calendar-days" aria-label={`Dates in ${period}`}>
            <MonthList month={data.days} today={today} issuerName={links.issuerName} />
          </section>
        ) : (
          <p className="calendar-empty">
            No dates in {period}
            {scope ? ' for these filters' : ''}.{data.nav.earlier || data.nav.later ? ' The nearest months with dates are linked above.' : ''}
          </p>
        ))}
      {data.kind === 'year' && (
        <>
          <YearOverview months={data.months} links={links} />
          {data.months
            .filter((m) => m.count > 0)
            .map((m) => (
              <MonthSection key={m.month} month={m} today={today} links={links} heading="link" />
            ))}
          {data.count === 0 && (
            <p className="calendar-empty">
              No dates in {period}
              {scope ? ' for these filters' : ''}.
            </p>
          )}
        </>
      )}

      <YearIndex years={data.years} current={view.kind === 'year' ? view.year : undefined} links={links} />
    </div>
  );
}

/** The default view: from three months back on, or, when that is empty, a way to the latest dates. */
function UpcomingView({ data, today, links, filtered }: { data: Extract<CalendarPageData, { kind: 'upcoming' }>; today: string; links: CalendarLinks; filtered: boolean }) {
  const earlier = data.earlier && (
    <a href={links.month(data.earlier.key)}>
      {formatMonth(data.earlier.key)} ({dates(data.earlier.count)})
    </a>
  );
  if (data.count === 0) {
    return (
      <div className="calendar-empty">
        <p>
          No dates{filtered ? ' for these filters' : ''} from {formatDate(data.from)} on.
          {earlier ? <> The most recent are in {earlier}.</> : null}
        </p>
      </div>
    );
  }
  return (
    <>
      {data.months.map((m) => (
        <MonthSection key={m.month} month={m} today={today} links={links} heading="text" />
      ))}
      {earlier && <p className="calendar-earlier">Earlier dates: {earlier}</p>}
    </>
  );
}

function FilterForm({ filters, snapshot, view }: { filters: SearchFilters; snapshot: Snapshot; view: CalendarView }) {
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
    // The month or year being shown: changing a filter stays on it.
    ...(viewParam(view) ? [viewParam(view)!] : []),
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
