import type { Predicate } from './facets';
import type { DocTiers } from './match';
import type { ParsedQuery } from './query';
import type { Scratch } from './scratch';
import type { SortId } from './types';

/** Which entries a query with several terms lists: those matching all of them, or (when none does) any. */
export type MatchMode = 'all' | 'any';

export type Gathered = {
  /** Docs matching any term, with their rank features counted in the scratch buffers. */
  union: Int32Array;
  /** The docs the search lists before filters: every clause matched ("all") or any term ("any"), none excluded. */
  candidates: Int32Array;
  mode: MatchMode;
};

/**
 * The candidates of a query. Docs matching any slot are gathered once, counting their rank
 * features (slots matched; in tier 0; in tier 1) and the clauses they satisfy; the candidates are
 * those satisfying every clause, or, when none does, every doc gathered ("any"); docs an
 * exclusion matches are left out of both. No slots: every doc not excluded.
 */
export function gatherCandidates(query: ParsedQuery, matches: DocTiers[], exclusions: DocTiers[][], scratch: Scratch, docCount: number): Gathered {
  const { coverage, titleHits, metaHits, clauses, seen, excluded, marks } = scratch;
  const excludedDocs = markExcluded(exclusions, scratch);
  let count = 0;
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
  const union = scratch.candidates.subarray(0, count);
  let kept = 0;
  const subset = scratch.subset;
  if (matches.length === 0) {
    for (let n = 0; n < docCount; n++) if (excluded[n] === 0) subset[kept++] = n;
  } else {
    // Single-slot clauses (most queries) are satisfied as their slot is matched: coverage counts them.
    const simple = query.clauses.every((c) => c.length === 1 && c[0]!.length === 1);
    const satisfied = simple ? coverage : clauses;
    if (!simple) {
      query.clauses.forEach((clause, c) => {
        for (const unit of clause) {
          const lists = unit.map((k) => matches[k]!);
          countIn(lists, marks, 1);
          const first = lists[0]!.ids;
          for (let i = 0; i < first.length; i++) {
            const n = first[i]!;
            if (marks[n] === unit.length && seen[n] !== c + 1) {
              seen[n] = c + 1;
              clauses[n]!++;
            }
          }
          countIn(lists, marks, 0);
        }
      });
    }
    const need = simple ? matches.length : query.clauses.length;
    for (let i = 0; i < count; i++) if (satisfied[union[i]!] === need && excluded[union[i]!] === 0) subset[kept++] = union[i]!;
    if (!simple) for (let i = 0; i < count; i++) clauses[union[i]!] = seen[union[i]!] = 0;
  }
  let mode: MatchMode = 'all';
  if (kept === 0 && matches.length > 0) {
    mode = 'any';
    for (let i = 0; i < count; i++) if (excluded[union[i]!] === 0) subset[kept++] = union[i]!;
  }
  for (const n of excludedDocs) excluded[n] = 0;
  return { union, candidates: subset.subarray(0, kept), mode };
}

/** Flags (in `scratch.excluded`) the docs an exclusion leaves out: those matching all of its slots. Returns them. */
function markExcluded(exclusions: DocTiers[][], scratch: Scratch): number[] {
  const { excluded, marks } = scratch;
  const out: number[] = [];
  const flag = (n: number) => {
    if (excluded[n] === 0) {
      excluded[n] = 1;
      out.push(n);
    }
  };
  for (const unit of exclusions) {
    if (unit.length === 1) {
      const ids = unit[0]!.ids;
      for (let i = 0; i < ids.length; i++) flag(ids[i]!);
      continue;
    }
    countIn(unit, marks, 1);
    const first = unit[0]!.ids;
    for (let i = 0; i < first.length; i++) if (marks[first[i]!] === unit.length) flag(first[i]!);
    countIn(unit, marks, 0);
  }
  return out;
}

/** Adds one to `marks` for every doc of every list (`step` 1), or sets them back to 0 (`step` 0). */
function countIn(lists: DocTiers[], marks: Int32Array, step: 0 | 1): void {
  for (const m of lists) {
    const ids = m.ids;
    if (step === 1) for (let i = 0; i < ids.length; i++) marks[ids[i]!]!++;
    else for (let i = 0; i < ids.length; i++) marks[ids[i]!] = 0;
  }
}

/** Clears the rank features `gatherCandidates` counted, and the proximity marks. */
export function clearRankFeatures(g: Gathered, proximity: ArrayLike<number>, scratch: Scratch): void {
  const { coverage, titleHits, metaHits } = scratch;
  const { union } = g;
  for (let i = 0; i < union.length; i++) coverage[union[i]!] = titleHits[union[i]!] = metaHits[union[i]!] = 0;
  for (let i = 0; i < proximity.length; i++) scratch.proximity[proximity[i]!] = 0;
}

/**
 * One pass over the filters per candidate: `masks[i]`, the bits of the predicates candidate i
 * fails, and the hits (those failing none) in doc-number order, which is newest first.
 */
export function applyFilters(candidates: Int32Array, predicates: Predicate[], scratch: Scratch, docCount: number): { masks: Uint8Array; ascending: Int32Array } {
  const count = candidates.length;
  const masks = scratch.masks.subarray(0, count);
  if (predicates.length === 0) {
    // No filter: every candidate is a hit.
    masks.fill(0);
    return { masks, ascending: ascendingDocs(candidates, scratch, docCount) };
  }
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

/** The candidates in doc-number order: sorted when few, else read from flags over every doc. */
function ascendingDocs(candidates: Int32Array, scratch: Scratch, docCount: number): Int32Array {
  const count = candidates.length;
  if (count * 16 < docCount) return Int32Array.from(candidates).sort();
  const flags = scratch.marks;
  for (let i = 0; i < count; i++) flags[candidates[i]!] = 1;
  const out = new Int32Array(count);
  let at = 0;
  for (let n = 0; n < docCount; n++) {
    if (flags[n] === 1) {
      out[at++] = n;
      flags[n] = 0;
    }
  }
  return out;
}

/**
 * The hits (in doc-number order) in the order of `sort`. Relevance: terms matched, then terms
 * matched in tier 0, then proximity (the query's words adjacent, by tier; 0 unless marked), then
 * terms matched in tier 1 (each at most `termCount`), then doc number.
 */
export function orderHits(ascending: Int32Array, sort: SortId, termCount: number, scratch: Scratch, issuedDay: Int32Array): Int32Array {
  if (sort === 'relevance') return byRelevance(ascending, termCount, scratch);
  if (sort === 'newest') return ascending;
  // Oldest first; entries of the same day keep slug order.
  return Int32Array.from([...ascending].sort((a, b) => (issuedDay[a] === issuedDay[b] ? a - b : b - a)));
}

/** The rank key of each hit, sorted on (sortByKey), so ties stay in doc-number order. */
function byRelevance(ascending: Int32Array, termCount: number, scratch: Scratch): Int32Array {
  const { coverage, titleHits, metaHits, proximity, keys } = scratch;
  const base = termCount + 1;
  for (let i = 0; i < ascending.length; i++) {
    const n = ascending[i]!;
    keys[i] = ((coverage[n]! * base + titleHits[n]!) * 4 + proximity[n]!) * base + metaHits[n]!;
  }
  return sortByKey(ascending, keys);
}

/**
 * Relevance order for one page of hits, [from, to): the hits are ordered by terms matched and by
 * terms matched in tier 0; only the groups of equal such keys that overlap the page get their
 * proximity (`near` marks it in `scratch.proximity` and returns the docs marked) and are ordered
 * further (proximity, terms in tier 1, doc number). The same order as `orderHits` inside the
 * page; outside it, groups keep doc-number order (a page needs no more, an export uses `orderHits`).
 */
export function orderPage(ascending: Int32Array, termCount: number, scratch: Scratch, from: number, to: number, near: (docs: Int32Array) => ArrayLike<number>): { hits: Int32Array; marked: ArrayLike<number> } {
  const { coverage, titleHits, metaHits, proximity, keys } = scratch;
  const base = termCount + 1;
  const count = ascending.length;
  for (let i = 0; i < count; i++) keys[i] = coverage[ascending[i]!]! * base + titleHits[ascending[i]!]!;
  const hits = sortByKey(ascending, keys);
  if (from >= count) return { hits, marked: [] };
  const coarse = (n: number) => coverage[n]! * base + titleHits[n]!;
  // The groups overlapping the page: from the start of the one holding `from` to the end of the one holding `to - 1`.
  let first = from;
  while (first > 0 && coarse(hits[first - 1]!) === coarse(hits[from]!)) first--;
  const lastAt = Math.min(to, count) - 1;
  let end = lastAt + 1;
  while (end < count && coarse(hits[end]!) === coarse(hits[lastAt]!)) end++;
  const marked = near(hits.subarray(first, end));
  for (let g = first; g < end; ) {
    let h = g + 1;
    while (h < end && coarse(hits[h]!) === coarse(hits[g]!)) h++;
    const group = hits.subarray(g, h);
    for (let i = 0; i < group.length; i++) keys[i] = proximity[group[i]!]! * base + metaHits[group[i]!]!;
    group.set(sortByKey(group, keys));
    g = h;
  }
  return { hits, marked };
}

/** `docs` by `keys` (keys[i] for docs[i]) descending, ties in their order: a counting sort when the keys are small. */
function sortByKey(docs: Int32Array, keys: Int32Array): Int32Array {
  const count = docs.length;
  let top = 0;
  for (let i = 0; i < count; i++) if (keys[i]! > top) top = keys[i]!;
  const out = new Int32Array(count);
  if (top < 1 << 16) {
    const next = new Int32Array(top + 2);
    for (let i = 0; i < count; i++) next[top - keys[i]! + 1]!++;
    for (let k = 1; k < next.length; k++) next[k] = next[k]! + next[k - 1]!;
    for (let i = 0; i < count; i++) out[next[top - keys[i]!]!++] = docs[i]!;
  } else {
    const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => keys[b]! - keys[a]! || a - b);
    order.forEach((i, at) => (out[at] = docs[i]!));
  }
  return out;
}
