import { z } from 'zod';
import { CATEGORY_IDS, STATUS_IDS } from '../constants';
import { isCalendarDate } from '../dates';
import { didYouMean } from '../content/problems';
import { presetRange } from './date-presets';
import type { SearchFilters, SortId } from './types';

/** Caps on what one search may ask for; beyond them the request is answered with a clear message. */
export const LIMITS = {
  /** Characters of `q`. */
  queryLength: 500,
  /** Values of one repeatable parameter (issuer, category, topic...). */
  valuesPerParam: 50,
  /** Highest page number (20 results a page). */
  page: 500,
} as const;

export const SORTS: SortId[] = ['relevance', 'newest', 'oldest'];

type Repeatable = 'issuer' | 'category' | 'topic' | 'status' | 'jurisdiction' | 'edition';
type Single = 'q' | 'local' | 'from' | 'to' | 'sort' | 'page';

/** What the catalogue knows, to check ids against. */
export type KnownIds = { authorities: Iterable<string>; topics: Iterable<string>; editions: Iterable<string> };

export type ParamProblem = { param: string; value: string; message: string };

const date = z.string().refine(isCalendarDate, { error: 'must be a date written YYYY-MM-DD' });
const page = z
  .string()
  .regex(/^\d{1,6}$/, { error: 'must be a whole number from 1' })
  .transform(Number)
  .pipe(z.number().int().min(1, { error: 'must be 1 or more' }).max(LIMITS.page, { error: `must be at most ${LIMITS.page}` }));

/** One schema per parameter, each value checked on its own so one bad value drops only itself. */
const valueSchemas = {
  category: z.enum(CATEGORY_IDS),
  status: z.enum(STATUS_IDS),
  sort: z.enum(SORTS as [SortId, ...SortId[]]),
  local: z.enum(['1', '0', 'true', 'false', 'on', '']),
  from: date,
  to: date,
  page,
};

type Input = URLSearchParams | Record<string, string | string[] | undefined>;

function valuesOf(input: Input, name: string): string[] {
  if (input instanceof URLSearchParams) return input.getAll(name);
  const v = input[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

// Control characters (NUL included) are never part of a meaningful query.
const CONTROL = /[\p{Cc}\p{Cf}\p{Cs}]/gu;

/**
 * Parses search parameters into filters. Every bad value is reported in `problems` and left out of
 * the filters, so pages can show what was ignored and the API can answer 400. `issued`, sent by the
 * search page's "Date issued" choices, names a preset range (a year, "this-year", "12m", worked out
 * for `today`) that replaces `from` and `to`; any other value of it leaves them as given.
 */
export function parseSearchParams(input: Input, known: KnownIds, today: string | null = null): { filters: SearchFilters; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const sets = { issuer: new Set(known.authorities), topic: new Set(known.topics), edition: new Set(known.editions) };
  const label = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}...` : value);

  const many = (name: Repeatable): string[] => {
    const raw = valuesOf(input, name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    if (raw.length > LIMITS.valuesPerParam) {
      problems.push({ param: name, value: `${raw.length} values`, message: `at most ${LIMITS.valuesPerParam} values` });
    }
    const ok: string[] = [];
    for (const value of raw.slice(0, LIMITS.valuesPerParam)) {
      if (name === 'issuer' || name === 'topic' || name === 'edition') {
        const pool = sets[name];
        if (pool.has(value)) ok.push(value);
        else problems.push({ param: name, value: label(value), message: `unknown ${name === 'issuer' ? 'authority' : name} '${label(value)}'${didYouMean(value, pool)}` });
      } else if (name === 'jurisdiction') {
        ok.push(value.replace(CONTROL, '').slice(0, 100));
      } else {
        const r = valueSchemas[name].safeParse(value);
        if (r.success) ok.push(r.data);
        else problems.push({ param: name, value: label(value), message: `'${label(value)}' is not allowed; allowed values: ${valueSchemas[name].options.join(', ')}${didYouMean(value, valueSchemas[name].options)}` });
      }
    }
    return [...new Set(ok)];
  };

  const one = (name: Single): string | null => {
    const values = valuesOf(input, name);
    if (values.length > 1 && name !== 'q') problems.push({ param: name, value: values.map(label).join(', '), message: 'give this parameter once' });
    return values[0] ?? null;
  };

  const single = <T>(name: 'sort' | 'local' | 'from' | 'to' | 'page', schema: z.ZodType<T>): T | null => {
    const value = one(name);
    if (value === null || value === '') return null;
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    const message = r.error.issues[0]?.message ?? 'is not valid';
    const allowed = 'options' in schema && Array.isArray(schema.options) ? ` (allowed: ${schema.options.filter(Boolean).join(', ')})` : '';
    problems.push({ param: name, value: label(value), message: `'${label(value)}' ${message.startsWith('Invalid option') ? 'is not allowed' : message}${allowed}` });
    return null;
  };

  // Repeated q values are read as one query.
  let q = valuesOf(input, 'q').join(' ').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (q.length > LIMITS.queryLength) {
    problems.push({ param: 'q', value: `${q.length} characters`, message: `the query is ${q.length} characters long; at most ${LIMITS.queryLength} are searched` });
    q = q.slice(0, LIMITS.queryLength);
  }

  const preset = presetRange(valuesOf(input, 'issued')[0] ?? null, today);
  const from = preset ? preset.from : single('from', valueSchemas.from);
  const to = preset ? preset.to : single('to', valueSchemas.to);
  const filters: SearchFilters = {
    q,
    issuer: many('issuer'),
    local: ['1', 'true', 'on'].includes(single('local', valueSchemas.local) ?? '0'),
    category: many('category') as SearchFilters['category'],
    from,
    to,
    topic: many('topic'),
    status: many('status') as SearchFilters['status'],
    jurisdiction: many('jurisdiction'),
    edition: many('edition'),
    sort: single('sort', valueSchemas.sort) ?? (q ? 'relevance' : 'newest'),
    page: single('page', valueSchemas.page) ?? 1,
  };
  if (from && to && from > to) {
    problems.push({ param: 'from', value: from, message: `'from' (${from}) is after 'to' (${to})` });
    filters.from = null;
    filters.to = null;
  }
  return { filters, problems };
}

/** The URL of a search: only non-default values, in a stable order. Any change but `page` resets to page 1. */
export function searchQueryString(filters: SearchFilters, change: Partial<SearchFilters> = {}): string {
  const f = { ...filters, ...change };
  if (!('page' in change)) f.page = 1;
  const p = new URLSearchParams();
  if (f.q) p.set('q', f.q);
  for (const id of f.issuer) p.append('issuer', id);
  if (f.local && f.issuer.length) p.set('local', '1');
  for (const c of f.category) p.append('category', c);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  for (const t of f.topic) p.append('topic', t);
  for (const s of f.status) p.append('status', s);
  for (const j of f.jurisdiction) p.append('jurisdiction', j);
  for (const e of f.edition) p.append('edition', e);
  const defaultSort = f.q ? 'relevance' : 'newest';
  if (f.sort !== defaultSort) p.set('sort', f.sort);
  if (f.page > 1) p.set('page', String(f.page));
  return p.toString();
}

/** Adds or removes one value of a repeatable filter, for facet links. */
export function toggleValue(filters: SearchFilters, param: 'issuer' | 'category' | 'topic' | 'status' | 'jurisdiction' | 'edition', value: string): string {
  const current = filters[param] as string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return searchQueryString(filters, { [param]: next } as Partial<SearchFilters>);
}

export const EMPTY_FILTERS: SearchFilters = {
  q: '',
  issuer: [],
  local: false,
  category: [],
  from: null,
  to: null,
  topic: [],
  status: [],
  jurisdiction: [],
  edition: [],
  sort: 'newest',
  page: 1,
};
