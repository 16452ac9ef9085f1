import { format, parseISO, subMonths, addDays } from 'date-fns';

/**
 * The "Date issued" choices of the search page's filters: a radio group whose presets stand for a
 * from/to range. The URL keeps only `from` and `to` (one canonical form); the form sends `issued`
 * too, and a preset it names replaces whatever dates came with it. "Any time" and "Custom range"
 * leave `from`/`to` as typed.
 */
export type DatePreset = { id: string; label: string; from: string | null; to: string | null };

const YEAR = /^\d{4}$/;

/** The relative presets, worked out for the given China day. */
export function relativePresets(today: string): DatePreset[] {
  const day = parseISO(today);
  return [
    { id: 'this-year', label: 'This year', from: `${today.slice(0, 4)}-01-01`, to: null },
    // The twelve months up to and including today: 30 Nov 2025 - 29 Nov 2026.
    { id: '12m', label: 'Last 12 months', from: format(addDays(subMonths(day, 12), 1), 'yyyy-MM-dd'), to: null },
  ];
}

/** A calendar year as a range. */
export function yearPreset(year: string): DatePreset {
  return { id: year, label: year, from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The range a submitted `issued` value stands for; null when it names no preset (any, custom, junk). */
export function presetRange(issued: string | null, today: string | null): { from: string | null; to: string | null } | null {
  if (!issued) return null;
  if (YEAR.test(issued)) return yearPreset(issued);
  if (!today) return null;
  return relativePresets(today).find((p) => p.id === issued) ?? null;
}

/** Which choice a range shows as: 'any', a preset's id, or 'custom'. */
export function presetOf(from: string | null, to: string | null, today: string): string {
  if (!from && !to) return 'any';
  const relative = relativePresets(today).find((p) => p.from === from && p.to === to);
  if (relative) return relative.id;
  if (from && to && from.endsWith('-01-01') && to === `${from.slice(0, 4)}-12-31`) return from.slice(0, 4);
  return 'custom';
}
