import { canonicalWords, normalise } from './text';

/** A glossary term as written, and as search compares it: its canonical words, joined by spaces. */
export type GlossaryTerm = { text: string; key: string; words: string[] };

/** The words a term is compared by (case, full-width forms, traditional Chinese and punctuation aside): "GB/T 35273" → "gb t 35273", "數據" → "数 据". */
export function glossaryKey(term: string): string {
  return canonicalWords(normalise(term)).join(' ');
}

/**
 * The glossary (content/glossary.yml): groups of terms that mean the same thing. A query term or
 * phrase that is one of them also matches the others (lib/search/query.ts).
 */
export class Glossary {
  private readonly byKey = new Map<string, GlossaryTerm[]>();
  /** The most words a term has: how far a run of query words is compared. */
  readonly maxWords: number;

  constructor(groups: readonly (readonly string[])[] = []) {
    let max = 0;
    for (const group of groups) {
      const terms = group.map((text) => ({ text, key: glossaryKey(text), words: canonicalWords(normalise(text)) })).filter((t) => t.key);
      for (const t of terms) {
        // content:check rejects a term in two groups; the first group wins if one gets through.
        if (!this.byKey.has(t.key)) this.byKey.set(t.key, terms);
        max = Math.max(max, t.words.length);
      }
    }
    this.maxWords = max;
  }

  /** The group a term (by its key) belongs to, or undefined. */
  group(key: string): GlossaryTerm[] | undefined {
    return this.byKey.get(key);
  }

  get size(): number {
    return this.byKey.size;
  }
}
