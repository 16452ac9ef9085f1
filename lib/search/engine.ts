import type { Topic } from '../content/types';
import { orderDocs } from './corpus';
import { facetCounts, filterPredicates, relaxations, widenCounts } from './facets';
import { Columns } from './filter-columns';
import { Glossary } from './glossary';
import { TermMatcher } from './match';
import { parseSearchQuery } from './query';
import { applyFilters, clearRankFeatures, gatherCandidates, orderHits, orderPage } from './rank';
import { newScratch, type Scratch } from './scratch';
import { markWhole, snippet, snippetMarker } from './snippets';
import { buildTextIndex } from './text-index';
import type { SearchAuthority, SearchCorpus, SearchDoc, SearchFilters, SearchHit, SearchMatch, SearchResult } from './types';

export { withinOneEdit } from './typos';

export const PER_PAGE = 20;

/**
 * The search index over one catalogue version, and the entry point to it. It composes the text
 * index (text-index.ts: postings and word positions in typed arrays, FlexSearch over the
 * vocabulary for prefixes) and each entry's filter values in columns (filter-columns.ts), so a
 * search never touches the database; each step of a search is a module of its own. See
 * docs/performance.md for why postings are not kept in FlexSearch.
 */
export class SearchEngine {
  /** Newest first, then by slug: a doc's number is its place here. */
  readonly docs: SearchDoc[];
  readonly glossary: Glossary;
  private readonly authorityIds: string[];
  private readonly authorities: Map<string, SearchAuthority>;
  private readonly family = new Map<string, string[]>(); // authority → itself and its offices, any depth
  private readonly columns: Columns;
  private readonly scratch: Scratch;
  private readonly matcher: TermMatcher;
  private readonly topics: Map<string, Topic>;
  private bySlug: Map<string, SearchDoc> | null = null;

  constructor(corpus: SearchCorpus) {
    this.docs = orderDocs(corpus.docs);
    this.glossary = new Glossary(corpus.glossary);
    this.authorities = new Map(corpus.authorities.map((a) => [a.id, a]));
    this.authorityIds = corpus.authorities.map((a) => a.id);
    this.topics = new Map(corpus.topics.map((t) => [t.id, t]));
    for (const a of corpus.authorities) {
      const ids = [a.id];
      for (let i = 0; i < ids.length; i++) for (const b of corpus.authorities) if (b.parent === ids[i] && !ids.includes(b.id)) ids.push(b.id);
      this.family.set(a.id, ids);
    }
    this.scratch = newScratch(this.docs.length);
    this.matcher = new TermMatcher(buildTextIndex(this.docs, this.authorities, this.topics), this.scratch);
    this.columns = new Columns(this.docs);
  }

  /** Runs a search: text match, filters, facet counts (each under every other filter), ranking, one page. */
  search(filters: SearchFilters, today: string): SearchResult {
    const start = (filters.page - 1) * PER_PAGE;
    const { status, query, matches, textual, candidates, mode, predicates, masks, hitsAll } = this.match(filters, today, [start, start + PER_PAGE]);
    const facets = facetCounts(candidates, predicates, masks, this.columns, status);
    const widen = widenCounts(candidates, predicates, masks, this.columns, status);

    const total = hitsAll.length;
    const pages = Math.max(1, Math.ceil(total / PER_PAGE));
    const marker = snippetMarker(matches.flatMap((m) => m.words));
    const terms = query.slots.map((s) => s.term);
    const hits: SearchHit[] = Array.from(hitsAll.subarray(start, start + PER_PAGE), (n) => {
      const doc = this.docs[n]!;
      return { doc, status: status.statuses[n] ?? null, snippet: snippet(doc, marker, terms), titleZh: doc.titleZh && terms.length ? markWhole(doc.titleZh, marker) : null };
    });

    const corrected = matches.some((m) => m.correction) || (textual && total === 0);
    const suggestion = corrected ? this.matcher.suggest(filters.q, query.slots, matches) : null;
    const relaxed = total === 0 ? relaxations(filters, candidates, predicates, textual, this.docs.length) : [];
    return {
      total,
      page: filters.page,
      per: PER_PAGE,
      pages,
      hits,
      facets,
      widen,
      suggestion,
      relaxations: relaxed,
      match: mode,
      terms: query.shown,
      also: query.also,
    };
  }

  /**
   * Every entry that matches the filters, unpaged, in the search's order: what the exports and the
   * calendar list. The same matching as `search` (one place owns each filter rule), without facets or snippets.
   */
  matchAll(filters: SearchFilters, today: string): SearchMatch[] {
    const { status, hitsAll } = this.match(filters, today);
    return Array.from(hitsAll, (n) => ({ doc: this.docs[n]!, status: status.statuses[n] ?? null }));
  }

  /** A published entry by slug, or undefined. */
  doc(slug: string): SearchDoc | undefined {
    if (!this.bySlug) this.bySlug = new Map(this.docs.map((d) => [d.slug, d]));
    return this.bySlug.get(slug);
  }

  /** Every authority id with its local offices (for `local=1`). */
  familyOf(id: string): string[] {
    return this.family.get(id) ?? [id];
  }

  /** A topic's labels, for facet lists. */
  topic(id: string): Topic | undefined {
    return this.topics.get(id);
  }

  /** An authority's names, for showing issuers in results. */
  authority(id: string): SearchAuthority | undefined {
    return this.authorities.get(id);
  }

  knownAuthorities(): string[] {
    return this.authorityIds;
  }

  // Text match, filters and ranking: shared by `search` and `matchAll`. With `page` ([from, to)),
  // only those hits need to be in their final order.
  private match(filters: SearchFilters, today: string, page?: [number, number]) {
    const status = this.columns.statuses(today);
    const query = parseSearchQuery(filters.q, this.glossary);
    const matches = query.slots.map((s) => this.matcher.matchSlot(s));
    const exclusions = query.exclusions.map((unit) => unit.map((s) => this.matcher.matchSlot(s)));
    const textual = matches.length > 0 || exclusions.length > 0;
    const count = this.docs.length;
    const gathered = textual ? gatherCandidates(query, matches, exclusions, this.scratch, count) : null;
    const candidates = gathered ? gathered.candidates : this.everyDoc();
    const mode = gathered?.mode ?? 'all';
    const predicates = filterPredicates(filters, this.columns, status, this.docs, this.family);
    const { masks, ascending } = applyFilters(candidates, predicates, this.scratch, count);
    const sort = filters.sort === 'relevance' && matches.length === 0 ? 'newest' : filters.sort;
    // In "all" mode, entries holding the query's words next to each other, in order, rank higher.
    const words = sort === 'relevance' && mode === 'all' && ascending.length > 1 ? query.proximity : null;
    const proximity = this.scratch.proximity;
    let near: ArrayLike<number> = [];
    let hitsAll: Int32Array;
    if (words && page) {
      ({ hits: hitsAll, marked: near } = orderPage(ascending, matches.length, this.scratch, page[0], page[1], (docs) => this.matcher.markNear(words, docs, proximity)));
    } else {
      if (words) near = this.matcher.markNear(words, ascending, proximity);
      hitsAll = orderHits(ascending, sort, matches.length, this.scratch, this.columns.issuedDay);
    }
    if (gathered) clearRankFeatures(gathered, near, this.scratch);
    return { status, query, matches, textual, candidates, mode, predicates, masks, hitsAll };
  }

  /** Every doc number, in order (the candidates of a search without words). */
  private everyDoc(): Int32Array {
    const all = this.scratch.subset;
    for (let n = 0; n < this.docs.length; n++) all[n] = n;
    return all.subarray(0, this.docs.length);
  }
}
