import { CATEGORY_IDS } from '../constants';
import type { Columns, Dictionary, MultiColumn, StatusColumn } from './filter-columns';
import type { FacetCounts, FacetWiden, SearchDoc, SearchFilters, SearchResult } from './types';

/** One active filter: its parameter, its bit in the candidates' masks, and its test of a doc number. */
export type Predicate = { key: string; bit: number; test: (n: number) => boolean };

/**
 * The active filters, in a fixed order. `family` maps an authority to itself and its local offices
 * (for `local`).
 */
export function filterPredicates(
  f: SearchFilters,
  columns: Columns,
  status: StatusColumn,
  docs: SearchDoc[],
  family: Map<string, string[]>,
): Predicate[] {
  const list: Predicate[] = [];
  // Which dictionary codes a filter accepts, so each test is typed-array lookups.
  const accepted = (dict: Dictionary, values: Iterable<string>) => {
    const flags = new Uint8Array(dict.values.length + 1);
    for (const v of values) {
      const code = dict.index.get(v);
      if (code !== undefined) flags[code] = 1;
    }
    return flags;
  };
  const anyOf = (column: MultiColumn, flags: Uint8Array) => {
    const { start, codes } = column;
    return (n: number) => {
      for (let k = start[n]!, end = start[n + 1]!; k < end; k++) if (flags[codes[k]!] === 1) return true;
      return false;
    };
  };
  if (f.issuer.length) {
    const flags = accepted(columns.issuers.dict, f.local ? f.issuer.flatMap((id) => family.get(id) ?? [id]) : f.issuer);
    list.push({ bit: 1 << list.length, key: 'issuer', test: anyOf(columns.issuers, flags) });
  }
  if (f.category.length) {
    const flags = accepted(columns.categories.dict, f.category);
    const code = columns.categories.code;
    list.push({ bit: 1 << list.length, key: 'category', test: (n) => flags[code[n]!] === 1 });
  }
  if (f.from || f.to) {
    const from = f.from ? Number(f.from.replaceAll('-', '')) : 0;
    const to = f.to ? Number(f.to.replaceAll('-', '')) : 99999999;
    const day = columns.issuedDay;
    list.push({ bit: 1 << list.length, key: 'date', test: (n) => day[n]! >= from && day[n]! <= to });
  }
  if (f.topic.length) {
    const flags = accepted(columns.topics.dict, f.topic);
    list.push({ bit: 1 << list.length, key: 'topic', test: anyOf(columns.topics, flags) });
  }
  if (f.status.length) {
    const flags = accepted(status.dictionary, f.status);
    const codes = status.codes;
    list.push({ bit: 1 << list.length, key: 'status', test: (n) => flags[codes[n]!] === 1 });
  }
  if (f.jurisdiction.length) {
    const set = new Set(f.jurisdiction.map((j) => j.toLowerCase()));
    list.push({ bit: 1 << list.length, key: 'jurisdiction', test: (n) => set.has(docs[n]!.jurisdiction.toLowerCase()) });
  }
  if (f.edition.length) {
    const set = new Set(f.edition);
    list.push({ bit: 1 << list.length, key: 'edition', test: (n) => docs[n]!.edition !== null && set.has(docs[n]!.edition!) });
  }
  return list;
}

/**
 * Facet counts over the candidates (`masks[i]`: the predicate bits candidate i fails), each under
 * every filter but its own (the year facet ignores the date range).
 */
export function facetCounts(candidates: Int32Array, predicates: Predicate[], masks: Uint8Array, columns: Columns, status: StatusColumn): FacetCounts {
  const bitOf = (key: string) => predicates.find((p) => p.key === key)?.bit ?? 0;
  // A candidate counts in a facet when it fails no filter but (perhaps) the facet's own.
  const open = (bit: number) => 0xff ^ bit;
  // Counts per dictionary code; facet keys come out in dictionary order, whatever the query.
  const category = new Int32Array(columns.categories.dict.values.length);
  const issuer = new Int32Array(columns.issuers.dict.values.length);
  const topic = new Int32Array(columns.topics.dict.values.length);
  const statusCount = new Int32Array(status.dictionary.values.length);
  const year = new Int32Array(columns.years.dict.values.length);
  const categoryOpen = open(bitOf('category'));
  const issuerOpen = open(bitOf('issuer'));
  const topicOpen = open(bitOf('topic'));
  const statusOpen = open(bitOf('status'));
  const yearOpen = open(bitOf('date'));
  const { start: issuerStart, codes: issuerCodes } = columns.issuers;
  const { start: topicStart, codes: topicCodes } = columns.topics;
  const categoryCode = columns.categories.code;
  const yearCode = columns.years.code;
  const statusCodes = status.codes;
  for (let i = 0; i < candidates.length; i++) {
    const n = candidates[i]!;
    const mask = masks[i]!;
    if ((mask & categoryOpen) === 0) category[categoryCode[n]!]!++;
    if ((mask & issuerOpen) === 0) for (let k = issuerStart[n]!, end = issuerStart[n + 1]!; k < end; k++) issuer[issuerCodes[k]!]!++;
    if ((mask & topicOpen) === 0) for (let k = topicStart[n]!, end = topicStart[n + 1]!; k < end; k++) topic[topicCodes[k]!]!++;
    if ((mask & statusOpen) === 0) statusCount[statusCodes[n]!]!++;
    if ((mask & yearOpen) === 0) year[yearCode[n]!]!++;
  }
  statusCount[0] = 0; // code 0: no status (enforcement actions and judgments)
  // Every category is listed, at 0 when none matches.
  const categories: Record<string, number> = {};
  for (const c of CATEGORY_IDS) categories[c] = 0;
  return {
    category: record(columns.categories.dict, category, categories),
    issuer: record(columns.issuers.dict, issuer),
    topic: record(columns.topics.dict, topic),
    status: record(status.dictionary, statusCount),
    year: record(columns.years.dict, year),
  };
}

/**
 * For each filter group with values chosen (values within a group are alternatives: OR), how many
 * entries each of its values would add to the results: candidates that pass every other filter
 * but not the group's own, counted under each of their values. What "+5" beside a value says.
 */
export function widenCounts(candidates: Int32Array, predicates: Predicate[], masks: Uint8Array, columns: Columns, status: StatusColumn): FacetWiden {
  const out: FacetWiden = {};
  const groups = [
    { key: 'category', dict: columns.categories.dict, values: (n: number, add: (code: number) => void) => add(columns.categories.code[n]!) },
    { key: 'status', dict: status.dictionary, values: (n: number, add: (code: number) => void) => add(status.codes[n]!) },
    { key: 'issuer', dict: columns.issuers.dict, values: multi(columns.issuers) },
    { key: 'topic', dict: columns.topics.dict, values: multi(columns.topics) },
  ] as const;
  for (const group of groups) {
    const bit = predicates.find((p) => p.key === group.key)?.bit;
    if (!bit) continue;
    const counts = new Int32Array(group.dict.values.length);
    const add = (code: number) => counts[code]!++;
    for (let i = 0; i < candidates.length; i++) if (masks[i] === bit) group.values(candidates[i]!, add);
    if (group.key === 'status') counts[0] = 0; // no status
    out[group.key] = record(group.dict, counts);
  }
  return out;
}

function multi(column: MultiColumn) {
  return (n: number, add: (code: number) => void) => {
    for (let k = column.start[n]!, end = column.start[n + 1]!; k < end; k++) add(column.codes[k]!);
  };
}

/** The values counted at least once, with their counts, in dictionary order (added to `into`). */
function record(dict: Dictionary, counts: Int32Array, into: Record<string, number> = {}): Record<string, number> {
  for (let code = 0; code < counts.length; code++) if (counts[code]! > 0) into[dict.values[code]!] = counts[code]!;
  return into;
}

/**
 * When nothing matched: for each active filter, how many candidates would match without it, and
 * (with a query) how many docs the filters alone give; those above 0, most results first.
 */
export function relaxations(f: SearchFilters, candidates: Int32Array, predicates: Predicate[], textual: boolean, docCount: number): SearchResult['relaxations'] {
  const out: SearchResult['relaxations'] = [];
  for (const p of predicates) {
    const total = candidates.filter((n) => predicates.every((q) => q === p || q.test(n))).length;
    if (total > 0) out.push({ param: p.key, value: null, total });
  }
  if (textual) {
    const all = Array.from({ length: docCount }, (_, n) => n);
    const total = all.filter((n) => predicates.every((q) => q.test(n))).length;
    if (total > 0) out.push({ param: 'q', value: f.q, total });
  }
  return out.sort((a, b) => b.total - a.total);
}
