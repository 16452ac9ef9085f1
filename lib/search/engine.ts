import { CATEGORY_IDS } from '../constants';
import { orderDocs } from './corpus';
import { escapeRegExp, HAN, NONE, TIERS } from './engine-common';
import { Columns, type Dictionary, type MultiColumn } from './filter-columns';
import { snippet, snippetMarker } from './snippets';
import { hanQueryTokens, parseQuery, STOP_WORDS, type QueryTerm } from './text';
import { buildTextIndex, type TextIndex } from './text-index';
import type { FacetCounts, SearchAuthority, SearchCorpus, SearchDoc, SearchFilters, SearchHit, SearchMatch, SearchResult } from './types';

export const PER_PAGE = 20;
const MIN_PREFIX = 3;
const MIN_TYPO = 5;

type TermMatch = {
  /** Matching doc numbers (no repeats). */
  ids: ArrayLike<number>;
  /** The best tier each of `ids` matched in (0 is best). */
  tiers: ArrayLike<number>;
  /** Words to highlight in snippets. */
  words: string[];
  /** The word a typo was corrected to, when the term matched only that way. */
  correction: string | null;
};

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
  /** Postings, word positions, the vocabulary and its prefix index. */
  private readonly index: TextIndex;
  private deletions: Map<string, string[]> | null = null;
  private readonly authorityIds: string[];
  private readonly authorities: Map<string, SearchAuthority>;
  private readonly family = new Map<string, string[]>(); // authority → itself and its offices, any depth
  private topics: Map<string, { id: string; label: string; labelZh: string | null }> | null = null;
  private bySlug: Map<string, SearchDoc> | null = null;
  /** Each entry's filter and facet values, dictionary-encoded. */
  private readonly columns: Columns;
  // Scratch space for one search at a time (search is synchronous); per-doc counters and marks are reset after use.
  private readonly best: Uint8Array;
  private readonly marks: Int32Array;
  private readonly coverage: Uint16Array;
  private readonly titleHits: Uint16Array;
  private readonly metaHits: Uint16Array;
  private readonly scratch: { candidates: Int32Array; masks: Uint8Array; keys: Int32Array };

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
    const count = this.docs.length;
    this.index = buildTextIndex(this.docs, byId);
    this.columns = new Columns(this.docs);

    this.best = new Uint8Array(count).fill(NONE);
    this.marks = new Int32Array(count);
    this.coverage = new Uint16Array(count);
    this.titleHits = new Uint16Array(count);
    this.metaHits = new Uint16Array(count);
    this.scratch = { candidates: new Int32Array(count), masks: new Uint8Array(count), keys: new Int32Array(count) };
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
    const suggestion = corrected ? this.suggest(filters.q, terms, matches) : null;
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
    const parsed = parseQuery(filters.q);
    const meaningful = parsed.filter((t) => t.kind !== 'word' || !STOP_WORDS.has(t.text));
    const terms = meaningful.length ? meaningful : parsed;
    const matches = terms.map((t) => this.matchTerm(t));
    const textual = terms.length > 0;

    // Candidate docs, in the order first found, with their rank features (scratch buffers: one
    // search runs at a time, synchronously, so nothing is allocated per candidate).
    const { coverage, titleHits, metaHits } = this;
    const scratch = this.scratch;
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
    const flags = this.marks;
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

  /** Docs holding any of `tokens`, each with its best tier (ascending for a single token). */
  private lookupAll(tokens: string[]): { ids: ArrayLike<number>; tiers: ArrayLike<number> } {
    const { tokenIds, postStart, postDocs, postTiers } = this.index;
    const known: number[] = [];
    for (const token of tokens) {
      const t = tokenIds.get(token);
      if (t !== undefined && !known.includes(t)) known.push(t);
    }
    if (known.length === 0) return { ids: [], tiers: [] };
    if (known.length === 1) {
      const from = postStart[known[0]!]!;
      const to = postStart[known[0]! + 1]!;
      return { ids: postDocs.subarray(from, to), tiers: postTiers.subarray(from, to) };
    }
    const best = this.best;
    const ids: number[] = [];
    for (const t of known) {
      for (let i = postStart[t]!, end = postStart[t + 1]!; i < end; i++) {
        const id = postDocs[i]!;
        const tier = postTiers[i]!;
        const b = best[id]!;
        if (b === NONE) {
          ids.push(id);
          best[id] = tier;
        } else if (tier < b) best[id] = tier;
      }
    }
    const tiers = new Uint8Array(ids.length);
    for (let i = 0; i < ids.length; i++) {
      tiers[i] = best[ids[i]!]!;
      best[ids[i]!] = NONE;
    }
    return { ids, tiers };
  }

  private matchTerm(term: QueryTerm): TermMatch {
    if (term.kind === 'han') {
      const tokens = hanQueryTokens(term.text);
      // One or two characters are themselves an index token, indexed exactly where the normalised
      // text holds them: the lookup is the answer, best tier included.
      if ([...term.text].length <= 2) return { ...this.lookupAll(tokens), words: [term.text], correction: null };
      const lists = tokens.map((t) => this.lookupAll([t]).ids);
      const hanText = this.index.hanText;
      const verify = (n: number) => {
        for (let tier = 0; tier < TIERS; tier++) if (hanText[tier]![n]?.includes(term.text)) return tier;
        return null;
      };
      return { ...this.intersect(lists, verify), words: [term.text], correction: null };
    }
    if (term.kind === 'phrase') {
      const found = term.words.length === 1 ? this.lookupAll(term.words) : this.phrase(term.words);
      return { ...found, words: [term.words.join(' ')], correction: null };
    }
    const expansions = this.expand(term.text);
    let correction: string | null = null;
    if (expansions.length === 0 && term.text.length >= MIN_TYPO) {
      const near = this.nearWords(term.text);
      expansions.push(...near);
      correction = near[0] ?? null;
    }
    return { ...this.lookupAll(expansions), words: expansions.length ? [term.text, ...expansions] : [term.text], correction };
  }

  /**
   * Docs whose canonical text holds the words adjacent and in order within one field, each with the
   * best tier that holds them. Per tier, the phrase's possible starts are its rarest word's positions
   * (shifted back by its place in the phrase), kept only where each other word's sorted positions
   * hold the right neighbour: merges of sorted lists, read front to back, never the text itself.
   * Fields and docs are separated by -1 in the sequence, so adjacent positions never span two.
   */
  private phrase(words: string[]): { ids: number[]; tiers: Uint8Array } {
    const wordIds = words.map((w) => this.index.tokenIds.get(w) ?? -1);
    const ids: number[] = [];
    if (wordIds.includes(-1)) return { ids, tiers: new Uint8Array(0) };
    const best = this.best;
    for (let tier = 0; tier < TIERS; tier++) {
      const { start, posStart, pos } = this.index.sequences[tier]!;
      const positions = (k: number) => pos.subarray(posStart[wordIds[k]!]!, posStart[wordIds[k]! + 1]!);
      // Rarest word first, then the others from rarer to more common.
      const order = wordIds.map((_, k) => k).sort((x, y) => positions(x).length - positions(y).length);
      const anchor = order[0]!;
      const first = positions(anchor);
      let starts = new Int32Array(first.length);
      for (let i = 0; i < first.length; i++) starts[i] = first[i]! - anchor;
      for (let o = 1; o < order.length && starts.length > 0; o++) {
        const k = order[o]!;
        starts = keepFollowed(starts, positions(k), k);
      }
      let doc = 0;
      for (let i = 0; i < starts.length; i++) {
        const at = starts[i]!;
        // Starts ascend, so the doc holding each is found by walking forward.
        while (start[doc + 1]! <= at) doc++;
        if (best[doc] === NONE) {
          ids.push(doc);
          best[doc] = tier;
        }
      }
    }
    const tiers = new Uint8Array(ids.length);
    for (let i = 0; i < ids.length; i++) {
      tiers[i] = best[ids[i]!]!;
      best[ids[i]!] = NONE;
    }
    return { ids, tiers };
  }

  /** Docs in every list (in the order of the shortest, the first of equals), each verified to a tier. */
  private intersect(lists: ArrayLike<number>[], verify: (n: number) => number | null): { ids: number[]; tiers: number[] } {
    const ids: number[] = [];
    const tiers: number[] = [];
    if (lists.length === 0) return { ids, tiers };
    const [smallest, ...rest] = [...lists].sort((a, b) => a.length - b.length);
    const marks = this.marks;
    for (const list of rest) for (let i = 0; i < list.length; i++) marks[list[i]!]!++;
    for (let i = 0; i < smallest!.length; i++) {
      const n = smallest![i]!;
      if (marks[n] !== rest.length) continue;
      const tier = verify(n);
      if (tier !== null) {
        ids.push(n);
        tiers.push(tier);
      }
    }
    for (const list of rest) for (let i = 0; i < list.length; i++) marks[list[i]!] = 0;
    return { ids, tiers };
  }

  /** The word itself (if indexed) and, from MIN_PREFIX letters, every word it begins, in vocabulary order. */
  private expand(word: string): string[] {
    const { tokenIds, vocabulary, prefixes } = this.index;
    const id = tokenIds.get(word);
    const out: string[] = id !== undefined && !HAN.test(word) ? [word] : [];
    if (word.length >= MIN_PREFIX) {
      // No limit: a cap would silently lose entries (recall equal to a full scan).
      const found = prefixes.search(word, { limit: vocabulary.length || 1 }) as number[];
      for (const i of Int32Array.from(found).sort()) if (vocabulary[i] !== word) out.push(vocabulary[i]!);
    }
    return out;
  }

  /** Words one edit (insert, delete, substitute, swap) away, those in the most texts first. */
  private nearWords(word: string): string[] {
    if (!this.deletions) {
      this.deletions = new Map();
      for (const w of this.index.vocabulary) {
        if (w.length < MIN_TYPO - 1 || !/^[a-z]+$/.test(w)) continue;
        for (const v of [w, ...deletes(w)]) {
          const list = this.deletions.get(v);
          if (list) list.push(w);
          else this.deletions.set(v, [w]);
        }
      }
    }
    const found = new Set<string>();
    for (const v of [word, ...deletes(word)]) for (const w of this.deletions.get(v) ?? []) if (w !== word && withinOneEdit(word, w)) found.add(w);
    const frequency = (w: string) => this.index.frequency[this.index.tokenIds.get(w)!] ?? 0;
    return [...found].sort((a, b) => frequency(b) - frequency(a));
  }

  /** The query as typed, with each word that matched only through a typo (or not at all) replaced by the commonest word one edit away. */
  private suggest(query: string, terms: QueryTerm[], matches: TermMatch[]): string | null {
    let suggestion = query;
    terms.forEach((t, i) => {
      if (t.kind !== 'word') return;
      const m = matches[i]!;
      const near = m.correction ?? (m.ids.length === 0 && t.text.length >= MIN_TYPO ? this.nearWords(t.text)[0] : undefined);
      if (!near) return;
      const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(t.text)}(?![\\p{L}\\p{N}])`, 'iu');
      if (word.test(suggestion)) suggestion = suggestion.replace(word, near);
    });
    return suggestion !== query ? suggestion : null;
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

/**
 * The starts `s` (ascending) for which `positions` (ascending) holds `s + offset`: a merge, galloping
 * through `positions` when it is much longer than `starts`.
 */
function keepFollowed(starts: Int32Array, positions: Int32Array, offset: number): Int32Array<ArrayBuffer> {
  const kept = new Int32Array(starts.length);
  let count = 0;
  let j = 0;
  const n = positions.length;
  if (n > 8 * starts.length) {
    for (let i = 0; i < starts.length; i++) {
      const want = starts[i]! + offset;
      // Exponential then binary search for the first position >= want.
      let step = 1;
      let hi = j;
      while (hi < n && positions[hi]! < want) {
        j = hi + 1;
        hi += step;
        step *= 2;
      }
      if (hi > n) hi = n;
      while (j < hi) {
        const mid = (j + hi) >>> 1;
        if (positions[mid]! < want) j = mid + 1;
        else hi = mid;
      }
      if (j === n) break;
      if (positions[j] === want) kept[count++] = want - offset;
    }
  } else {
    for (let i = 0; i < starts.length; i++) {
      const want = starts[i]! + offset;
      while (j < n && positions[j]! < want) j++;
      if (j === n) break;
      if (positions[j] === want) kept[count++] = want - offset;
    }
  }
  return kept.subarray(0, count);
}

function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Optimal string alignment distance ≤ 1 (one insertion, deletion, substitution or swap of neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
