import { escapeRegExp, HAN, NONE, TIERS } from './engine-common';
import { docHasPhrase, matchPhrase, phraseDocsInTier, phraseMergeCost, sequenceCost } from './phrase';
import type { Slot } from './query';
import type { Scratch } from './scratch';
import { hanQueryTokens, type QueryTerm } from './text';
import type { TextIndex } from './text-index';
import { MIN_TYPO, NearWords } from './typos';

/** Words this long or longer also match the words they begin. */
const MIN_PREFIX = 3;
/** Alternatives' matches kept (the seed glossary has about 100 terms). */
const ALTERNATIVES = 1024;

/** Docs (no repeats), each with the best tier it matched in (0 is best). */
export type DocTiers = { ids: ArrayLike<number>; tiers: ArrayLike<number> };

export type TermMatch = DocTiers & {
  /** Words to highlight in snippets. */
  words: string[];
  /** The word a typo was corrected to, when the term matched only that way. */
  correction: string | null;
};

/** Finds the docs each query term matches, in the text index, with the scratch buffers of one search. */
export class TermMatcher {
  private readonly nearWords: NearWords;
  /**
   * The docs each alternative (a glossary term, a hyphenated word joined) matches, kept for the
   * engine's life: they depend on the catalogue alone, and the glossary's terms are a fixed, small
   * set (at most ALTERNATIVES kept; a full cache is emptied).
   */
  private readonly alternatives = new Map<string, DocTiers>();
  /** The same for whole slots that have alternatives (their term's docs and their alternatives'). */
  private readonly slots = new Map<string, TermMatch>();

  constructor(
    private readonly index: TextIndex,
    private readonly scratch: Scratch,
  ) {
    this.nearWords = new NearWords(index.vocabulary, index.frequency, index.tokenIds);
  }

  /**
   * The docs a slot matches: its term's, and its alternatives' (glossary terms, a hyphenated word
   * joined), each doc with the best tier of any.
   */
  matchSlot(slot: Slot): TermMatch {
    if (slot.alternatives.length === 0) return this.match(slot.term, slot.exact);
    // A slot with alternatives is (part of) a glossary term or a hyphenated word: its docs depend
    // on the catalogue alone, and are kept like the alternatives'.
    const slotKey = `slot:${slot.exact ? 1 : 0}:${slot.term.kind}:${slot.term.text}|${slot.alternatives.map((a) => `${a.kind}:${a.text}`).join('|')}`;
    const kept = this.slots.get(slotKey);
    if (kept) return kept;
    const own = this.match(slot.term, slot.exact);
    const lists: DocTiers[] = [own];
    const words = [...own.words];
    for (const alt of slot.alternatives) {
      const key = `${alt.kind}:${alt.text}`;
      let found = this.alternatives.get(key);
      if (!found) {
        found = alt.kind === 'phrase' ? this.phrase(alt.words) : this.match(alt, true);
        // Fresh arrays, or views of the postings (which never change): safe to keep.
        if (this.alternatives.size >= ALTERNATIVES) this.alternatives.clear();
        this.alternatives.set(key, found);
      }
      lists.push(found);
      words.push(alt.text);
    }
    const found = { ...this.union(lists), words, correction: own.correction };
    if (this.slots.size >= ALTERNATIVES) this.slots.clear();
    this.slots.set(slotKey, found);
    return found;
  }

  /** The docs a term matches; `exact`: never through a typo correction. */
  match(term: QueryTerm, exact = false): TermMatch {
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
    if (term.kind === 'phrase') return { ...this.phrase(term.words), words: [term.words.join(' ')], correction: null };
    const expansions = this.expand(term.text);
    let correction: string | null = null;
    if (expansions.length === 0 && term.text.length >= MIN_TYPO && !exact) {
      const near = this.nearWords.of(term.text);
      expansions.push(...near);
      correction = near[0] ?? null;
    }
    return { ...this.lookupAll(expansions), words: expansions.length ? [term.text, ...expansions] : [term.text], correction };
  }

  /** Docs holding the words adjacent and in order within one field (one word: that word exactly), with the best tier. */
  phrase(words: string[]): DocTiers {
    return words.length === 1 ? this.lookupAll(words) : matchPhrase(this.index, this.scratch.best, words);
  }

  /**
   * Marks in `proximity` (3 title fields, 2 tier 1, 1 body) the docs among `docs` holding the words
   * adjacent and in order; returns the docs marked, to clear. Reads the docs' own sequences when
   * that is cheaper than merging every doc's positions of the words (a page of results among many).
   */
  markNear(words: string[], docs: ArrayLike<number>, proximity: Uint8Array): ArrayLike<number> {
    const wordIds = words.map((w) => this.index.tokenIds.get(w) ?? -1);
    if (wordIds.includes(-1) || docs.length === 0) return [];
    const marked: number[] = [];
    let rest: ArrayLike<number> = docs;
    // Tier by tier, best first, for the docs not yet marked: each doc's own words when they are
    // fewer than the words' positions in the tier, else a merge of the positions.
    for (let tier = 0; tier < TIERS && rest.length > 0; tier++) {
      const left = new Int32Array(rest.length);
      let kept = 0;
      const value = 3 - tier;
      if (sequenceCost(this.index, rest, tier) <= phraseMergeCost(this.index, wordIds, tier)) {
        for (let i = 0; i < rest.length; i++) {
          const n = rest[i]!;
          if (docHasPhrase(this.index, wordIds, n, tier)) {
            proximity[n] = value;
            marked.push(n);
          } else left[kept++] = n;
        }
      } else {
        const found = phraseDocsInTier(this.index, wordIds, tier);
        const flags = this.scratch.best; // NONE everywhere; 0 marks a doc of the phrase, put back below
        for (let i = 0; i < found.length; i++) flags[found[i]!] = 0;
        for (let i = 0; i < rest.length; i++) {
          const n = rest[i]!;
          if (flags[n] === 0) {
            proximity[n] = value;
            marked.push(n);
          } else left[kept++] = n;
        }
        for (let i = 0; i < found.length; i++) flags[found[i]!] = NONE;
      }
      rest = left.subarray(0, kept);
    }
    return marked;
  }

  /** The query as typed, with each word that matched only through a typo (or not at all) replaced by the commonest word one edit away. */
  suggest(query: string, slots: Slot[], matches: TermMatch[]): string | null {
    let suggestion = query;
    slots.forEach((s, i) => {
      const t = s.term;
      if (t.kind !== 'word' || s.exact) return;
      const m = matches[i]!;
      const near = m.correction ?? (m.ids.length === 0 && t.text.length >= MIN_TYPO ? this.nearWords.of(t.text)[0] : undefined);
      if (!near) return;
      const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(t.text)}(?![\\p{L}\\p{N}])`, 'iu');
      if (word.test(suggestion)) suggestion = suggestion.replace(word, near);
    });
    return suggestion !== query ? suggestion : null;
  }

  /** Docs in any of the lists, each with its best tier over them. */
  union(lists: DocTiers[]): DocTiers {
    const nonEmpty = lists.filter((l) => l.ids.length > 0);
    if (nonEmpty.length <= 1) return nonEmpty[0] ?? { ids: [], tiers: [] };
    const best = this.scratch.best;
    // One allocation, as large as the lists together (at most the doc count), cut to size.
    const all = new Int32Array(Math.min(best.length, nonEmpty.reduce((n, l) => n + l.ids.length, 0)));
    let count = 0;
    for (const list of nonEmpty) {
      for (let i = 0; i < list.ids.length; i++) {
        const id = list.ids[i]!;
        const tier = list.tiers[i]!;
        const b = best[id]!;
        if (b === NONE) {
          all[count++] = id;
          best[id] = tier;
        } else if (tier < b) best[id] = tier;
      }
    }
    const ids = all.subarray(0, count);
    const tiers = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      tiers[i] = best[ids[i]!]!;
      best[ids[i]!] = NONE;
    }
    return { ids, tiers };
  }

  /** Docs holding any of `tokens`, each with its best tier (ascending for a single token). */
  private lookupAll(tokens: string[]): DocTiers {
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
    const best = this.scratch.best;
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

  /** Docs in every list (in the order of the shortest, the first of equals), each verified to a tier. */
  private intersect(lists: ArrayLike<number>[], verify: (n: number) => number | null): { ids: number[]; tiers: number[] } {
    const ids: number[] = [];
    const tiers: number[] = [];
    if (lists.length === 0) return { ids, tiers };
    const [smallest, ...rest] = [...lists].sort((a, b) => a.length - b.length);
    const marks = this.scratch.marks;
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
}
