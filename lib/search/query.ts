// What a query means: its terms, which of them an entry must match, what it must not, and what the
// glossary adds. One parser for the engine, the benchmark's reference scan and its peers
// (docs/search.md, "The text query").
import { Glossary } from './glossary';
import { canonicalWords, hyphenated, normalise, STOP_WORDS, type QueryTerm } from './text';

/** A term of the query as typed, and the terms that also satisfy it. */
export type Slot = {
  term: QueryTerm;
  /**
   * Phrases that satisfy this slot as well as its term: the other terms of a glossary group the
   * slot's words spell (with their neighbours), and a hyphenated word joined ("crossborder").
   * Each stands for every slot it was added to, so "all slots" still means "all of the words, or
   * an equivalent of them".
   */
  alternatives: Exclude<QueryTerm, { kind: 'word' }>[];
  /** No typo correction: the slot is a glossary term (or part of one), or excluded. */
  exact: boolean;
};

export type ParsedQuery = {
  /** The terms an entry is searched for, in query order (stop words dropped). */
  slots: Slot[];
  /**
   * Every clause must hold for an entry to match "all": a clause is units joined by OR, a unit the
   * slots (by index) that must all match. Most clauses are one unit of one slot.
   */
  clauses: number[][][];
  /** Each: slots that, all matching, leave an entry out. */
  exclusions: Slot[][];
  /**
   * The query's words in order, for ranking by proximity (the words next to each other rank
   * first): null for a single term or a query with OR.
   */
  proximity: string[] | null;
  /** Glossary terms the query was widened with, as the glossary writes them. */
  also: string[];
  /** The positive clauses as typed: what "No entry matches all of …" names. */
  shown: string[];
};

type Draft = Slot & { key: string[]; stop: boolean; glossary: boolean };
type Atom = { raw: string; quoted: boolean; excluded: boolean; slots: Draft[] };
type Item = { atom: Atom } | { or: true; raw: string };

const QUOTES = /[\u201c\u201d\u300c\u300d\u300e\u300f]/g;
const HAN = /\p{Script=Han}/u;
const HAN_RUN_SPLIT = /(\p{Script=Han}+)/u;
const PIECE_WORD = /\p{L}+|\p{N}+/gu;
const EMPTY = new Glossary();

/**
 * Parses a query: words, runs of Chinese characters and "quoted phrases"; `OR` (upper case)
 * between two terms; `-term` and `-"a phrase"` to exclude. Words that spell a glossary term (alone
 * or with their neighbours) are widened with the other terms of its group.
 */
export function parseSearchQuery(query: string, glossary: Glossary = EMPTY): ParsedQuery {
  const items = tokenise(query);
  // Positive groups: atoms joined by OR (most groups are one atom).
  const groups: Atom[][] = [];
  const excluded: Atom[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if ('or' in item) continue;
    if (item.atom.excluded) {
      excluded.push(item.atom);
      continue;
    }
    const before = items[i - 1];
    if (before && 'or' in before && isOperand(items[i - 2]) && groups.length) groups[groups.length - 1]!.push(item.atom);
    else groups.push([item.atom]);
  }

  const also: string[] = [];
  const widen = (drafts: Draft[], from: number, to: number, key: string): boolean => {
    const group = glossary.group(key);
    if (!group) return false;
    const others = group.filter((t) => t.key !== key);
    for (let k = from; k <= to; k++) {
      const d = drafts[k]!;
      d.exact = true;
      d.glossary = true;
      for (const t of others) d.alternatives.push(asTerm(t.words));
    }
    for (const t of others) if (!also.includes(t.text)) also.push(t.text);
    return true;
  };
  // Runs of plain words: the longest run spelling a glossary term first, from the left.
  const runs: Draft[][] = [[]];
  for (const g of groups) {
    if (g.length === 1 && !g[0]!.quoted) runs[runs.length - 1]!.push(...g[0]!.slots);
    else {
      runs.push([]);
      // A quoted phrase or an operand of OR is widened only when it is a glossary term as a whole.
      for (const atom of g) widen(atom.slots, 0, atom.slots.length - 1, atom.slots.flatMap((d) => d.key).join(' '));
    }
  }
  for (const run of runs) {
    for (let i = 0; i < run.length; ) {
      let matched = -1;
      for (let j = Math.min(run.length - 1, i + glossary.maxWords - 1); j >= i && matched < 0; j--) {
        const key = run.slice(i, j + 1).flatMap((d) => d.key).join(' ');
        if (widen(run, i, j, key)) matched = j;
      }
      i = matched >= 0 ? matched + 1 : i + 1;
    }
  }
  for (const atom of excluded) widen(atom.slots, 0, atom.slots.length - 1, atom.slots.flatMap((d) => d.key).join(' '));

  // Stop words are dropped, unless part of a glossary term or all the query has.
  const positive = groups.flatMap((g) => g.flatMap((a) => a.slots));
  for (const d of positive) d.stop = d.term.kind === 'word' && STOP_WORDS.has(d.term.text) && !d.glossary;
  if (positive.every((d) => d.stop)) for (const d of positive) d.stop = false;

  // Proximity: the words of the whole query in order, without leading or trailing stop words.
  let proximity: string[] | null = null;
  if (groups.every((g) => g.length === 1)) {
    const first = positive.findIndex((d) => !d.stop);
    let last = positive.length - 1;
    while (last >= 0 && positive[last]!.stop) last--;
    const inner = positive.slice(first, last + 1);
    if (first >= 0 && inner.filter((d) => !d.stop).length >= 2) proximity = inner.flatMap((d) => d.key);
  }

  const slots: Slot[] = [];
  const signatures = new Map<string, number>();
  const clauses: number[][][] = [];
  const shown: string[] = [];
  const add = (d: Draft): number => {
    const signature = JSON.stringify([d.term, d.alternatives]);
    const known = signatures.get(signature);
    if (known !== undefined) return known;
    signatures.set(signature, slots.length);
    slots.push({ term: d.term, alternatives: d.alternatives, exact: d.exact });
    return slots.length - 1;
  };
  for (const g of groups) {
    const units = g.map((a) => a.slots.filter((d) => !d.stop)).filter((u) => u.length > 0);
    if (units.length === 0) continue;
    shown.push(g.map((a) => (a.quoted ? `"${a.raw}"` : a.raw)).join(' OR '));
    if (units.length === 1) {
      // One unit: each of its slots is a clause of its own (a repeated term only once).
      for (const d of units[0]!) {
        const before = slots.length;
        const n = add(d);
        if (n === before) clauses.push([[n]]);
      }
    } else clauses.push(units.map((u) => u.map(add)));
  }
  const exclusions = excluded.map((a) => a.slots.map((d): Slot => ({ term: d.term, alternatives: d.alternatives, exact: true }))).filter((u) => u.length > 0);
  return { slots, clauses, exclusions, proximity, also, shown };
}

/** An item that can stand on either side of OR: a term to search for (not an exclusion). */
function isOperand(item: Item | undefined): boolean {
  return !!item && 'atom' in item && !item.atom.excluded;
}

/** Quoted phrases, OR, and whitespace-separated chunks (with a leading `-` to exclude). */
function tokenise(query: string): Item[] {
  const text = query.normalize('NFKC').replace(QUOTES, '"');
  const items: Item[] = [];
  const parts = text.split('"');
  let excludeNext = false;
  parts.forEach((part, i) => {
    // Odd parts are inside quotes (an unclosed quote runs to the end).
    if (i % 2 === 1) {
      const words = canonicalWords(normalise(part));
      if (words.length) items.push({ atom: { raw: part.trim(), quoted: true, excluded: excludeNext, slots: [draft({ kind: 'phrase', text: words.join(' '), words }, words)] } });
      excludeNext = false;
      return;
    }
    const chunks = part.split(/\s+/);
    // `-"a phrase"`: a dash right before the opening quote excludes the phrase.
    excludeNext = i + 1 < parts.length && chunks[chunks.length - 1] === '-';
    for (const chunk of chunks) {
      if (!chunk) continue;
      if (chunk === 'OR') items.push({ or: true, raw: chunk });
      else if (chunk.startsWith('-') && chunk.length > 1) pushAtom(items, chunk.slice(1), true);
      else pushAtom(items, chunk, false);
    }
  });
  // OR that does not stand between two terms is the word "or" (a stop word).
  return items.map((item, i) => ('or' in item && !(isOperand(items[i - 1]) && isOperand(items[i + 1])) ? { atom: plainAtom('OR', false) } : item));
}

function pushAtom(items: Item[], raw: string, excluded: boolean) {
  const atom = plainAtom(raw, excluded);
  if (atom.slots.length) items.push({ atom });
}

/**
 * A chunk of the query without quotes: its words (a run of letters or of digits, so `TC260` is
 * `tc` and `260`) and its runs of Chinese characters, each a slot; a hyphenated word also matches
 * joined ("cross-border": "cross" and "border", or "crossborder").
 */
function plainAtom(raw: string, excluded: boolean): Atom {
  const slots: Draft[] = [];
  for (const piece of normalise(raw).split(HAN_RUN_SPLIT)) {
    if (!piece) continue;
    if (HAN.test(piece)) {
      slots.push(draft({ kind: 'han', text: piece }, [...piece]));
      continue;
    }
    const words = [...piece.matchAll(PIECE_WORD)].map((m, i) => ({ text: m[0], at: m.index, slot: slots.length + i }));
    for (const w of words) slots.push(draft({ kind: 'word', text: w.text }, [w.text]));
    if (words.length < 2) continue;
    // Each hyphenated word joined stands for the words it is made of.
    for (const h of hyphenated(piece)) {
      const alternative = { kind: 'phrase' as const, text: h.joined, words: [h.joined] };
      for (const w of words) if (w.at >= h.start && w.at < h.end) slots[w.slot]!.alternatives.push(alternative);
    }
  }
  return { raw, quoted: false, excluded, slots };
}

/**
 * A glossary term as it is matched: a phrase of its words, or, written in Chinese characters only,
 * a run of them (found as a substring, as a typed Chinese run is: the same meaning, and far
 * cheaper than a phrase of single characters).
 */
function asTerm(words: string[]): Exclude<QueryTerm, { kind: 'word' }> {
  if (words.length > 1 && words.every((w) => HAN.test(w))) return { kind: 'han', text: words.join('') };
  return { kind: 'phrase', text: words.join(' '), words };
}

function draft(term: QueryTerm, key: string[]): Draft {
  return { term, alternatives: [], exact: false, key, stop: false, glossary: false };
}
