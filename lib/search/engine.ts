import { Index } from 'flexsearch';
import { CATEGORY_IDS, type StatusId } from '../constants';
import { deriveStatus } from '../status';
import { canonical, hanQueryTokens, indexTokens, normalise, parseQuery, STOP_WORDS, type QueryTerm } from './text';
import type { FacetCounts, SearchAuthority, SearchCorpus, SearchDoc, SearchFilters, SearchHit, SearchMatch, SearchResult, SnippetPart } from './types';

export const PER_PAGE = 20;
const TIERS = 3; // 0 title (title, short name, Chinese title, doc number), 1 issuers and topics, 2 body
const MIN_PREFIX = 3;
const MIN_TYPO = 5;
const NONE = 255; // "no tier" in tier arrays
const HAN = /\p{Script=Han}/u;
const ASCII = /^[\x00-\x7f]*$/;

type TermMatch = {
  /** Matching doc numbers, in the order they were first found. */
  ids: number[];
  /** The best tier each of `ids` matched in (0 is best). */
  tiers: number[];
  /** Words that matched, for highlighting. */
  words: string[];
  /** The word a typo was corrected to, when the term matched only that way. */
  correction: string | null;
};

/** Values of one facet, dictionary-encoded: `code[n]` or `codes[start[n]..start[n+1]]` per doc. */
type Dictionary = { values: string[]; index: Map<string, number> };

type Predicate = { key: string; bit: number; test: (n: number) => boolean };

/**
 * The search index over one catalogue version: a FlexSearch index per tier for term lookup, plus
 * columns of each entry's filter values so filters and facet counts never touch the database.
 */
export class SearchEngine {
  readonly docs: SearchDoc[];
  private readonly tiers: Index[];
  /** Normalised tier text per tier per doc, kept only where it has Chinese: to verify Chinese runs. */
  private readonly hanText: (string | null)[][];
  /** Every tier's words in order (canonical form) as token ids, per tier: to verify phrases of 3+ words. */
  private readonly sequences: { start: Int32Array; ids: Int32Array }[];
  private readonly tokenIds = new Map<string, number>();
  /** Per tier: first word id → second word id → the docs holding the two adjacent, so a two-word phrase is one lookup. */
  private readonly pairs: Map<number, Map<number, number[]>>[];
  private readonly vocabulary: string[]; // sorted non-Chinese words, for prefixes and typos
  private readonly frequency = new Map<string, number>();
  private deletions: Map<string, string[]> | null = null;
  private readonly authorityIds: string[];
  private readonly authorities: Map<string, SearchAuthority>;
  private readonly family = new Map<string, string[]>(); // authority → itself and its offices, any depth
  private topics: Map<string, { id: string; label: string; labelZh: string | null }> | null = null;
  private readonly statusCache = new Map<string, { statuses: (StatusId | null)[]; codes: Uint8Array; dictionary: Dictionary }>();
  private bySlug: Map<string, SearchDoc> | null = null;
  // Facet columns, dictionary-encoded so counting is array arithmetic.
  private readonly categories: { dict: Dictionary; code: Int32Array };
  private readonly years: { dict: Dictionary; code: Int32Array };
  private readonly issuerCodes: { dict: Dictionary; start: Int32Array; codes: Int32Array };
  private readonly topicCodes: { dict: Dictionary; start: Int32Array; codes: Int32Array };
  // Scratch space for one search at a time (search is synchronous), reset after use.
  private readonly best: Uint8Array;
  private readonly marks: Int32Array;
  private readonly coverage: Uint16Array;
  private readonly titleHits: Uint16Array;
  private readonly metaHits: Uint16Array;

  constructor(corpus: SearchCorpus) {
    this.docs = [...corpus.docs].sort((a, b) => (a.issued === b.issued ? (a.slug < b.slug ? -1 : 1) : a.issued < b.issued ? 1 : -1));
    const byId = new Map(corpus.authorities.map((a) => [a.id, a]));
    this.authorities = byId;
    this.authorityIds = corpus.authorities.map((a) => a.id);
    for (const a of corpus.authorities) {
      const ids = [a.id];
      for (let i = 0; i < ids.length; i++) for (const b of corpus.authorities) if (b.parentId === ids[i] && !ids.includes(b.id)) ids.push(b.id);
      this.family.set(a.id, ids);
    }
    const count = this.docs.length;
    // Pre-tokenised text: FlexSearch splits on spaces only, so indexing and lookup use our tokens.
    this.tiers = Array.from({ length: TIERS }, () => new Index({ tokenize: 'strict', resolution: 1, encode: splitSpaces }));
    this.hanText = Array.from({ length: TIERS }, () => new Array<string | null>(count).fill(null));
    this.pairs = Array.from({ length: TIERS }, () => new Map<number, Map<number, number[]>>());
    const seqIds: number[][] = Array.from({ length: TIERS }, () => []);
    const seqStart = Array.from({ length: TIERS }, () => new Int32Array(count + 1));
    const words = new Set<string>();
    const seen = new Map<string, ReturnType<typeof analyse>>();
    this.docs.forEach((doc, n) => {
      const fields = tierTexts(doc, byId);
      fields.forEach((value, tier) => {
        // Issuer and topic texts repeat across entries: analyse each distinct text once.
        let analysed = tier === 2 ? undefined : seen.get(value);
        if (!analysed) {
          analysed = analyse(value);
          if (tier !== 2) seen.set(value, analysed);
        }
        const { sequence, tokens, han } = analysed;
        if (han !== null) this.hanText[tier]![n] = han;
        if (tokens.length) this.tiers[tier]!.add(n, tokens.join(' '));
        const ids = seqIds[tier]!;
        const pairs = this.pairs[tier]!;
        let previous = -1;
        for (const w of sequence) {
          if (w === FIELD_BREAK) {
            // Fields of a tier are not adjacent: no pair and no phrase spans two of them.
            ids.push(-1);
            previous = -1;
            continue;
          }
          let id = this.tokenIds.get(w);
          if (id === undefined) this.tokenIds.set(w, (id = this.tokenIds.size));
          ids.push(id);
          if (previous >= 0) {
            let after = pairs.get(previous);
            if (!after) pairs.set(previous, (after = new Map()));
            const docs = after.get(id);
            if (!docs) after.set(id, [n]);
            else if (docs[docs.length - 1] !== n) docs.push(n);
          }
          previous = id;
        }
        seqStart[tier]![n + 1] = ids.length;
        for (const t of tokens) {
          if (isWord(t)) {
            words.add(t);
            this.frequency.set(t, (this.frequency.get(t) ?? 0) + 1);
          }
        }
      });
    });
    this.sequences = seqIds.map((ids, tier) => ({ start: seqStart[tier]!, ids: Int32Array.from(ids) }));
    this.vocabulary = [...words].sort();

    const encode = (values: string[], seed: readonly string[] = []) => {
      const dict: Dictionary = { values: [...seed], index: new Map(seed.map((v, i) => [v, i])) };
      return values.map((v) => {
        let code = dict.index.get(v);
        if (code === undefined) {
          code = dict.values.length;
          dict.values.push(v);
          dict.index.set(v, code);
        }
        return code;
      }).reduce((acc, c, i) => ((acc.code[i] = c), acc), { dict, code: new Int32Array(values.length) });
    };
    this.categories = encode(this.docs.map((d) => d.category), CATEGORY_IDS);
    this.years = encode(this.docs.map((d) => d.issued.slice(0, 4)));
    const multi = (lists: string[][]) => {
      const start = new Int32Array(lists.length + 1);
      lists.forEach((l, i) => (start[i + 1] = start[i]! + l.length));
      const flat = encode(lists.flat());
      return { dict: flat.dict, start, codes: flat.code };
    };
    this.issuerCodes = multi(this.docs.map((d) => d.issuers));
    this.topicCodes = multi(this.docs.map((d) => d.topics.map((t) => t.id)));

    this.best = new Uint8Array(count).fill(NONE);
    this.marks = new Int32Array(count);
    this.coverage = new Uint16Array(count);
    this.titleHits = new Uint16Array(count);
    this.metaHits = new Uint16Array(count);
  }

  /** Runs a search: text match, filters, facet counts (each under every other filter), ranking, one page. */
  search(filters: SearchFilters, today: string): SearchResult {
    const { statuses, terms, matches, textual, candidates, predicates, masks, hitsAll } = this.match(filters, today);
    const facets = this.facets(candidates, predicates, masks, today);

    const total = hitsAll.length;
    const pages = Math.max(1, Math.ceil(total / PER_PAGE));
    const start = (filters.page - 1) * PER_PAGE;
    const marker = snippetMarker(matches.flatMap((m) => m.words));
    const hits: SearchHit[] = hitsAll.slice(start, start + PER_PAGE).map((n) => ({
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
    return hitsAll.map((n) => ({ doc: this.docs[n]!, status: statuses[n] ?? null }));
  }

  /** A published entry by slug, or undefined. */
  doc(slug: string): SearchDoc | undefined {
    if (!this.bySlug) this.bySlug = new Map(this.docs.map((d) => [d.slug, d]));
    return this.bySlug.get(slug);
  }

  // Text match, filters and ranking: shared by `search` and `matchAll`.
  private match(filters: SearchFilters, today: string) {
    const { statuses } = this.statuses(today);
    const parsed = parseQuery(filters.q);
    const meaningful = parsed.filter((t) => t.kind !== 'word' || !STOP_WORDS.has(t.text));
    const terms = meaningful.length ? meaningful : parsed;
    const matches = terms.map((t) => this.matchTerm(t));
    const textual = terms.length > 0;

    // Candidate docs, in the order first found, with their rank features.
    let candidates: number[];
    const { coverage, titleHits, metaHits } = this;
    if (textual) {
      candidates = [];
      for (const m of matches) {
        for (let i = 0; i < m.ids.length; i++) {
          const n = m.ids[i]!;
          if (coverage[n] === 0) candidates.push(n);
          coverage[n] = coverage[n]! + 1;
          if (m.tiers[i] === 0) titleHits[n] = titleHits[n]! + 1;
          else if (m.tiers[i] === 1) metaHits[n] = metaHits[n]! + 1;
        }
      }
    } else {
      candidates = this.docs.map((_, n) => n);
    }

    const predicates = this.predicates(filters, statuses);
    // One pass over the filters per candidate: the bits of the predicates it fails.
    const masks = new Uint8Array(candidates.length);
    const hits: number[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const n = candidates[i]!;
      let mask = 0;
      for (const p of predicates) if (!p.test(n)) mask |= p.bit;
      masks[i] = mask;
      if (mask === 0) hits.push(n);
    }

    const sort = filters.sort === 'relevance' && !textual ? 'newest' : filters.sort;
    // this.docs is newest first, so the doc number breaks ties newest first.
    let hitsAll: number[];
    if (sort === 'relevance') {
      // Coverage, then title hits, then issuer/topic hits (each at most the number of terms), then doc
      // number: a counting sort on the rank key over the hits in doc-number order.
      const base = terms.length + 1;
      const ascending = this.ascending(hits);
      const keys = new Int32Array(ascending.length);
      let top = 0;
      for (let i = 0; i < ascending.length; i++) {
        const n = ascending[i]!;
        const key = (coverage[n]! * base + titleHits[n]!) * base + metaHits[n]!;
        keys[i] = key;
        if (key > top) top = key;
      }
      hitsAll = new Array<number>(ascending.length);
      if (top < 1 << 16) {
        const next = new Int32Array(top + 2); // next[top - key]: where the next hit with this key goes
        for (let i = 0; i < keys.length; i++) next[top - keys[i]! + 1]!++;
        for (let k = 1; k < next.length; k++) next[k] = next[k]! + next[k - 1]!;
        for (let i = 0; i < keys.length; i++) hitsAll[next[top - keys[i]!]!++] = ascending[i]!;
      } else {
        const order = Array.from(keys.keys()).sort((a, b) => keys[b]! - keys[a]! || a - b);
        order.forEach((i, at) => (hitsAll[at] = ascending[i]!));
      }
    } else {
      hitsAll = this.ascending(hits);
      if (sort !== 'newest') {
        // Oldest first; entries of the same day keep slug order.
        const docs = this.docs;
        hitsAll.sort((a, b) => (docs[a]!.issued === docs[b]!.issued ? a - b : b - a));
      }
    }
    if (textual) for (const n of candidates) coverage[n] = titleHits[n] = metaHits[n] = 0;
    return { statuses, terms, matches, textual, candidates, predicates, masks, hitsAll };
  }

  /** Doc numbers in ascending order: a typed sort for few, a pass over a flag array for many. */
  private ascending(ns: number[]): number[] {
    if (ns.length * 16 < this.docs.length) return Array.from(Int32Array.from(ns).sort());
    const flags = this.marks;
    for (const n of ns) flags[n] = 1;
    const out: number[] = [];
    for (let n = 0; n < flags.length; n++) {
      if (flags[n] === 1) {
        out.push(n);
        flags[n] = 0;
      }
    }
    return out;
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

  private statuses(today: string) {
    let cached = this.statusCache.get(today);
    if (!cached) {
      const statuses = this.docs.map((d) => deriveStatus(d, today));
      const dictionary: Dictionary = { values: [''], index: new Map() };
      const codes = new Uint8Array(statuses.length);
      statuses.forEach((s, n) => {
        if (!s) return;
        let code = dictionary.index.get(s);
        if (code === undefined) {
          code = dictionary.values.length;
          dictionary.values.push(s);
          dictionary.index.set(s, code);
        }
        codes[n] = code;
      });
      cached = { statuses, codes, dictionary };
      this.statusCache.clear();
      this.statusCache.set(today, cached);
    }
    return cached;
  }

  /** Docs holding any of `tokens`, in the order first found, each with its best tier. */
  private lookupAll(tokens: string[]): { ids: number[]; tiers: number[] } {
    const best = this.best;
    const ids: number[] = [];
    const limit = { limit: this.docs.length || 1 };
    for (const token of tokens) {
      // From the body up, so the lowest tier a doc is found in is the one it keeps.
      for (let tier = TIERS - 1; tier >= 0; tier--) {
        const found = this.tiers[tier]!.search(token, limit) as number[];
        for (let i = 0; i < found.length; i++) {
          const id = found[i]!;
          const b = best[id]!;
          if (b === NONE) {
            ids.push(id);
            best[id] = tier;
          } else if (tier < b) best[id] = tier;
        }
      }
    }
    const tiers = new Array<number>(ids.length);
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
      const hanText = this.hanText;
      const verify = (n: number) => {
        for (let tier = 0; tier < TIERS; tier++) if (hanText[tier]![n]?.includes(term.text)) return tier;
        return null;
      };
      return { ...this.intersect(lists, verify), words: [term.text], correction: null };
    }
    if (term.kind === 'phrase') {
      const lists = term.words.map((w) => this.lookupAll([w]));
      return { ...this.intersect(lists.map((l) => l.ids), this.phraseVerifier(term.words, lists[0]!)), words: [term.words.join(' ')], correction: null };
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
   * The best tier whose canonical text holds the phrase's words adjacent and in order, or null.
   * One word: the tier it is indexed in. Two: the tier holding the pair. More: the tiers holding
   * every adjacent pair, confirmed on the tier's word sequence.
   */
  private phraseVerifier(words: string[], first: { ids: number[]; tiers: number[] }): (n: number) => number | null {
    if (words.length === 1) {
      const tierOf = new Map(first.ids.map((id, i) => [id, first.tiers[i]!]));
      return (n) => tierOf.get(n) ?? null;
    }
    const wordIds = words.map((w) => this.tokenIds.get(w) ?? -1);
    if (wordIds.includes(-1)) return () => null;
    const pairs = [...new Map(wordIds.slice(1).map((id, i) => [`${wordIds[i]} ${id}`, [wordIds[i]!, id] as const])).values()];
    const count = this.docs.length;
    // held[tier * count + n]: how many of the distinct pairs tier `tier` of doc `n` holds.
    const held = new Uint16Array(TIERS * count);
    for (const p of pairs) {
      for (let tier = 0; tier < TIERS; tier++) for (const id of this.pairs[tier]!.get(p[0])?.get(p[1]) ?? []) held[tier * count + id] = held[tier * count + id]! + 1;
    }
    return (n) => {
      for (let tier = 0; tier < TIERS; tier++) {
        if (held[tier * count + n] !== pairs.length) continue;
        if (words.length === 2 || this.holdsSequence(tier, n, wordIds)) return tier;
      }
      return null;
    };
  }

  private holdsSequence(tier: number, n: number, wordIds: number[]): boolean {
    const { start, ids } = this.sequences[tier]!;
    const end = start[n + 1]! - wordIds.length;
    outer: for (let i = start[n]!; i <= end; i++) {
      for (let k = 0; k < wordIds.length; k++) if (ids[i + k] !== wordIds[k]) continue outer;
      return true;
    }
    return false;
  }

  /** Docs in every list (in the order of the shortest, the first of equals), each verified to a tier. */
  private intersect(lists: number[][], verify: (n: number) => number | null): { ids: number[]; tiers: number[] } {
    const ids: number[] = [];
    const tiers: number[] = [];
    if (lists.length === 0) return { ids, tiers };
    const [smallest, ...rest] = [...lists].sort((a, b) => a.length - b.length);
    const marks = this.marks;
    for (const list of rest) for (const n of list) marks[n] = marks[n]! + 1;
    for (const n of smallest!) {
      if (marks[n] !== rest.length) continue;
      const tier = verify(n);
      if (tier !== null) {
        ids.push(n);
        tiers.push(tier);
      }
    }
    for (const list of rest) for (const n of list) marks[n] = 0;
    return { ids, tiers };
  }

  /** The word itself and the words it begins (3+ letters), most frequent first. */
  private expand(word: string): string[] {
    const out: string[] = [];
    let i = lowerBound(this.vocabulary, word);
    if (this.vocabulary[i] === word) out.push(word);
    if (word.length >= MIN_PREFIX) {
      const more: string[] = [];
      for (; i < this.vocabulary.length && this.vocabulary[i]!.startsWith(word); i++) if (this.vocabulary[i] !== word) more.push(this.vocabulary[i]!);
      // Every word it begins: a cap would silently lose entries (recall equal to a full scan).
      out.push(...more);
    }
    return out;
  }

  /** Words one edit (insert, delete, substitute, swap) away, most frequent first. */
  private nearWords(word: string): string[] {
    if (!this.deletions) {
      this.deletions = new Map();
      for (const w of this.vocabulary) {
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
    return [...found].sort((a, b) => (this.frequency.get(b) ?? 0) - (this.frequency.get(a) ?? 0));
  }

  /** The query as typed, with each word that matched only through a typo (or not at all) replaced by its closest word. */
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


  private predicates(f: SearchFilters, statuses: (StatusId | null)[]): Predicate[] {
    const list: Predicate[] = [];
    const docs = this.docs;
    if (f.issuer.length) {
      const ids = new Set(f.local ? f.issuer.flatMap((id) => this.familyOf(id)) : f.issuer);
      list.push({ bit: 1 << list.length, key: 'issuer', test: (n) => docs[n]!.issuers.some((id) => ids.has(id)) });
    }
    if (f.category.length) {
      const set = new Set<string>(f.category);
      list.push({ bit: 1 << list.length, key: 'category', test: (n) => set.has(docs[n]!.category) });
    }
    if (f.from || f.to) {
      const from = f.from ?? '';
      const to = f.to ?? '9999-99-99';
      list.push({ bit: 1 << list.length, key: 'date', test: (n) => docs[n]!.issued >= from && docs[n]!.issued <= to });
    }
    if (f.topic.length) {
      const set = new Set(f.topic);
      list.push({ bit: 1 << list.length, key: 'topic', test: (n) => docs[n]!.topics.some((t) => set.has(t.id)) });
    }
    if (f.status.length) {
      const set = new Set<string>(f.status);
      list.push({ bit: 1 << list.length, key: 'status', test: (n) => statuses[n] !== null && set.has(statuses[n]!) });
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
  private facets(candidates: number[], predicates: Predicate[], masks: Uint8Array, today: string): FacetCounts {
    const bitOf = (key: string) => predicates.find((p) => p.key === key)?.bit ?? 0;
    // A candidate counts in a facet when it fails no filter but (perhaps) the facet's own.
    const open = (bit: number) => 0xff ^ bit;
    const status = this.statuses(today);
    const category = counter(this.categories.dict);
    const issuer = counter(this.issuerCodes.dict);
    const topic = counter(this.topicCodes.dict);
    const statusCount = counter(status.dictionary);
    const year = counter(this.years.dict);
    const categoryOpen = open(bitOf('category'));
    const issuerOpen = open(bitOf('issuer'));
    const topicOpen = open(bitOf('topic'));
    const statusOpen = open(bitOf('status'));
    const yearOpen = open(bitOf('date'));
    const { start: issuerStart, codes: issuerCodes } = this.issuerCodes;
    const { start: topicStart, codes: topicCodes } = this.topicCodes;
    const categoryCode = this.categories.code;
    const yearCode = this.years.code;
    const statusCodes = status.codes;
    for (let i = 0; i < candidates.length; i++) {
      const n = candidates[i]!;
      const mask = masks[i]!;
      if ((mask & categoryOpen) === 0) bump(category, categoryCode[n]!);
      if ((mask & issuerOpen) === 0) for (let k = issuerStart[n]!; k < issuerStart[n + 1]!; k++) bump(issuer, issuerCodes[k]!);
      if ((mask & topicOpen) === 0) for (let k = topicStart[n]!; k < topicStart[n + 1]!; k++) bump(topic, topicCodes[k]!);
      if ((mask & statusOpen) === 0 && statusCodes[n]! > 0) bump(statusCount, statusCodes[n]!);
      if ((mask & yearOpen) === 0) bump(year, yearCode[n]!);
    }
    const categories: Record<string, number> = {};
    for (const c of CATEGORY_IDS) categories[c] = 0;
    return {
      category: record(category, categories),
      issuer: record(issuer),
      topic: record(topic),
      status: record(statusCount),
      year: record(year),
    };
  }

  private relaxations(
    f: SearchFilters,
    candidates: number[],
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


/** Counts of dictionary codes, remembering the order values were first counted in (the facet's key order). */
type Counter = { dict: Dictionary; counts: Int32Array; order: number[] };

function counter(dict: Dictionary): Counter {
  return { dict, counts: new Int32Array(dict.values.length), order: [] };
}

function bump(c: Counter, code: number) {
  if (c.counts[code] === 0) c.order.push(code);
  c.counts[code] = c.counts[code]! + 1;
}

function record(c: Counter, into: Record<string, number> = {}): Record<string, number> {
  for (const code of c.order) into[c.dict.values[code]!] = c.counts[code]!;
  return into;
}

function tierTexts(doc: SearchDoc, authorities: Map<string, { name: string; abbr: string | null; nameZh: string | null; aliases: string[] }>): string[] {
  const title = [doc.title, doc.short, doc.titleZh, doc.docNumber].filter(Boolean).join('\n');
  const meta = [
    ...doc.issuers.flatMap((id) => {
      const a = authorities.get(id);
      return a ? [a.name, a.abbr, a.nameZh, ...a.aliases] : [id];
    }),
    doc.issuersNote,
    ...doc.topics.flatMap((t) => [t.label, t.labelZh]),
    doc.type,
  ]
    .filter(Boolean)
    .join('\n');
  const body = `${doc.summary}\n${doc.bodyText}`;
  return [title, meta, body];
}

/**
 * A tier text's index tokens (`indexTokens`), its words in order as phrases are matched against
 * (`canonical` of the normalised text), and the normalised text if it has Chinese (null if not).
 */
function analyse(value: string): { sequence: string[]; tokens: string[]; han: string | null } {
  const norm = normalise(value);
  // Each field's words, fields separated by FIELD_BREAK (a tier text has one field per line).
  const sequence: string[] = [];
  norm.split('\n').forEach((field, i) => {
    if (i > 0) sequence.push(FIELD_BREAK);
    // For ASCII text the canonical words are its runs of letters and digits.
    sequence.push(...(ASCII.test(field) ? (field.match(/[a-z0-9]+/g) ?? []) : canonical(field).split(' ').filter(Boolean)));
  });
  if (ASCII.test(norm)) return { sequence, tokens: [...new Set(sequence.filter((w) => w !== FIELD_BREAK))], han: null };
  return { sequence, tokens: indexTokens(value), han: HAN.test(norm) ? norm : null };
}

/** Not a word (canonical words never hold a newline): marks where one field of a tier ends. */
const FIELD_BREAK = '\n';

function splitSpaces(value: string): string[] {
  return value.split(' ');
}

function isWord(token: string): boolean {
  return !/\p{Script=Han}/u.test(token);
}

function lowerBound(sorted: string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

const SNIPPET_WORDS = 32;

type Marker = { needles: string[]; finders: (RegExp | null)[]; pattern: RegExp | null };

/** What snippets look for and mark, prepared once per search. */
function snippetMarker(words: string[]): Marker {
  const needles = [...new Set(words.map((w) => fastNormalise(w)).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!needles.length) return { needles, finders: [], pattern: null };
  return {
    needles,
    finders: needles.map((n) => (HAN.test(n) ? null : new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}`, 'u'))),
    pattern: new RegExp(
      needles
        .map((n) => (HAN.test(n) ? escapeRegExp(n) : `(?<![\\p{L}\\p{N}])${escapeRegExp(n).replace(/ /g, '\\s+')}[\\p{L}\\p{N}]*`))
        .join('|'),
      'gu',
    ),
  };
}

/** `normalise`, with a fast path for ASCII (where it is exactly lower-casing). */
function fastNormalise(value: string): string {
  return ASCII.test(value) ? value.toLowerCase() : normalise(value);
}

/** A window of whole words around the first matched word (or the summary), matched words marked. */
function snippet(doc: SearchDoc, marker: Marker, terms: QueryTerm[]): SnippetPart[] {
  const body = doc.bodyText.includes(doc.summary) ? doc.bodyText : `${doc.summary} ${doc.bodyText}`;
  const tokens = body.split(/\s+/).filter(Boolean);
  const heads = marker.needles.map((n) => n.split(' ')[0]!);
  // In an ASCII body a word normalises to its lower case and can only begin with an ASCII head,
  // never hold a Chinese one: a Chinese search skips the scan of English bodies.
  const ascii = ASCII.test(body);
  const live = ascii ? heads.filter((h) => !HAN.test(h)) : heads;
  const hit = ascii
    ? (word: string) => {
        const w = word.toLowerCase().replace(/^[^a-z0-9]+/, '');
        return live.some((h) => w.startsWith(h));
      }
    : (word: string) => {
        const w = fastNormalise(word).replace(/^[^\p{L}\p{N}]+/u, '');
        return heads.some((h) => (HAN.test(h) ? w.includes(h) : w.startsWith(h)));
      };
  const first = terms.length && live.length ? tokens.findIndex(hit) : -1;
  const source = first >= 0 ? tokens : (doc.summary || doc.bodyText).split(/\s+/).filter(Boolean);
  const start = first >= 0 ? Math.max(0, first - 8) : 0;
  const window = { text: source.slice(start, start + SNIPPET_WORDS).join(' '), before: start > 0, after: start + SNIPPET_WORDS < source.length };
  return markText(window, marker);
}

function markText(window: { text: string; before: boolean; after: boolean }, marker: Marker): SnippetPart[] {
  const { text } = window;
  const parts: SnippetPart[] = [];
  const push = (value: string, mark: boolean) => {
    if (!value) return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += value;
    else parts.push({ text: value, mark });
  };
  if (window.before) push('… ', false);
  if (marker.pattern) {
    // Normalise character by character, remembering where each normalised character came from
    // (ASCII text lower-cases in place: every character stays where it was).
    let lower = '';
    let origin: number[] | null = null;
    if (ASCII.test(text)) lower = text.toLowerCase();
    else {
      origin = [];
      for (let i = 0; i < text.length; ) {
        const cp = text.codePointAt(i)!;
        const width = cp > 0xffff ? 2 : 1;
        const n = cp < 0x80 ? text[i]!.toLowerCase() : normalise(text.slice(i, i + width));
        for (let k = 0; k < n.length; k++) origin.push(i);
        lower += n;
        i += width;
      }
      origin.push(text.length);
    }
    let last = 0;
    for (const m of lower.matchAll(marker.pattern)) {
      const from = origin ? origin[m.index]! : m.index;
      const to = origin ? origin[m.index + m[0].length]! : m.index + m[0].length;
      push(text.slice(last, from), false);
      push(text.slice(from, to), true);
      last = to;
    }
    push(text.slice(last), false);
  } else push(text, false);
  if (window.after) push(' …', false);
  return parts;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
