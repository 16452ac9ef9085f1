import { z } from 'zod';
import { feedStart, FEED_MONTHS_BACK, type CalendarView } from './calendar';
import { calendarDate } from './dates';
import type { ParamProblem } from './search/params';

/**
 * The calendar's own parameters: which period a page shows (`month`, `year`) and which dates the
 * iCalendar feed holds (`since`, `until`). They are not search parameters: the filters (issuer,
 * category, topic...) still go through lib/search/params.ts, so a filter means the same everywhere.
 */

/** The dates the feed holds, both included; `until` null: everything from `since` on. */
export type FeedWindow = { since: string; until: string | null };

type Input = URLSearchParams;

const month = z
  .string()
  .regex(/^\d{4}-\d{2}$/, { error: 'must be a month written YYYY-MM, e.g. 2025-01' })
  .refine((m) => Number(m.slice(5)) >= 1 && Number(m.slice(5)) <= 12, { error: 'must be a month written YYYY-MM, with the month from 01 to 12' })
  .refine((m) => m >= '1000-01', { error: 'must be a year from 1000 on' });

const year = z
  .string()
  .regex(/^\d{4}$/, { error: 'must be a year written with four digits, e.g. 2025' })
  .transform(Number)
  .refine((y) => y >= 1000, { error: 'must be a year from 1000 on' });

const label = (value: string) => (value.length > 40 ? `${value.slice(0, 37)}...` : value);

/** One value of a parameter given at most once; '' counts as not given (an empty form field). */
function single<T>(input: Input, name: string, schema: z.ZodType<T, string>, problems: ParamProblem[]): T | null {
  const values = input.getAll(name).filter((v) => v !== '');
  if (values.length === 0) return null;
  if (values.length > 1) {
    problems.push({ param: name, value: values.map(label).join(', '), message: 'give this parameter once' });
    return null;
  }
  const value = values[0]!;
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  problems.push({ param: name, value: label(value), message: `'${label(value)}' ${r.error.issues[0]?.message ?? 'is not valid'}` });
  return null;
}

/**
 * The period a calendar page shows. A bad `month` or `year` is a problem (shown as a notice) and
 * the page falls back to the default view; with both, the month is shown and `year` reported.
 */
export function parseCalendarView(input: Input): { view: CalendarView; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const m = single(input, 'month', month, problems);
  const y = single(input, 'year', year, problems);
  if (m !== null) {
    if (y !== null) problems.push({ param: 'year', value: String(y), message: `give 'month' or 'year', not both; showing ${m}` });
    return { view: { kind: 'month', month: m }, problems };
  }
  if (y !== null) return { view: { kind: 'year', year: y }, problems };
  return { view: { kind: 'upcoming' }, problems };
}

/** The calendar parameter of a view, for links and forms: ['month', '2025-01'], or null for the default. */
export function viewParam(view: CalendarView): [string, string] | null {
  if (view.kind === 'month') return ['month', view.month];
  if (view.kind === 'year') return ['year', String(view.year).padStart(4, '0')];
  return null;
}

/**
 * The dates the iCalendar feed holds: `since` and `until` (YYYY-MM-DD, both included). Without
 * `since` the feed starts FEED_MONTHS_BACK months before `today` (China time), so a subscriber
 * keeps a year of history; without `until` it holds everything upcoming. Every problem is reported
 * (the feed answers 400: a subscription must not silently hold other dates than asked for).
 */
export function parseFeedWindow(input: Input, today: string): { window: FeedWindow; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const since = single(input, 'since', calendarDate, problems);
  const until = single(input, 'until', calendarDate, problems);
  const start = since ?? feedStart(today);
  if (until !== null && until < start) {
    problems.push(
      since !== null
        ? { param: 'since', value: since, message: `'since' (${since}) is after 'until' (${until})` }
        : {
            param: 'until',
            value: until,
            message: `'until' (${until}) is before the feed's default start, ${FEED_MONTHS_BACK} months before today (${start}); give 'since' as well`,
          },
    );
  }
  return { window: { since: start, until }, problems };
}
