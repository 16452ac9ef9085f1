/** Words this long or longer are corrected when nothing else matches them. */
export const MIN_TYPO = 5;

/**
 * Typo corrections: the vocabulary's words one edit away from a word, found through a map from
 * each word and its one-letter deletions to the words (a symmetric delete index), built on first use.
 */
export class NearWords {
  private deletions: Map<string, string[]> | null = null;

  constructor(
    private readonly vocabulary: string[],
    private readonly frequency: Int32Array,
    private readonly tokenIds: Map<string, number>,
  ) {}

  /** Words one edit (insert, delete, substitute, swap) away, those in the most texts first. */
  of(word: string): string[] {
    if (!this.deletions) {
      this.deletions = new Map();
      // Words of a-z only, long enough to be one edit from a word of MIN_TYPO letters.
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
    const frequency = (w: string) => this.frequency[this.tokenIds.get(w)!] ?? 0;
    return [...found].sort((a, b) => frequency(b) - frequency(a));
  }
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
