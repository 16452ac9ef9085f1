import { format } from 'date-fns';
import { z } from 'zod';

/** A calendar date written YYYY-MM-DD (China time), kept as that text so no time zone can shift it. */
export const calendarDate = z.iso.date({ error: 'must be a calendar date written YYYY-MM-DD' });

/** True for a real calendar date written YYYY-MM-DD (2023-02-29 is false). */
export function isCalendarDate(value: string): boolean {
  return calendarDate.safeParse(value).success;
}

// A calendar date as a local-midnight Date: formatting it in the same (local) zone gives back the
// same day, whatever the server's or browser's time zone. Never pass it to anything zone-shifting.
function localDate(value: string): Date {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** '2022-12-19' → '19 December 2022', in every time zone. */
export function formatDate(value: string): string {
  return format(localDate(value), 'd MMMM yyyy');
}

/** '2022-12-19' → '19 Dec 2022' for dense lists. */
export function formatShortDate(value: string): string {
  return format(localDate(value), 'd MMM yyyy');
}

/** A period '2022-12-01'..'2023-01-31' → 'December 2022 - January 2023' (one month: 'January 2023'). */
export function formatPeriod(start: string, end: string): string {
  const a = format(localDate(start), 'MMMM yyyy');
  const b = format(localDate(end), 'MMMM yyyy');
  return a === b ? a : `${a} - ${b}`;
}

/** 'YYYY-MM' → 'January 2023' (or 'Jan 2023' when short). */
export function formatMonth(month: string, short = false): string {
  return format(localDate(`${month}-01`), short ? 'MMM yyyy' : 'MMMM yyyy');
}

/**
 * The instant a calendar day begins in China (UTC+8, no daylight saving), for machine timestamps
 * such as Atom's `updated`: '2022-12-19' → 2022-12-18T16:00:00Z. Never use it to display a date.
 */
export function chinaDayStart(value: string): Date {
  if (!isCalendarDate(value)) throw new Error(`not a calendar date: ${value}`);
  return new Date(`${value}T00:00:00+08:00`);
}

/** Today's date in China (Asia/Shanghai) as YYYY-MM-DD: the "today" that statuses are derived against. */
export function chinaToday(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * How far a calendar date is from today, in whole calendar days, months or years, for a reader:
 * 'in 12 days', 'yesterday', '5 months ago', 'in 1 year', '3 years, 10 months ago'; 'today'.
 */
export function formatDistance(date: string, today: string): string {
  if (date === today) return 'today';
  const future = date > today;
  const [from, to] = future ? [today, date] : [date, today];
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  const months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  let span: string;
  if (months === 0) {
    const days = Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
    if (days === 1) return future ? 'tomorrow' : 'yesterday';
    span = plural(days, 'day');
  } else if (months < 12) {
    span = plural(months, 'month');
  } else {
    span = plural(Math.floor(months / 12), 'year') + (months % 12 ? `, ${plural(months % 12, 'month')}` : '');
  }
  return future ? `in ${span}` : `${span} ago`;
}
