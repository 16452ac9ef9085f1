import { formatDate } from '@/lib/dates';

/** A calendar date (YYYY-MM-DD) shown as "19 December 2022", with a machine-readable <time>. */
export function CalendarDate({ value }: { value: string }) {
  return <time dateTime={value}>{formatDate(value)}</time>;
}
