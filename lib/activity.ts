import { formatMonth } from './dates';

export type ActivityBar = { key: string; label: string; count: number };
export type Activity = { unit: 'month' | 'year'; bars: ActivityBar[]; total: number };

/** Up to this many months of history are charted month by month; longer spans by year. */
const MAX_MONTHS = 24;
/** A monthly chart covers at least a year, ending with the newest entry's month. */
const MIN_MONTHS = 12;

/**
 * Counts calendar dates (YYYY-MM-DD) per month, or per year when they span more than two years,
 * with empty months or years filled in so the chart shows gaps as gaps.
 */
export function activityOf(dates: string[]): Activity {
  if (dates.length === 0) return { unit: 'year', bars: [], total: 0 };
  const months = dates.map((d) => d.slice(0, 7)).sort();
  const first = monthIndex(months[0]!);
  const last = monthIndex(months[months.length - 1]!);
  const counts = new Map<string, number>();

  if (last - first + 1 <= MAX_MONTHS) {
    for (const m of months) counts.set(m, (counts.get(m) ?? 0) + 1);
    const start = Math.min(first, last - MIN_MONTHS + 1);
    const bars: ActivityBar[] = [];
    for (let i = start; i <= last; i++) {
      const key = monthKey(i);
      bars.push({ key, label: formatMonth(key), count: counts.get(key) ?? 0 });
    }
    return { unit: 'month', bars, total: dates.length };
  }

  for (const m of months) counts.set(m.slice(0, 4), (counts.get(m.slice(0, 4)) ?? 0) + 1);
  const bars: ActivityBar[] = [];
  for (let y = Number(months[0]!.slice(0, 4)); y <= Number(months[months.length - 1]!.slice(0, 4)); y++) {
    bars.push({ key: String(y), label: String(y), count: counts.get(String(y)) ?? 0 });
  }
  return { unit: 'year', bars, total: dates.length };
}

/** One sentence a screen reader can read instead of the chart. */
export function describeActivity(activity: Activity): string {
  if (activity.bars.length === 0) return 'No entries yet.';
  const first = activity.bars[0]!.label;
  const last = activity.bars[activity.bars.length - 1]!.label;
  const busy = activity.bars.filter((b) => b.count > 0).map((b) => `${b.count} in ${b.label}`);
  const quiet = activity.bars.length > busy.length ? `; none in the other ${activity.unit}s` : '';
  const span = first === last ? first : `${first} to ${last}`;
  return `Entries per ${activity.unit}, ${span}: ${busy.join(', ')}${quiet}.`;
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthKey(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
