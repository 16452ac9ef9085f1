// The correctness reference: docs/search.md implemented plainly, one entry after another, with
// string checks on normalised text and no index. It is also the floor for small corpora. It shares
// with the engine only the parsed query (lib/search/query.ts) and the normalisation (lib/search/text.ts).
import { Glossary } from '../../lib/search/glossary';
import type { KnownIds } from '../../lib/search/params';
import { parseSearchQuery, type ParsedQuery, type Slot } from '../../lib/search/query';
import { canonical, hyphenJoins, normalise, type QueryTerm } from '../../lib/search/text';
import type { SearchCorpus, SearchFilters } from '../../lib/search/types';
import { Columns, docFields, orderDocs, PAGE, parse, type Contender, type Outcome } from './shared';

const PREFIX_MIN = 3; // "words it begins, for 3+ letters"
const TYPO_MIN = 5; // "for 5+ letters with no exact or prefix match"
const HAN = /\p{Script=Han}/u;

/** One tier of an entry: its fields normalised, in canonical form (one per line), and its hyphenated words joined. */
type Tier = { norm: string[]; canon: string[]; joined: Set<string> };
type Test = (tier: Tier) => boolean;

export class LinearScan implements Contender {
  readonly name = 'linear scan';
  private readonly columns: Columns;
  private readonly tiers: Tier[][]; // per doc, per tier (0 title, 1 issuers/topics/type, 2 body), per field
  /** Non-Chinese words (hyphenated words joined included), for prefixes and typos. */
  private readonly vocabulary: string[];
  private readonly known: Set<string>;
  private readonly issued: string[];
  private readonly glossary: Glossary;

  constructor(
    corpus: SearchCorpus,
    private readonly ids: KnownIds,
    today: string,
  ) {
    const docs = orderDocs(corpus.docs);
    this.glossary = new Glossary(corpus.glossary);
    this.issued = docs.map((d) => d.issued);
    const authorities = new Map(corpus.authorities.map((a) => [a.id, a]));
    const topics = new Map(corpus.topics.map((t) => [t.id, t]));
    this.columns = new Columns(docs, corpus.authorities, today);
    this.tiers = docs.map((d) =>
      // Phrases never span two fields or two blocks (paragraphs, list items) of the body.
      docFields(d, authorities, topics).map((fields) => {
        const norm = fields.map(normalise);
        return { norm, canon: fields.flatMap((f) => f.split('\n')).map(canonical), joined: new Set(norm.flatMap(hyphenJoins)) };
      }),
    );
    const words = new Set<string>();
    for (const doc of this.tiers) {
      for (const tier of doc) {
        for (const c of tier.canon) for (const w of c.split(' ')) if (w && !HAN.test(w)) words.add(w);
        for (const j of tier.joined) words.add(j);
      }
    }
    this.vocabulary = [...words].sort();
    this.known = words;
  }

  run(qs: string): Outcome {
    const f = parse(qs, this.ids);
    const { ranked, facets, mode } = this.match(f);
    return { total: ranked.length, top: ranked.slice((f.page - 1) * PAGE, f.page * PAGE).map((n) => this.columns.docs[n]!.slug), facets, mode };
  }

  all(qs: string): Set<string> {
    return new Set(this.match(parse(qs, this.ids)).ranked.map((n) => this.columns.docs[n]!.slug));
  }

  private match(f: SearchFilters) {
    const query: ParsedQuery = parseSearchQuery(f.q, this.glossary);
    const slotTests = query.slots.map((s) => this.slotTester(s));
    const exclusionTests = query.exclusions.map((unit) => unit.map((s) => this.slotTester(s)));
    const n = this.tiers.length;
    // Per doc: the best tier of each slot (-1: not matched), and whether an exclusion leaves it out.
    const slotTiers: number[][] = [];
    const excluded: boolean[] = [];
    for (let d = 0; d < n; d++) {
      const tiers = this.tiers[d]!;
      slotTiers.push(slotTests.map((test) => tiers.findIndex(test)));
      excluded.push(exclusionTests.some((unit) => unit.every((test) => tiers.some(test))));
    }
    const matchesAll = (d: number) => query.clauses.every((clause) => clause.some((unit) => unit.every((k) => slotTiers[d]![k]! >= 0)));
    const matchesAny = (d: number) => slotTiers[d]!.some((t) => t >= 0);
    let mode: 'all' | 'any' = 'all';
    const matched: number[] = [];
    for (let d = 0; d < n; d++) if (!excluded[d] && (query.slots.length === 0 || matchesAll(d))) matched.push(d);
    if (matched.length === 0 && query.slots.length > 0) {
      mode = 'any';
      for (let d = 0; d < n; d++) if (!excluded[d] && matchesAny(d)) matched.push(d);
    }
    const { passing, facets } = this.columns.filterAndCount(matched, f);
    const sort = f.sort === 'relevance' && query.slots.length === 0 ? 'newest' : f.sort;
    if (sort === 'relevance') {
      const count = (d: number, tier: number | null) => slotTiers[d]!.filter((t) => (tier === null ? t >= 0 : t === tier)).length;
      // The query's words next to each other, in order: 3 in the title fields, 2 in tier 1, 1 in the body.
      const needle = query.proximity ? ` ${query.proximity.join(' ')} ` : null;
      const near = (d: number) => {
        if (mode !== 'all' || !needle) return 0;
        const tier = this.tiers[d]!.findIndex((t) => t.canon.some((c) => c.includes(needle)));
        return tier < 0 ? 0 : 3 - tier;
      };
      const key = new Map(passing.map((d) => [d, [count(d, null), count(d, 0), near(d), count(d, 1)]]));
      passing.sort((a, b) => {
        const ka = key.get(a)!;
        const kb = key.get(b)!;
        for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return kb[i]! - ka[i]!;
        return a - b;
      });
    } else if (sort === 'newest') passing.sort((a, b) => a - b);
    else passing.sort((a, b) => (this.issued[a] === this.issued[b] ? a - b : b - a)); // oldest first, same day by slug
    return { ranked: passing, facets, mode };
  }

  /** Whether a tier's text holds the slot: its term, or one of its alternatives. */
  private slotTester(slot: Slot): Test {
    const tests = [this.tester(slot.term, slot.exact), ...slot.alternatives.map((a) => this.tester(a, true))];
    return (tier) => tests.some((t) => t(tier));
  }

  /** Whether a tier's text holds the term. */
  private tester(term: QueryTerm, exact: boolean): Test {
    if (term.kind === 'han') return (tier) => tier.norm.some((s) => s.includes(term.text));
    if (term.kind === 'phrase') {
      // One word: that word exactly (a hyphenated word joined counts); several: adjacent, in order.
      if (term.words.length === 1) return this.wordsTest(term.words);
      const needle = ` ${term.words.join(' ')} `;
      return (tier) => tier.canon.some((s) => s.includes(needle));
    }
    const { words, prefix } = this.expansions(term.text, exact);
    return this.wordsTest(words, prefix);
  }

  /**
   * Whether a tier has one of the words, as a word of its text or a hyphenated word joined. With
   * `prefix`, every word begins with it: its occurrences at word starts are checked, not every word.
   */
  private wordsTest(words: string[], prefix: string | null = null): Test {
    const set = new Set(words);
    if (set.size === 0) return () => false;
    const joinedHas = (tier: Tier) => {
      for (const j of tier.joined) if (set.has(j)) return true;
      return false;
    };
    if (prefix) {
      const start = ` ${prefix}`;
      return (tier) =>
        joinedHas(tier) ||
        tier.canon.some((s) => {
          for (let i = s.indexOf(start); i >= 0; i = s.indexOf(start, i + 1)) if (set.has(s.slice(i + 1, s.indexOf(' ', i + 1)))) return true;
          return false;
        });
    }
    const needles = words.map((w) => ` ${w} `);
    return (tier) => joinedHas(tier) || tier.canon.some((s) => needles.some((w) => s.includes(w)));
  }

  /** The words a query word stands for: itself, every word it begins (3+ letters), else one typo away (unless exact). */
  private expansions(word: string, exact: boolean): { words: string[]; prefix: string | null } {
    const out = this.known.has(word) ? [word] : [];
    if (word.length >= PREFIX_MIN) out.push(...this.vocabulary.filter((w) => w !== word && w.startsWith(word)));
    if (out.length || exact || word.length < TYPO_MIN) return { words: out, prefix: word.length >= PREFIX_MIN ? word : null };
    return { words: this.vocabulary.filter((w) => w.length >= TYPO_MIN - 1 && /^[a-z]+$/.test(w) && w !== word && oneEdit(word, w)), prefix: null };
  }
}

/** Optimal string alignment distance of exactly one (insert, delete, substitute, swap neighbours), by dynamic programming. */
function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length] === 1;
}
