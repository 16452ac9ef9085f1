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
