import { Index } from 'flexsearch';
import { CATEGORY_IDS, type StatusId } from '../constants';
import { deriveStatus } from '../status';
import { canonical, hanQueryTokens, indexTokens, normalise, parseQuery, STOP_WORDS, type QueryTerm } from './text';
import type { FacetCounts, SearchAuthority, SearchCorpus, SearchDoc, SearchFilters, SearchHit, SearchMatch, SearchResult, SnippetPart } from './types';

export const PER_PAGE = 20;
const TIERS = 3; // 0 title (title, short name, Chinese title, doc number), 1 issuers and topics, 2 body
const MIN_PREFIX = 3;
const MIN_TYPO = 5;

type TermMatch = {
  /** doc number → best tier it matched in (0 is best). */
  docs: Map<number, number>;
  /** Words that matched, for highlighting. */
  words: string[];
  /** The word a typo was corrected to, when the term matched only that way. */
  correction: string | null;
};

/**
 * The search index over one catalogue version: a FlexSearch index per tier for term lookup, plus
 * columns of each entry's filter values so filters and facet counts never touch the database.
 */
export class SearchEngine {
  readonly docs: SearchDoc[];
  private readonly tiers: Index[];
  private readonly text: string[][]; // normalised text per tier per doc, to verify phrases and Chinese
  private readonly vocabulary: string[]; // sorted non-Chinese words, for prefixes and typos
  private readonly frequency = new Map<string, number>();
  private deletions: Map<string, string[]> | null = null;
  private readonly authorityIds: string[];
  private readonly authorities: Map<string, SearchAuthority>;
  private readonly family = new Map<string, string[]>(); // authority → itself and its offices, any depth
  private topics: Map<string, { id: string; label: string; labelZh: string | null }> | null = null;
  private readonly statusCache = new Map<string, (StatusId | null)[]>();
  private bySlug: Map<string, SearchDoc> | null = null;

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
    // Pre-tokenised text: FlexSearch splits on spaces only, so indexing and lookup use our tokens.
    this.tiers = Array.from({ length: TIERS }, () => new Index({ tokenize: 'strict', resolution: 1, encode: splitSpaces }));
    this.text = Array.from({ length: TIERS }, () => new Array<string>(this.docs.length));
    const words = new Set<string>();
    this.docs.forEach((doc, n) => {
      const fields = tierTexts(doc, byId);
      fields.forEach((value, tier) => {
        const tokens = indexTokens(value);
        this.text[tier]![n] = normalise(value);
        if (tokens.length) this.tiers[tier]!.add(n, tokens.join(' '));
        for (const t of tokens) {
          if (isWord(t)) {
            words.add(t);
            this.frequency.set(t, (this.frequency.get(t) ?? 0) + 1);
          }
        }
      });
    });
    this.vocabulary = [...words].sort();
  }

  /** Runs a search: text match, filters, facet counts (each under every other filter), ranking, one page. */
  search(filters: SearchFilters, today: string): SearchResult {
    const { statuses, terms, matches, textual, candidates, predicates, passesExcept, hitsAll } = this.match(filters, today);
    const facets = this.facets(candidates, predicates, statuses, passesExcept);

    const total = hitsAll.length;
    const pages = Math.max(1, Math.ceil(total / PER_PAGE));
    const start = (filters.page - 1) * PER_PAGE;
    const highlight = matches.flatMap((m) => m.words);
    const hits: SearchHit[] = hitsAll.slice(start, start + PER_PAGE).map((n) => ({
      doc: this.docs[n]!,
      status: statuses[n] ?? null,
      snippet: snippet(this.docs[n]!, highlight, terms),
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
    const statuses = this.statuses(today);
    const parsed = parseQuery(filters.q);
    const meaningful = parsed.filter((t) => t.kind !== 'word' || !STOP_WORDS.has(t.text));
    const terms = meaningful.length ? meaningful : parsed;
    const matches = terms.map((t) => this.matchTerm(t));
    const textual = terms.length > 0;

    // Candidate docs with their rank features.
    let candidates: number[];
    const coverage = new Map<number, number>();
    const titleHits = new Map<number, number>();
    const metaHits = new Map<number, number>();
    if (textual) {
      for (const m of matches) {
        for (const [n, tier] of m.docs) {
          coverage.set(n, (coverage.get(n) ?? 0) + 1);
          if (tier === 0) titleHits.set(n, (titleHits.get(n) ?? 0) + 1);
          if (tier === 1) metaHits.set(n, (metaHits.get(n) ?? 0) + 1);
        }
      }
      candidates = [...coverage.keys()];
    } else {
      candidates = this.docs.map((_, n) => n);
    }

    const predicates = this.predicates(filters, statuses);
    const passesExcept = (n: number, skip: string | null) => predicates.every((p) => p.key === skip || p.test(n));
    const hitsAll = candidates.filter((n) => passesExcept(n, null));

    const sort = filters.sort === 'relevance' && !textual ? 'newest' : filters.sort;
    // this.docs is newest first, so the doc number breaks ties newest first.
    if (sort === 'relevance') {
      hitsAll.sort(
        (a, b) =>
          (coverage.get(b) ?? 0) - (coverage.get(a) ?? 0) ||
          (titleHits.get(b) ?? 0) - (titleHits.get(a) ?? 0) ||
          (metaHits.get(b) ?? 0) - (metaHits.get(a) ?? 0) ||
          a - b,
      );
    } else if (sort === 'newest') hitsAll.sort((a, b) => a - b);
    else {
      const docs = this.docs;
      hitsAll.sort((a, b) => (docs[a]!.issued === docs[b]!.issued ? a - b : b - a)); // oldest first, same day by slug
    }
    return { statuses, terms, matches, textual, candidates, predicates, passesExcept, hitsAll };
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

  private statuses(today: string): (StatusId | null)[] {
    let cached = this.statusCache.get(today);
    if (!cached) {
      cached = this.docs.map((d) => deriveStatus(d, today));
      this.statusCache.clear();
      this.statusCache.set(today, cached);
    }
    return cached;
  }

  private lookup(token: string): Map<number, number> {
    const found = new Map<number, number>();
    // Lowest tier number wins: a title match outranks an issuer or body match.
    for (let tier = TIERS - 1; tier >= 0; tier--) {
      for (const id of this.tiers[tier]!.search(token, { limit: this.docs.length || 1 }) as number[]) found.set(id, tier);
    }
    return found;
  }

  private matchTerm(term: QueryTerm): TermMatch {
    if (term.kind === 'han') {
      const tokens = hanQueryTokens(term.text);
      const docs = this.intersect(tokens.map((t) => this.lookup(t)), (n) => this.bestTier(n, (text) => text.includes(term.text)));
      return { docs, words: [term.text], correction: null };
    }
    if (term.kind === 'phrase') {
      const needle = ` ${term.words.join(' ')} `;
      // Field by field (one per line): a phrase never spans the end of one field and the start of the next.
      const docs = this.intersect(term.words.map((t) => this.lookup(t)), (n) =>
        this.bestTier(n, (text) => text.split('\n').some((field) => canonical(field).includes(needle))),
      );
      return { docs, words: [term.words.join(' ')], correction: null };
    }
    const expansions = this.expand(term.text);
    let correction: string | null = null;
    if (expansions.length === 0 && term.text.length >= MIN_TYPO) {
      const near = this.nearWords(term.text);
      expansions.push(...near);
      correction = near[0] ?? null;
    }
    const docs = new Map<number, number>();
    for (const word of expansions) {
      for (const [n, tier] of this.lookup(word)) {
        const best = docs.get(n);
        if (best === undefined || tier < best) docs.set(n, tier);
      }
    }
    return { docs, words: expansions.length ? [term.text, ...expansions] : [term.text], correction };
  }

  private intersect(lists: Map<number, number>[], verify: (n: number) => number | null): Map<number, number> {
    const out = new Map<number, number>();
    if (lists.length === 0) return out;
    const [smallest, ...rest] = [...lists].sort((a, b) => a.size - b.size);
    for (const n of smallest!.keys()) {
      if (!rest.every((l) => l.has(n))) continue;
      const tier = verify(n);
      if (tier !== null) out.set(n, tier);
    }
    return out;
  }

  private bestTier(n: number, test: (text: string) => boolean): number | null {
    for (let tier = 0; tier < TIERS; tier++) if (test(this.text[tier]![n]!)) return tier;
    return null;
  }

  /** The word itself and every word it begins (3+ letters). */
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
      const near = m.correction ?? (m.docs.size === 0 && t.text.length >= MIN_TYPO ? this.nearWords(t.text)[0] : undefined);
      if (!near) return;
      const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(t.text)}(?![\\p{L}\\p{N}])`, 'iu');
      suggestion = word.test(suggestion) ? suggestion.replace(word, near) : suggestion;
    });
    return suggestion !== query ? suggestion : null;
  }

  private predicates(f: SearchFilters, statuses: (StatusId | null)[]): { key: string; test: (n: number) => boolean }[] {
    const list: { key: string; test: (n: number) => boolean }[] = [];
    const docs = this.docs;
    if (f.issuer.length) {
      const ids = new Set(f.local ? f.issuer.flatMap((id) => this.familyOf(id)) : f.issuer);
      list.push({ key: 'issuer', test: (n) => docs[n]!.issuers.some((id) => ids.has(id)) });
    }
    if (f.category.length) {
      const set = new Set<string>(f.category);
      list.push({ key: 'category', test: (n) => set.has(docs[n]!.category) });
    }
    if (f.from || f.to) {
      const from = f.from ?? '';
      const to = f.to ?? '9999-99-99';
      list.push({ key: 'date', test: (n) => docs[n]!.issued >= from && docs[n]!.issued <= to });
    }
    if (f.topic.length) {
      const set = new Set(f.topic);
      list.push({ key: 'topic', test: (n) => docs[n]!.topics.some((t) => set.has(t.id)) });
    }
    if (f.status.length) {
      const set = new Set<string>(f.status);
      list.push({ key: 'status', test: (n) => statuses[n] !== null && set.has(statuses[n]!) });
    }
    if (f.jurisdiction.length) {
      const set = new Set(f.jurisdiction.map((j) => j.toLowerCase()));
      list.push({ key: 'jurisdiction', test: (n) => set.has(docs[n]!.jurisdiction.toLowerCase()) });
    }
    if (f.edition.length) {
      const set = new Set(f.edition);
      list.push({ key: 'edition', test: (n) => docs[n]!.editionId !== null && set.has(docs[n]!.editionId!) });
    }
    return list;
  }

  private facets(
    candidates: number[],
    predicates: { key: string }[],
    statuses: (StatusId | null)[],
    passesExcept: (n: number, skip: string | null) => boolean,
  ): FacetCounts {
    const facets: FacetCounts = { category: {}, issuer: {}, topic: {}, status: {}, year: {} };
    for (const c of CATEGORY_IDS) facets.category[c] = 0;
    const active = new Set(predicates.map((p) => p.key));
    // A facet's counts apply every filter but its own (the year facet narrows the date range).
    const key = { category: 'category', issuer: 'issuer', topic: 'topic', status: 'status', year: 'date' } as const;
    const pools = new Map<string, number[]>();
    const pool = (skip: string) => {
      const k = active.has(skip) ? skip : '';
      let p = pools.get(k);
      if (!p) {
        p = candidates.filter((n) => passesExcept(n, k || null));
        pools.set(k, p);
      }
      return p;
    };
    const bump = (rec: Record<string, number>, id: string) => (rec[id] = (rec[id] ?? 0) + 1);
    for (const n of pool(key.category)) bump(facets.category, this.docs[n]!.category);
    for (const n of pool(key.issuer)) for (const id of this.docs[n]!.issuers) bump(facets.issuer, id);
    for (const n of pool(key.topic)) for (const t of this.docs[n]!.topics) bump(facets.topic, t.id);
    for (const n of pool(key.status)) if (statuses[n]) bump(facets.status, statuses[n]!);
    for (const n of pool(key.year)) bump(facets.year, this.docs[n]!.issued.slice(0, 4));
    return facets;
  }

  private relaxations(
    f: SearchFilters,
    candidates: number[],
    predicates: { key: string; test: (n: number) => boolean }[],
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

/** A window of the summary or body around the first matched word, matched words marked. */
function snippet(doc: SearchDoc, words: string[], terms: QueryTerm[]): SnippetPart[] {
  const body = doc.bodyText.includes(doc.summary) ? doc.bodyText : `${doc.summary} ${doc.bodyText}`;
  const needles = [...new Set(words.map((w) => normalise(w)).filter(Boolean))].sort((a, b) => b.length - a.length);
  const tokens = body.split(/\s+/).filter(Boolean);
  const heads = needles.map((n) => n.split(' ')[0]!);
  const hit = (word: string) => {
    const w = normalise(word).replace(/^[^\p{L}\p{N}]+/u, '');
    return heads.some((h) => (/\p{Script=Han}/u.test(h) ? w.includes(h) : w.startsWith(h)));
  };
  const first = terms.length ? tokens.findIndex(hit) : -1;
  // Whole words only: the window starts a few words before the first match, or at the summary.
  const source = first >= 0 ? tokens : (doc.summary || doc.bodyText).split(/\s+/).filter(Boolean);
  const start = first >= 0 ? Math.max(0, first - 8) : 0;
  const window = {
    text: source.slice(start, start + SNIPPET_WORDS).join(' '),
    before: start > 0,
    after: start + SNIPPET_WORDS < source.length,
  };
  return markText(window, needles);
}

function markText(window: { text: string; before: boolean; after: boolean }, needles: string[]): SnippetPart[] {
  const { text } = window;
  const parts: SnippetPart[] = [];
  const push = (value: string, mark: boolean) => {
    if (!value) return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += value;
    else parts.push({ text: value, mark });
  };
  if (window.before) push('… ', false);
  if (needles.length) {
    // Normalise character by character, remembering where each normalised character came from.
    let lower = '';
    const origin: number[] = [];
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const n = normalise(text.slice(i, i + width));
      for (let k = 0; k < n.length; k++) origin.push(i);
      lower += n;
      i += width;
    }
    origin.push(text.length);
    const pattern = new RegExp(
      needles
        .map((n) => (/\p{Script=Han}/u.test(n) ? escapeRegExp(n) : `(?<![\\p{L}\\p{N}])${escapeRegExp(n).replace(/ /g, '\\s+')}[\\p{L}\\p{N}]*`))
        .join('|'),
      'gu',
    );
    let last = 0;
    for (const m of lower.matchAll(pattern)) {
      const from = origin[m.index]!;
      const to = origin[m.index + m[0].length]!;
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
