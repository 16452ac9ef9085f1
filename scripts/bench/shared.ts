// What every contender in the benchmark shares: the searchable fields of an entry (as
// docs/search.md lists them), the filter and facet rules for peers that have none of their own,
// the contender interface, and small statistics.
import { CATEGORY_IDS, type StatusId } from '../../lib/constants';
import type { KnownIds } from '../../lib/search/params';
import { parseSearchParams } from '../../lib/search/params';
import { deriveStatus } from '../../lib/status';
import type { FacetCounts, SearchAuthority, SearchCorpus, SearchDoc, SearchFilters } from '../../lib/search/types';

/** What one search returns, reduced to what the page shows: the count, page 1's slugs, the facets, and whether it matched all terms or fell back to any. */
export type Outcome = { total: number; top: string[]; facets: FacetCounts; mode: 'all' | 'any' };

/** A search implementation under test. `null` from `run`/`all` means "this query cannot be expressed". */
export interface Contender {
  readonly name: string;
  /** One search as /api/search runs it: parse the parameters, match, filter, count facets, rank, cut page 1. */
  run(qs: string): Outcome | null;
  /** Every matching slug, unpaged (for recall; not timed). */
  all(qs: string): Set<string> | null;
}

export const PAGE = 20;

// The searchable fields and the doc order are the product's own definitions (lib/search/corpus.ts).
export { orderDocs, tierFields as docFields } from '../../lib/search/corpus';

const FACET_BITS = { issuer: 1, category: 2, date: 4, topic: 8, status: 16, jurisdiction: 32, edition: 64 } as const;
type FilterKey = keyof typeof FACET_BITS;

/**
 * Filters and facet counts over columns of entry values, written plainly from docs/search.md:
 * different filters AND, values of one filter OR; each facet counted under every other filter.
 * The peers that have no facets of their own (MiniSearch, the linear scan) use this.
 */
export class Columns {
  readonly docs: SearchDoc[];
  readonly statuses: (StatusId | null)[];
  private readonly children = new Map<string, string[]>();

  constructor(docs: SearchDoc[], authorities: SearchAuthority[], today: string) {
    this.docs = docs;
    this.statuses = docs.map((d) => deriveStatus(d, today));
    for (const a of authorities) {
      if (!a.parent) continue;
      const list = this.children.get(a.parent) ?? [];
      list.push(a.id);
      this.children.set(a.parent, list);
    }
  }

  /** An authority and its offices at any depth. */
  family(id: string): string[] {
    const out = [id];
    for (let i = 0; i < out.length; i++) for (const c of this.children.get(out[i]!) ?? []) if (!out.includes(c)) out.push(c);
    return out;
  }

  /** Bit mask of the active filters doc `n` fails. */
  private failures(f: SearchFilters): (n: number) => number {
    const issuers = f.issuer.length ? new Set(f.local ? f.issuer.flatMap((id) => this.family(id)) : f.issuer) : null;
    const categories = f.category.length ? new Set<string>(f.category) : null;
    const from = f.from ?? '';
    const to = f.to ?? '9999-99-99';
    const dated = !!(f.from || f.to);
    const topics = f.topic.length ? new Set(f.topic) : null;
    const statuses = f.status.length ? new Set<string>(f.status) : null;
    const places = f.jurisdiction.length ? new Set(f.jurisdiction.map((j) => j.toLowerCase())) : null;
    const editions = f.edition.length ? new Set(f.edition) : null;
    return (n) => {
      const d = this.docs[n]!;
      let mask = 0;
      if (issuers && !d.issuers.some((id) => issuers.has(id))) mask |= FACET_BITS.issuer;
      if (categories && !categories.has(d.category)) mask |= FACET_BITS.category;
      if (dated && (d.issued < from || d.issued > to)) mask |= FACET_BITS.date;
      if (topics && !d.topics.some((t) => topics.has(t))) mask |= FACET_BITS.topic;
      const s = this.statuses[n];
      if (statuses && !(s && statuses.has(s))) mask |= FACET_BITS.status;
      if (places && !places.has(d.jurisdiction.toLowerCase())) mask |= FACET_BITS.jurisdiction;
      if (editions && !(d.edition && editions.has(d.edition))) mask |= FACET_BITS.edition;
      return mask;
    };
  }

  /** The matched docs that pass every filter, and the five facets (each under every other filter). */
  filterAndCount(matched: Iterable<number>, f: SearchFilters): { passing: number[]; facets: FacetCounts } {
    const fail = this.failures(f);
    const facets: FacetCounts = { category: {}, issuer: {}, topic: {}, status: {}, year: {} };
    for (const c of CATEGORY_IDS) facets.category[c] = 0;
    const bump = (rec: Record<string, number>, k: string) => (rec[k] = (rec[k] ?? 0) + 1);
    const without = (mask: number, key: FilterKey) => (mask & ~FACET_BITS[key]) === 0;
    const passing: number[] = [];
    for (const n of matched) {
      const mask = fail(n);
      if (mask === 0) passing.push(n);
      const d = this.docs[n]!;
      if (without(mask, 'category')) bump(facets.category, d.category);
      if (without(mask, 'issuer')) for (const id of d.issuers) bump(facets.issuer, id);
      if (without(mask, 'topic')) for (const t of d.topics) bump(facets.topic, t);
      if (without(mask, 'status') && this.statuses[n]) bump(facets.status, this.statuses[n]!);
      if (without(mask, 'date')) bump(facets.year, d.issued.slice(0, 4));
    }
    return { passing, facets };
  }
}

/** Parses a query string exactly as /api/search does. */
export function parse(qs: string, known: KnownIds): SearchFilters {
  return parseSearchParams(new URLSearchParams(qs), known).filters;
}

export function knownIds(corpus: SearchCorpus, editions: string[]): KnownIds {
  const topics = new Set<string>();
  for (const d of corpus.docs) for (const t of d.topics) topics.add(t);
  return { authorities: corpus.authorities.map((a) => a.id), topics: [...topics], editions };
}

// --- statistics -------------------------------------------------------------------------------

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
}

export function median(values: number[]): number {
  return quantile([...values].sort((a, b) => a - b), 0.5);
}

export function geomean(values: number[]): number {
  const ok = values.filter((v) => v > 0 && Number.isFinite(v));
  if (ok.length === 0) return NaN;
  return Math.exp(ok.reduce((s, v) => s + Math.log(v), 0) / ok.length);
}

/** Stable key of facet counts, for equality checks. */
export function facetKey(f: FacetCounts): string {
  const sortObj = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v > 0).sort(([a], [b]) => (a < b ? -1 : 1)));
  return JSON.stringify({ category: sortObj(f.category), issuer: sortObj(f.issuer), topic: sortObj(f.topic), status: sortObj(f.status), year: sortObj(f.year) });
}

/** Heap in use after a full collection (needs node --expose-gc; otherwise a best effort). */
export function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed;
}

export function hasGc(): boolean {
  return typeof (globalThis as { gc?: unknown }).gc === 'function';
}
