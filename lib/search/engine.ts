import { CATEGORY_IDS } from '../constants';
import { orderDocs } from './corpus';
import { Columns, type Dictionary, type MultiColumn } from './filter-columns';
import { queryTerms, TermMatcher } from './match';
import { newScratch, type Scratch } from './scratch';
import { snippet, snippetMarker } from './snippets';
import { buildTextIndex } from './text-index';
import type { FacetCounts, SearchAuthority, SearchCorpus, SearchDoc, SearchFilters, SearchHit, SearchMatch, SearchResult } from './types';

export { withinOneEdit } from './typos';

export const PER_PAGE = 20;

type Predicate = { key: string; bit: number; test: (n: number) => boolean };

/**
 * The search index over one catalogue version: posting lists and word positions in typed arrays
 * (which docs hold a token, in which tier, and where: phrases are merges of positions), the
 * vocabulary in a FlexSearch prefix index (a word typed finds every word it begins), plus columns
 * of each entry's filter values, so filters and facet counts never touch the database. See
 * docs/performance.md for why postings are not kept in FlexSearch.
 */
export class SearchEngine {
  readonly docs: SearchDoc[];
  private readonly authorityIds: string[];
  private readonly authorities: Map<string, SearchAuthority>;
  private readonly family = new Map<string, string[]>(); // authority → itself and its offices, any depth
  private topics: Map<string, { id: string; label: string; labelZh: string | null }> | null = null;
  private bySlug: Map<string, SearchDoc> | null = null;
  /** Each entry's filter and facet values, dictionary-encoded. */
  private readonly columns: Columns;
  private readonly scratch: Scratch;
  private readonly matcher: TermMatcher;

  constructor(corpus: SearchCorpus) {
    this.docs = orderDocs(corpus.docs);
    const byId = new Map(corpus.authorities.map((a) => [a.id, a]));
    this.authorities = byId;
    this.authorityIds = corpus.authorities.map((a) => a.id);
    for (const a of corpus.authorities) {
      const ids = [a.id];
      for (let i = 0; i < ids.length; i++) for (const b of corpus.authorities) if (b.parentId === ids[i] && !ids.includes(b.id)) ids.push(b.id);
      this.family.set(a.id, ids);
    }
    this.scratch = newScratch(this.docs.length);
    this.matcher = new TermMatcher(buildTextIndex(this.docs, byId), this.scratch);
    this.columns = new Columns(this.docs);
  }

  /** Runs a search: text match, filters, facet counts (each under every other filter), ranking, one page. */
  search(filters: SearchFilters, today: string): SearchResult {
    const { statuses, terms, matches, textual, candidates, predicates, masks, hitsAll } = this.match(filters, today);
    const facets = this.facets(candidates, predicates, masks, today);

    const total = hitsAll.length;
    const pages = Math.max(1, Math.ceil(total / PER_PAGE));
    const start = (filters.page - 1) * PER_PAGE;
    const marker = snippetMarker(matches.flatMap((m) => m.words));
    const hits: SearchHit[] = Array.from(hitsAll.subarray(start, start + PER_PAGE), (n) => ({
      doc: this.docs[n]!,
      status: statuses[n] ?? null,
      snippet: snippet(this.docs[n]!, marker, terms),
    }));

    const corrected = matches.some((m) => m.correction) || (textual && total === 0);
    const suggestion = corrected ? this.matcher.suggest(filters.q, terms, matches) : null;
    const relaxations = total === 0 ? this.relaxations(filters, candidates, predicates, textual) : [];
    return { total, page: filters.page, per: PER_PAGE, pages, hits, facets, suggestion, relaxations };
  }

  /**
   * Every entry that matches the filters, unpaged, in the search's order: what the exports and the
   * calendar list. The same matching as `search` (one place owns each filter rule), without facets or snippets.
   */
  matchAll(filters: SearchFilters, today: string): SearchMatch[] {
    const { statuses, hitsAll } = this.match(filters, today);
    return Array.from(hitsAll, (n) => ({ doc: this.docs[n]!, status: statuses[n] ?? null }));
  }

  /** A published entry by slug, or undefined. */
  doc(slug: string): SearchDoc | undefined {
    if (!this.bySlug) this.bySlug = new Map(this.docs.map((d) => [d.slug, d]));
    return this.bySlug.get(slug);
  }

  // Text match, filters and ranking: shared by `search` and `matchAll`.
  private match(filters: SearchFilters, today: string) {
    const status = this.columns.statuses(today);
    const { statuses } = status;
    const terms = queryTerms(filters.q);
    const matches = terms.map((t) => this.matcher.match(t));
    const textual = terms.length > 0;

    // Candidate docs, in the order first found, with their rank features (scratch buffers: one
    // search runs at a time, synchronously, so nothing is allocated per candidate).
    const scratch = this.scratch;
    const { coverage, titleHits, metaHits } = scratch;
    let count = 0;
    if (textual) {
      for (const m of matches) {
        const { ids, tiers } = m;
        for (let i = 0; i < ids.length; i++) {
          const n = ids[i]!;
          if (coverage[n] === 0) scratch.candidates[count++] = n;
          coverage[n]!++;
          const tier = tiers[i];
          if (tier === 0) titleHits[n]!++;
          else if (tier === 1) metaHits[n]!++;
        }
      }
    } else {
      for (let n = 0; n < this.docs.length; n++) scratch.candidates[n] = n;
      count = this.docs.length;
    }
    const candidates = scratch.candidates.subarray(0, count);

    const predicates = this.predicates(filters, status.codes, status.dictionary);
    // One pass over the filters per candidate: the bits of the predicates it fails.
    const masks = scratch.masks.subarray(0, count);
    let hitCount = 0;
    const flags = scratch.marks;
    for (let i = 0; i < count; i++) {
      const n = candidates[i]!;
      let mask = 0;
      for (let k = 0; k < predicates.length; k++) if (!predicates[k]!.test(n)) mask |= predicates[k]!.bit;
      masks[i] = mask;
      if (mask === 0) {
        flags[n] = 1;
        hitCount++;
      }
    }
    // The hits in doc-number order (this.docs is newest first, so that is newest first).
    const ascending = new Int32Array(hitCount);
    if (hitCount * 16 < this.docs.length) {
      let at = 0;
      for (let i = 0; i < count; i++) if (flags[candidates[i]!] === 1) ascending[at++] = candidates[i]!;
      ascending.sort();
      for (let i = 0; i < hitCount; i++) flags[ascending[i]!] = 0;
    } else {
      let at = 0;
      for (let n = 0; n < flags.length; n++) {
        if (flags[n] === 1) {
          ascending[at++] = n;
          flags[n] = 0;
        }
      }
    }

    const sort = filters.sort === 'relevance' && !textual ? 'newest' : filters.sort;
    let hitsAll: Int32Array;
    if (sort === 'relevance') {
      // Coverage, then title hits, then issuer/topic hits (each at most the number of terms), then doc
      // number: a counting sort on the rank key over the hits in doc-number order.
      const base = terms.length + 1;
      const keys = scratch.keys;
      let top = 0;
      for (let i = 0; i < hitCount; i++) {
        const n = ascending[i]!;
        const key = (coverage[n]! * base + titleHits[n]!) * base + metaHits[n]!;
        keys[i] = key;
        if (key > top) top = key;
      }
      hitsAll = new Int32Array(hitCount);
      if (top < 1 << 16) {
        const next = new Int32Array(top + 2); // next[top - key]: where the next hit with this key goes
        for (let i = 0; i < hitCount; i++) next[top - keys[i]! + 1]!++;
        for (let k = 1; k < next.length; k++) next[k] = next[k]! + next[k - 1]!;
        for (let i = 0; i < hitCount; i++) hitsAll[next[top - keys[i]!]!++] = ascending[i]!;
      } else {
        const order = Array.from({ length: hitCount }, (_, i) => i).sort((a, b) => keys[b]! - keys[a]! || a - b);
        order.forEach((i, at) => (hitsAll[at] = ascending[i]!));
      }
    } else {
      hitsAll = ascending;
      if (sort !== 'newest') {
        // Oldest first; entries of the same day keep slug order.
        const day = this.columns.issuedDay;
        hitsAll = Int32Array.from([...ascending].sort((a, b) => (day[a] === day[b] ? a - b : b - a)));
      }
    }
    if (textual) for (let i = 0; i < count; i++) coverage[candidates[i]!] = titleHits[candidates[i]!] = metaHits[candidates[i]!] = 0;
    return { statuses, terms, matches, textual, candidates, predicates, masks, hitsAll };
  }

  /** Every authority id with its local offices (for `local=1`). */
  familyOf(id: string): string[] {
    return this.family.get(id) ?? [id];
  }

  /** A topic's labels, for facet lists. */
  topic(id: string): { id: string; label: string; labelZh: string | null } | undefined {
    if (!this.topics) {
      this.topics = new Map();
      for (const d of this.docs) for (const t of d.topics) this.topics.set(t.id, t);
    }
    return this.topics.get(id);
  }

  /** An authority's names, for showing issuers in results. */
  authority(id: string): SearchAuthority | undefined {
    return this.authorities.get(id);
  }

  knownAuthorities(): string[] {
    return this.authorityIds;
  }

  private predicates(f: SearchFilters, statusCodes: Uint8Array, statusDict: Dictionary): Predicate[] {
    const list: Predicate[] = [];
    const docs = this.docs;
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
      const flags = accepted(this.columns.issuers.dict, f.local ? f.issuer.flatMap((id) => this.familyOf(id)) : f.issuer);
      list.push({ bit: 1 << list.length, key: 'issuer', test: anyOf(this.columns.issuers, flags) });
    }
    if (f.category.length) {
      const flags = accepted(this.columns.categories.dict, f.category);
      const code = this.columns.categories.code;
      list.push({ bit: 1 << list.length, key: 'category', test: (n) => flags[code[n]!] === 1 });
    }
    if (f.from || f.to) {
      const from = f.from ? Number(f.from.replaceAll('-', '')) : 0;
      const to = f.to ? Number(f.to.replaceAll('-', '')) : 99999999;
      const day = this.columns.issuedDay;
      list.push({ bit: 1 << list.length, key: 'date', test: (n) => day[n]! >= from && day[n]! <= to });
    }
    if (f.topic.length) {
      const flags = accepted(this.columns.topics.dict, f.topic);
      list.push({ bit: 1 << list.length, key: 'topic', test: anyOf(this.columns.topics, flags) });
    }
    if (f.status.length) {
      const flags = accepted(statusDict, f.status);
      list.push({ bit: 1 << list.length, key: 'status', test: (n) => flags[statusCodes[n]!] === 1 });
    }
    if (f.jurisdiction.length) {
      const set = new Set(f.jurisdiction.map((j) => j.toLowerCase()));
      list.push({ bit: 1 << list.length, key: 'jurisdiction', test: (n) => set.has(docs[n]!.jurisdiction.toLowerCase()) });
    }
    if (f.edition.length) {
      const set = new Set(f.edition);
      list.push({ bit: 1 << list.length, key: 'edition', test: (n) => docs[n]!.editionId !== null && set.has(docs[n]!.editionId!) });
    }
    return list;
  }

  /** Facet counts over the candidates, each under every filter but its own (the year facet ignores the date range). */
  private facets(candidates: Int32Array, predicates: Predicate[], masks: Uint8Array, today: string): FacetCounts {
    const bitOf = (key: string) => predicates.find((p) => p.key === key)?.bit ?? 0;
    // A candidate counts in a facet when it fails no filter but (perhaps) the facet's own.
    const open = (bit: number) => 0xff ^ bit;
    const status = this.columns.statuses(today);
    // Counts per dictionary code; facet keys come out in dictionary order, whatever the query.
    const { columns } = this;
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

  private relaxations(
    f: SearchFilters,
    candidates: Int32Array,
    predicates: Predicate[],
    textual: boolean,
  ): SearchResult['relaxations'] {
    const out: SearchResult['relaxations'] = [];
    for (const p of predicates) {
      const total = candidates.filter((n) => predicates.every((q) => q === p || q.test(n))).length;
      if (total > 0) out.push({ param: p.key, value: null, total });
    }
    if (textual) {
      const all = this.docs.map((_, n) => n);
      const total = all.filter((n) => predicates.every((q) => q.test(n))).length;
      if (total > 0) out.push({ param: 'q', value: f.q, total });
    }
    return out.sort((a, b) => b.total - a.total);
  }
}


/** The values counted at least once, with their counts, in dictionary order (added to `into`). */
function record(dict: Dictionary, counts: Int32Array, into: Record<string, number> = {}): Record<string, number> {
  for (let code = 0; code < counts.length; code++) if (counts[code]! > 0) into[dict.values[code]!] = counts[code]!;
  return into;
}
