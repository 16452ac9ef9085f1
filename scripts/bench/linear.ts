// The correctness reference: docs/search.md implemented plainly, one entry after another, with
// string checks on normalised text and no index. It is also the floor for small corpora.
import type { KnownIds } from '../../lib/search/params';
import { canonical, normalise, parseQuery, STOP_WORDS, type QueryTerm } from '../../lib/search/text';
import type { SearchCorpus, SearchFilters } from '../../lib/search/types';
import { Columns, docFields, orderDocs, PAGE, parse, type Contender, type Outcome } from './shared';

const PREFIX_MIN = 3; // "words it begins, for 3+ letters"
const TYPO_MIN = 5; // "for 5+ letters with no exact or prefix match"
const HAN = /\p{Script=Han}/u;

type Tier = { norm: string[]; canon: string[] };

export class LinearScan implements Contender {
  readonly name = 'linear scan';
  private readonly columns: Columns;
  private readonly tiers: Tier[][]; // per doc, per tier (0 title, 1 issuers/topics/type, 2 body), per field
  /** Non-Chinese words and how many (entry, title-or-body tier) pairs hold them: for prefix order and typos. */
  private readonly frequency = new Map<string, number>();
  private readonly vocabulary: string[];
  private readonly issued: string[];

  constructor(
    corpus: SearchCorpus,
    private readonly known: KnownIds,
    today: string,
  ) {
    const docs = orderDocs(corpus.docs);
    this.issued = docs.map((d) => d.issued);
    const authorities = new Map(corpus.authorities.map((a) => [a.id, a]));
    const topics = new Map(corpus.topics.map((t) => [t.id, t]));
    this.columns = new Columns(docs, corpus.authorities, today);
    this.tiers = docs.map((d) =>
      // Phrases never span two fields or two blocks (paragraphs, list items) of the body.
      docFields(d, authorities, topics).map((fields) => ({ norm: fields.map(normalise), canon: fields.flatMap((f) => f.split('\n')).map(canonical) })),
    );
    for (const doc of this.tiers) {
      doc.forEach((tier, t) => {
        const words = new Set<string>();
        for (const c of tier.canon) for (const w of c.split(' ')) if (w && !HAN.test(w)) words.add(w);
        for (const w of words) this.frequency.set(w, (this.frequency.get(w) ?? 0) + (t === 1 ? 0 : 1));
      });
    }
    this.vocabulary = [...this.frequency.keys()].sort();
  }

  run(qs: string): Outcome {
    const f = parse(qs, this.known);
    const { ranked, facets } = this.match(f);
    return { total: ranked.length, top: ranked.slice((f.page - 1) * PAGE, f.page * PAGE).map((n) => this.columns.docs[n]!.slug), facets };
  }

  all(qs: string): Set<string> {
    return new Set(this.match(parse(qs, this.known)).ranked.map((n) => this.columns.docs[n]!.slug));
  }

  private match(f: SearchFilters) {
    const parsed = parseQuery(f.q);
    const meaningful = parsed.filter((t) => t.kind !== 'word' || !STOP_WORDS.has(t.text));
    const terms = meaningful.length ? meaningful : parsed;
    const tests = terms.map((t) => this.tester(t));
    const n = this.tiers.length;
    const coverage = new Int32Array(n);
    const inTitle = new Int32Array(n);
    const inMeta = new Int32Array(n);
    const matched: number[] = [];
    for (let d = 0; d < n; d++) {
      if (tests.length === 0) {
        matched.push(d);
        continue;
      }
      for (const test of tests) {
        const tier = this.tiers[d]!.findIndex(test);
        if (tier < 0) continue;
        coverage[d]!++;
        if (tier === 0) inTitle[d]!++;
        if (tier === 1) inMeta[d]!++;
      }
      if (coverage[d]! > 0) matched.push(d);
    }
    const { passing, facets } = this.columns.filterAndCount(matched, f);
    const sort = f.sort === 'relevance' && tests.length === 0 ? 'newest' : f.sort;
    if (sort === 'relevance') passing.sort((a, b) => coverage[b]! - coverage[a]! || inTitle[b]! - inTitle[a]! || inMeta[b]! - inMeta[a]! || a - b);
    else if (sort === 'newest') passing.sort((a, b) => a - b);
    else passing.sort((a, b) => (this.issued[a] === this.issued[b] ? a - b : b - a)); // oldest first, same day by slug
    return { ranked: passing, facets };
  }

  /** Whether a tier's text holds the term. */
  private tester(term: QueryTerm): (tier: Tier) => boolean {
    if (term.kind === 'han') return (tier) => tier.norm.some((s) => s.includes(term.text));
    if (term.kind === 'phrase') {
      const needle = ` ${term.words.join(' ')} `;
      return (tier) => tier.canon.some((s) => s.includes(needle));
    }
    const word = term.text;
    const { words, prefix } = this.expansions(word);
    if (prefix) {
      // Every word starting with the query.
      const allowed = new Set(words);
      const start = ` ${word}`;
      return (tier) =>
        tier.canon.some((s) => {
          for (let i = s.indexOf(start); i >= 0; i = s.indexOf(start, i + 1)) {
            if (allowed.has(s.slice(i + 1, s.indexOf(' ', i + 1)))) return true;
          }
          return false;
        });
    }
    const needles = words.map((w) => ` ${w} `);
    return (tier) => tier.canon.some((s) => needles.some((n) => s.includes(n)));
  }

  /** The words a query word stands for: itself, every word it begins (3+ letters), else one typo away. */
  private expansions(word: string): { words: string[]; prefix: boolean } {
    const exact = this.frequency.has(word) ? [word] : [];
    if (word.length >= PREFIX_MIN) {
      const longer = this.vocabulary.filter((w) => w !== word && w.startsWith(word));
      if (exact.length || longer.length) return { words: [...exact, ...longer], prefix: true };
    } else if (exact.length) return { words: exact, prefix: false };
    if (word.length >= TYPO_MIN) {
      return { words: this.vocabulary.filter((w) => w.length >= TYPO_MIN - 1 && /^[a-z]+$/.test(w) && w !== word && oneEdit(word, w)), prefix: false };
    }
    return { words: [], prefix: false };
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
