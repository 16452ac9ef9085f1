import { chinaToday, formatMonth } from './dates';

/** The dates the calendar shows, in the order they are listed on one day. */
export const CALENDAR_KINDS = [
  { id: 'comment-deadline', summary: 'Comments close', past: 'Comments closed' },
  { id: 'effective', summary: 'Takes effect', past: 'Took effect' },
  { id: 'repealed', summary: 'Repealed', past: 'Repealed' },
] as const;

export type CalendarKind = (typeof CALENDAR_KINDS)[number]['id'];
export const CALENDAR_KIND_IDS = CALENDAR_KINDS.map((k) => k.id) as [CalendarKind, ...CalendarKind[]];

/** How many whole months before the current one the calendar page's default view reaches back. */
export const MONTHS_BACK = 3;

/** How many months of history the iCalendar feed keeps when it is not given `since`. */
export const FEED_MONTHS_BACK = 12;

/** What the calendar needs of an entry (a SearchDoc has all of it). */
export type CalendarSource = {
  slug: string;
  title: string;
  short: string | null;
  titleZh: string | null;
  issuers: string[];
  effective: string | null;
  commentDeadline: string | null;
  repealed: string | null;
};

/** One dated event of an entry. `issuers` are authority ids, in the entry's order. */
export type CalendarEvent = {
  slug: string;
  kind: CalendarKind;
  date: string;
  title: string;
  short: string | null;
  titleZh: string | null;
  issuers: string[];
};

export type CalendarLine =
  | { type: 'event'; event: CalendarEvent; when: 'past' | 'today' | 'upcoming' }
  | { type: 'today'; date: string };

export type CalendarMonth = {
  /** 'YYYY-MM' */
  month: string;
  /** 'March 2099' */
  label: string;
  /** True for the month that holds today. */
  current: boolean;
  /** How many events (lines other than today's). */
  count: number;
  lines: CalendarLine[];
};

const KIND_ORDER = new Map<CalendarKind, number>(CALENDAR_KIND_IDS.map((k, i) => [k, i]));

/** The summary of a kind of date: 'Takes effect', or 'Took effect' once `date` is before `today`. */
export function kindLabel(kind: CalendarKind, date?: string, today?: string): string {
  const k = CALENDAR_KINDS.find((x) => x.id === kind)!;
  return date && today && date < today ? k.past : k.summary;
}

/** 'YYYY-MM' → months since year 0, for month arithmetic. */
function monthNumber(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
}

function monthFromNumber(n: number): string {
  return `${String(Math.floor(n / 12)).padStart(4, '0')}-${String((n % 12) + 1).padStart(2, '0')}`;
}

/** The month `n` months after `month` (before, when negative): addMonths('2099-01', -1) → '2098-12'. */
export function addMonths(month: string, n: number): string {
  return monthFromNumber(monthNumber(month) + n);
}

/** The last day of a month: '2024-02' → '2024-02-29'. */
export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/**
 * The first day the calendar shows: the first of the month MONTHS_BACK months before today's
 * ('2099-05-15' → '2099-02-01'). Deadlines and start dates just passed stay visible for a quarter,
 * long enough to check what changed recently; everything upcoming is shown, however far ahead.
 */
export function calendarStart(today: string): string {
  return `${addMonths(today.slice(0, 7), -MONTHS_BACK)}-01`;
}

/**
 * The first day the iCalendar feed holds when it is not given `since`: the same day FEED_MONTHS_BACK
 * months before today ('2026-11-29' → '2025-11-29'; '2028-02-29' → '2027-02-28'). Calendar clients
 * delete an event the day a subscribed feed stops listing it, so the feed keeps a year of history.
 */
export function feedStart(today: string): string {
  const month = addMonths(today.slice(0, 7), -FEED_MONTHS_BACK);
  const last = lastDayOfMonth(month);
  const day = today.slice(8, 10);
  return day > last.slice(8, 10) ? last : `${month}-${day}`;
}

/** Every dated event of one entry (effective date, comment deadline, repeal date), whatever the date. */
export function entryEvents(doc: CalendarSource): CalendarEvent[] {
  const dates: [CalendarKind, string | null][] = [
    ['comment-deadline', doc.commentDeadline],
    ['effective', doc.effective],
    ['repealed', doc.repealed],
  ];
  return dates
    .filter((d): d is [CalendarKind, string] => d[1] !== null)
    .map(([kind, date]) => ({ slug: doc.slug, kind, date, title: doc.title, short: doc.short, titleZh: doc.titleZh, issuers: doc.issuers }));
}

const byDateKindSlug = (a: CalendarEvent, b: CalendarEvent) =>
  (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/**
 * Every event of these entries from `since` to `until` (both included; null: no bound), in date
 * order, then kind, then slug.
 */
export function eventsBetween(docs: Iterable<CalendarSource>, since: string | null, until: string | null): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const doc of docs) {
    for (const e of entryEvents(doc)) if ((since === null || e.date >= since) && (until === null || e.date <= until)) events.push(e);
  }
  return events.sort(byDateKindSlug);
}

/** The events of these entries from `calendarStart(today)` on: the calendar page's default view. */
export function calendarEvents(docs: Iterable<CalendarSource>, today: string = chinaToday()): CalendarEvent[] {
  return eventsBetween(docs, calendarStart(today), null);
}

/** Sorted events as lines, with a `today` line before the first event on or after today when `mark`. */
function linesOf(events: CalendarEvent[], today: string, mark: boolean): CalendarLine[] {
  const lines: CalendarLine[] = [];
  for (const event of events) {
    if (mark && event.date >= today) {
      lines.push({ type: 'today', date: today });
      mark = false;
    }
    lines.push({ type: 'event', event, when: event.date < today ? 'past' : event.date === today ? 'today' : 'upcoming' });
  }
  if (mark) lines.push({ type: 'today', date: today });
  return lines;
}

/**
 * Sorted events grouped by month. Today's month is always there, and a `today` line sits before
 * the first event on or after today (so it precedes today's own events).
 */
export function groupByMonth(events: CalendarEvent[], today: string = chinaToday()): CalendarMonth[] {
  const thisMonth = today.slice(0, 7);
  const byMonth = new Map<string, CalendarEvent[]>([[thisMonth, []]]);
  for (const event of events) {
    const month = event.date.slice(0, 7);
    const list = byMonth.get(month);
    if (list) list.push(event);
    else byMonth.set(month, [event]);
  }
  return [...byMonth.keys()].sort().map((month) => monthOf(month, byMonth.get(month)!, today));
}

/** One month of sorted events (all in that month), with today marked when it is today's month. */
export function monthOf(month: string, events: CalendarEvent[], today: string): CalendarMonth {
  const current = month === today.slice(0, 7);
  return { month, label: formatMonth(month), current, count: events.length, lines: linesOf(events, today, current) };
}

/** A month or year that has dates, with how many. */
export type Count<K> = { key: K; count: number };

/** How many events each month has, for the months that have any, in order ('YYYY-MM'). */
export function monthCounts(events: Iterable<Pick<CalendarEvent, 'date'>>): Count<string>[] {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.date.slice(0, 7), (counts.get(e.date.slice(0, 7)) ?? 0) + 1);
  return [...counts.keys()].sort().map((key) => ({ key, count: counts.get(key)! }));
}

/** How many events each year has, for the years that have any, in order (from the months' counts). */
export function yearCounts(months: Count<string>[]): Count<number>[] {
  const years: Count<number>[] = [];
  for (const m of months) {
    const year = Number(m.key.slice(0, 4));
    const last = years.at(-1);
    if (last?.key === year) last.count += m.count;
    else years.push({ key: year, count: m.count });
  }
  return years;
}

/**
 * Where a month or year page leads: the plain previous and next period (null past the first or last
 * one), and the nearest earlier and later periods that have dates (null when there are none; the
 * same as the plain neighbour when that one has dates). Each with its count, 0 included.
 */
export type Neighbours<K> = { previous: Count<K> | null; next: Count<K> | null; earlier: Count<K> | null; later: Count<K> | null };

function neighbours<K extends string | number>(counts: Count<K>[], at: K, previous: K | null, next: K | null): Neighbours<K> {
  let earlier: Count<K> | null = null;
  let later: Count<K> | null = null;
  for (const c of counts) {
    if (c.key < at) earlier = c;
    else if (c.key > at && !later) later = c;
  }
  const count = (key: K | null) => (key === null ? null : { key, count: counts.find((c) => c.key === key)?.count ?? 0 });
  return { previous: count(previous), next: count(next), earlier, later };
}

/** The first and last months the calendar's pages go to (4-digit years). */
export const FIRST_MONTH = '1000-01';
export const LAST_MONTH = '9999-12';

/** A month page's neighbours among the months that have dates (`monthCounts`, perhaps filtered). */
export function monthNeighbours(months: Count<string>[], month: string): Neighbours<string> {
  return neighbours(months, month, month > FIRST_MONTH ? addMonths(month, -1) : null, month < LAST_MONTH ? addMonths(month, 1) : null);
}

/** A year page's neighbours among the years that have dates (`yearCounts`). */
export function yearNeighbours(years: Count<number>[], year: number): Neighbours<number> {
  return neighbours(years, year, year > 1000 ? year - 1 : null, year < 9999 ? year + 1 : null);
}

/** The twelve months of a year, each with its events (sorted) and today marked in today's month. */
export function yearMonths(events: CalendarEvent[], year: number, today: string): CalendarMonth[] {
  const prefix = String(year).padStart(4, '0');
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${prefix}-${String(i + 1).padStart(2, '0')}`;
    return monthOf(
      month,
      events.filter((e) => e.date.startsWith(month)),
      today,
    );
  });
}

/** What the calendar page shows: from three months back on (the default), one month, or one year. */
export type CalendarView = { kind: 'upcoming' } | { kind: 'month'; month: string } | { kind: 'year'; year: number };

/** What the calendar page shows for a view, from every matching entry. */
export type CalendarPageData = {
  /** Every year that has dates (for these filters), to browse to. */
  years: Count<number>[];
  /** How many dates the view holds. */
  count: number;
} & (
  | {
      kind: 'upcoming';
      /** The first day shown (calendarStart). */
      from: string;
      /** Empty when nothing falls in the view. */
      months: CalendarMonth[];
      /** The most recent month before `from` that has dates. */
      earlier: Count<string> | null;
    }
  | { kind: 'month'; month: string; days: CalendarMonth; nav: Neighbours<string> }
  | { kind: 'year'; year: number; months: CalendarMonth[]; nav: Neighbours<number> }
);

/**
 * Counts every event of these entries by month, and keeps (sorted) only those `keep` selects: one
 * pass, and no sorting of the whole history, however long it is.
 */
function scan(docs: Iterable<CalendarSource>, keep: (date: string) => boolean): { months: Count<string>[]; events: CalendarEvent[] } {
  const counts = new Map<string, number>();
  const events: CalendarEvent[] = [];
  for (const doc of docs) {
    for (const [kind, date] of [
      ['comment-deadline', doc.commentDeadline],
      ['effective', doc.effective],
      ['repealed', doc.repealed],
    ] as const) {
      if (date === null) continue;
      const month = date.slice(0, 7);
      counts.set(month, (counts.get(month) ?? 0) + 1);
      if (keep(date)) events.push({ slug: doc.slug, kind, date, title: doc.title, short: doc.short, titleZh: doc.titleZh, issuers: doc.issuers });
    }
  }
  return { months: [...counts.keys()].sort().map((key) => ({ key, count: counts.get(key)! })), events: events.sort(byDateKindSlug) };
}

/** The calendar page's data for a view of these entries (already filtered by the search engine). */
export function calendarPage(docs: Iterable<CalendarSource>, view: CalendarView, today: string): CalendarPageData {
  if (view.kind === 'month') {
    const { months, events } = scan(docs, (date) => date.startsWith(view.month));
    return { kind: 'month', month: view.month, years: yearCounts(months), count: events.length, days: monthOf(view.month, events, today), nav: monthNeighbours(months, view.month) };
  }
  if (view.kind === 'year') {
    const prefix = `${String(view.year).padStart(4, '0')}-`;
    const { months, events } = scan(docs, (date) => date.startsWith(prefix));
    const years = yearCounts(months);
    return { kind: 'year', year: view.year, years, count: events.length, months: yearMonths(events, view.year, today), nav: yearNeighbours(years, view.year) };
  }
  const from = calendarStart(today);
  const { months, events } = scan(docs, (date) => date >= from);
  // calendarStart is the first of a month: the months before it are the months before the view.
  const before = months.filter((m) => m.key < from.slice(0, 7));
  return { kind: 'upcoming', years: yearCounts(months), from, count: events.length, months: events.length ? groupByMonth(events, today) : [], earlier: before.at(-1) ?? null };
}

/** What an entry's timeline needs of it. */
export type TimelineSource = {
  category: string;
  issued: string;
  effective: string | null;
  commentDeadline: string | null;
  repealed: string | null;
};

export type TimelineKind = 'issued' | CalendarKind;

export type TimelineItem =
  | { type: 'date'; kind: TimelineKind; date: string; when: 'past' | 'today' | 'upcoming'; label: string }
  | { type: 'today'; date: string };

const TIMELINE_ORDER: TimelineKind[] = ['issued', 'comment-deadline', 'effective', 'repealed'];

function timelineLabel(kind: TimelineKind, category: string, date: string, today: string): string {
  if (kind === 'issued') return category === 'judgment' ? 'Decided' : 'Issued';
  // Repealed on or before today: it is no longer in force (lib/status.ts).
  if (kind === 'repealed') return date <= today ? 'Repealed' : 'To be repealed';
  return kindLabel(kind, date, today);
}

/**
 * An entry's dates in date order (on one day: issued, comments close, takes effect, repealed), with
 * today's position as its own item before the first date on or after today (the last item when
 * every date has passed).
 */
export function entryTimeline(entry: TimelineSource, today: string): TimelineItem[] {
  const dates: [TimelineKind, string | null][] = [
    ['issued', entry.issued],
    ['comment-deadline', entry.commentDeadline],
    ['effective', entry.effective],
    ['repealed', entry.repealed],
  ];
  const sorted = dates
    .filter((d): d is [TimelineKind, string] => d[1] !== null)
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) || TIMELINE_ORDER.indexOf(a[0]) - TIMELINE_ORDER.indexOf(b[0]));
  const items: TimelineItem[] = [];
  let marked = false;
  for (const [kind, date] of sorted) {
    if (!marked && date >= today) {
      items.push({ type: 'today', date: today });
      marked = true;
    }
    items.push({ type: 'date', kind, date, when: date < today ? 'past' : date === today ? 'today' : 'upcoming', label: timelineLabel(kind, entry.category, date, today) });
  }
  if (!marked) items.push({ type: 'today', date: today });
  return items;
}
