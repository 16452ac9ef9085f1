import { NONE, TIERS } from './engine-common';
import type { TextIndex } from './text-index';

/**
 * Docs whose canonical text holds the words adjacent and in order within one field, each with the
 * best tier that holds them. Per tier, the phrase's possible starts are its rarest word's positions
 * (shifted back by its place in the phrase), kept only where each other word's sorted positions
 * hold the right neighbour: merges of sorted lists, read front to back, never the text itself.
 * Fields and docs are separated by -1 in the sequence, so adjacent positions never span two.
 * `best`: per-doc scratch, all NONE, left so.
 */
export function matchPhrase(index: TextIndex, best: Uint8Array, words: string[]): { ids: number[]; tiers: Uint8Array } {
  const wordIds = words.map((w) => index.tokenIds.get(w) ?? -1);
  const ids: number[] = [];
  if (wordIds.includes(-1)) return { ids, tiers: new Uint8Array(0) };
  for (let tier = 0; tier < TIERS; tier++) {
    const docs = phraseDocsInTier(index, wordIds, tier);
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
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

/**
 * The docs (ascending, no repeats) holding the words (token ids, all indexed) adjacent and in
 * order within one field of one tier: the rarest word's positions, kept where each other word's
 * sorted positions hold the right neighbour.
 */
export function phraseDocsInTier(index: TextIndex, wordIds: number[], tier: number): Int32Array {
  const { start, posStart, pos } = index.sequences[tier]!;
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
  const docs = new Int32Array(starts.length);
  let count = 0;
  let doc = 0;
  const last = start.length - 1; // start[last] is past every position
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i]!;
    // Starts ascend, so the doc holding each (the last whose start is at or before it) is ahead:
    // galloping, then halving, so a rare phrase does not walk every doc.
    if (start[doc + 1]! <= at) {
      let lo = doc + 1;
      let step = 1;
      let hi = lo + 1;
      while (hi < last && start[hi]! <= at) {
        lo = hi;
        step *= 2;
        hi = lo + step;
      }
      if (hi > last) hi = last;
      while (hi - lo > 1) {
        const mid = (lo + hi) >>> 1;
        if (start[mid]! <= at) lo = mid;
        else hi = mid;
      }
      doc = lo;
    }
    if (count === 0 || docs[count - 1] !== doc) docs[count++] = doc;
  }
  return docs.subarray(0, count);
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

/** Whether doc `n` holds the words (token ids) adjacent and in order in one tier, read from its own sequence. */
export function docHasPhrase(index: TextIndex, wordIds: number[], n: number, tier: number): boolean {
  const k = wordIds.length;
  const { start, ids } = index.sequences[tier]!;
  for (let i = start[n]!, end = start[n + 1]! - k; i <= end; i++) {
    if (ids[i] !== wordIds[0]) continue;
    let j = 1;
    while (j < k && ids[i + j] === wordIds[j]) j++;
    if (j === k) return true;
  }
  return false;
}

/** What merging every doc's positions of the words in one tier costs (their positions there). */
export function phraseMergeCost(index: TextIndex, wordIds: number[], tier: number): number {
  const { posStart } = index.sequences[tier]!;
  let cost = 0;
  for (const t of wordIds) cost += posStart[t + 1]! - posStart[t]!;
  return cost;
}

/** What reading these docs' sequences of one tier costs (their length there). */
export function sequenceCost(index: TextIndex, docs: ArrayLike<number>, tier: number): number {
  const { start } = index.sequences[tier]!;
  let cost = 0;
  for (let i = 0; i < docs.length; i++) cost += start[docs[i]! + 1]! - start[docs[i]!]!;
  return cost;
}
