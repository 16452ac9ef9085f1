import { chinaToday, formatMonth } from './dates';

/** The dates the calendar shows, in the order they are listed on one day. */
export const CALENDAR_KINDS = [
  { id: 'comment-deadline', summary: 'Comments close', past: 'Comments closed' },
  { id: 'effective', summary: 'Takes effect', past: 'Took effect' },
  { id: 'repealed', summary: 'Repealed', past: 'Repealed' },
] as const;

export type CalendarKind = (typeof CALENDAR_KINDS)[number]['id'];
export const CALENDAR_KIND_IDS = CALENDAR_KINDS.map((k) => k.id) as [CalendarKind, ...CalendarKind[]];

/** How many whole months before the current one the calendar reaches back. */
export const MONTHS_BACK = 3;

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
  lines: CalendarLine[];
};

const KIND_ORDER = new Map<CalendarKind, number>(CALENDAR_KIND_IDS.map((k, i) => [k, i]));

/** The summary of a kind of date: 'Takes effect', or 'Took effect' once `date` is before `today`. */
export function kindLabel(kind: CalendarKind, date?: string, today?: string): string {
  const k = CALENDAR_KINDS.find((x) => x.id === kind)!;
  return date && today && date < today ? k.past : k.summary;
}

/**
 * The first day the calendar shows: the first of the month MONTHS_BACK months before today's
 * ('2099-05-15' → '2099-02-01'). Deadlines and start dates just passed stay visible for a quarter,
 * long enough to check what changed recently; everything upcoming is shown, however far ahead.
 */
export function calendarStart(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const months = y * 12 + (m - 1) - MONTHS_BACK;
  return `${String(Math.floor(months / 12)).padStart(4, '0')}-${String((months % 12) + 1).padStart(2, '0')}-01`;
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

/** The events of these entries from `calendarStart(today)` on, in date order (then kind, then slug). */
export function calendarEvents(docs: Iterable<CalendarSource>, today: string = chinaToday()): CalendarEvent[] {
  const from = calendarStart(today);
  const events: CalendarEvent[] = [];
  for (const doc of docs) for (const e of entryEvents(doc)) if (e.date >= from) events.push(e);
  return events.sort(
    (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );
}

/**
 * Sorted events grouped by month. Today's month is always there, and a `today` line sits before
 * the first event on or after today (so it precedes today's own events).
 */
export function groupByMonth(events: CalendarEvent[], today: string = chinaToday()): CalendarMonth[] {
  const thisMonth = today.slice(0, 7);
  const months = new Map<string, CalendarLine[]>();
  const lines = (month: string) => {
    let list = months.get(month);
    if (!list) months.set(month, (list = []));
    return list;
  };
  let marked = false;
  const mark = () => {
    lines(thisMonth).push({ type: 'today', date: today });
    marked = true;
  };
  for (const event of events) {
    if (!marked && event.date >= today) mark();
    const when = event.date < today ? 'past' : event.date === today ? 'today' : 'upcoming';
    lines(event.date.slice(0, 7)).push({ type: 'event', event, when });
  }
  if (!marked) mark();
  return [...months.keys()]
    .sort()
    .map((month) => ({ month, label: formatMonth(month), current: month === thisMonth, lines: months.get(month)! }));
}
