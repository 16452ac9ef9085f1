import type { Predicate } from './facets';
import type { TermMatch } from './match';
import type { Scratch } from './scratch';
import type { SortId } from './types';

/**
 * The candidates: docs matching any term, in the order first found, with their rank features
 * counted in the scratch buffers; every doc when there are no terms (`matches` null).
 */
export function gatherCandidates(matches: TermMatch[] | null, scratch: Scratch, docCount: number): Int32Array {
  const { coverage, titleHits, metaHits } = scratch;
  let count = 0;
  if (matches) {
    for (const m of matches) {
      const { ids, tiers } = m;
      for (let i = 0; i < ids.length; i++) {
        const n = ids[i]!;
        if (coverage[n] === 0) scratch.candidates[count++] = n;
        coverage[n]!++;
        const tier = tiers[i];
        if (tier === 0) titleHits[n]!++;
        else if (tier === 1) metaHits[n]!++;
      }
    }
  } else {
    for (let n = 0; n < docCount; n++) scratch.candidates[n] = n;
    count = docCount;
  }
  return scratch.candidates.subarray(0, count);
}

/** Clears the rank features `gatherCandidates` counted. */
export function clearRankFeatures(candidates: Int32Array, scratch: Scratch): void {
  const { coverage, titleHits, metaHits } = scratch;
  for (let i = 0; i < candidates.length; i++) coverage[candidates[i]!] = titleHits[candidates[i]!] = metaHits[candidates[i]!] = 0;
}

/**
 * One pass over the filters per candidate: `masks[i]`, the bits of the predicates candidate i
 * fails, and the hits (those failing none) in doc-number order, which is newest first.
 */
export function applyFilters(candidates: Int32Array, predicates: Predicate[], scratch: Scratch, docCount: number): { masks: Uint8Array; ascending: Int32Array } {
  const count = candidates.length;
  const masks = scratch.masks.subarray(0, count);
  let hitCount = 0;
  const flags = scratch.marks;
  for (let i = 0; i < count; i++) {
    const n = candidates[i]!;
    let mask = 0;
    for (let k = 0; k < predicates.length; k++) if (!predicates[k]!.test(n)) mask |= predicates[k]!.bit;
    masks[i] = mask;
    if (mask === 0) {
      flags[n] = 1;
      hitCount++;
    }
  }
  const ascending = new Int32Array(hitCount);
  // Few hits: sort them; many: read the flags in doc order.
  if (hitCount * 16 < docCount) {
    let at = 0;
    for (let i = 0; i < count; i++) if (flags[candidates[i]!] === 1) ascending[at++] = candidates[i]!;
    ascending.sort();
    for (let i = 0; i < hitCount; i++) flags[ascending[i]!] = 0;
  } else {
    let at = 0;
    for (let n = 0; n < flags.length; n++) {
      if (flags[n] === 1) {
        ascending[at++] = n;
        flags[n] = 0;
      }
    }
  }
  return { masks, ascending };
}

/**
 * The hits (in doc-number order) in the order of `sort`. Relevance: terms matched, then terms
 * matched in tier 0, then in tier 1 (each at most `termCount`), then doc number.
 */
export function orderHits(ascending: Int32Array, sort: SortId, termCount: number, scratch: Scratch, issuedDay: Int32Array): Int32Array {
  if (sort === 'relevance') return byRelevance(ascending, termCount, scratch);
  if (sort === 'newest') return ascending;
  // Oldest first; entries of the same day keep slug order.
  return Int32Array.from([...ascending].sort((a, b) => (issuedDay[a] === issuedDay[b] ? a - b : b - a)));
}

/** A counting sort on the rank key over the hits in doc-number order, so ties stay in that order. */
function byRelevance(ascending: Int32Array, termCount: number, scratch: Scratch): Int32Array {
  const { coverage, titleHits, metaHits, keys } = scratch;
  const hitCount = ascending.length;
  const base = termCount + 1;
  let top = 0;
  for (let i = 0; i < hitCount; i++) {
    const n = ascending[i]!;
    const key = (coverage[n]! * base + titleHits[n]!) * base + metaHits[n]!;
    keys[i] = key;
    if (key > top) top = key;
  }
  const hitsAll = new Int32Array(hitCount);
  if (top < 1 << 16) {
    const next = new Int32Array(top + 2); // next[top - key]: where the next hit with this key goes
    for (let i = 0; i < hitCount; i++) next[top - keys[i]! + 1]!++;
    for (let k = 1; k < next.length; k++) next[k] = next[k]! + next[k - 1]!;
    for (let i = 0; i < hitCount; i++) hitsAll[next[top - keys[i]!]!++] = ascending[i]!;
  } else {
    const order = Array.from({ length: hitCount }, (_, i) => i).sort((a, b) => keys[b]! - keys[a]! || a - b);
    order.forEach((i, at) => (hitsAll[at] = ascending[i]!));
  }
  return hitsAll;
}
