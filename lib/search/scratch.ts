import { NONE } from './engine-common';

/**
 * Per-doc buffers for one search at a time (search is synchronous), so matching and ranking
 * allocate nothing per candidate. Whoever uses `best`, `marks`, `coverage`, `titleHits`,
 * `metaHits`, `clauses`, `seen`, `excluded` or `proximity` leaves them as found: NONE in `best`,
 * zero in the others.
 */
export type Scratch = {
  /** Per doc: the best tier seen while merging postings. */
  best: Uint8Array;
  /** Per doc: how many lists hold it (intersecting), or 1 for a hit (ordering hits). */
  marks: Int32Array;
  /** Per doc: terms matched, terms matched in tier 0, in tier 1 (the relevance key). */
  coverage: Uint16Array;
  titleHits: Uint16Array;
  metaHits: Uint16Array;
  /** Per doc: the query's clauses it satisfies, and the last clause (plus one) counted for it. */
  clauses: Uint16Array;
  seen: Int32Array;
  /** Per doc: 1 when an exclusion leaves it out. */
  excluded: Uint8Array;
  /** Per doc: 3 when the query's words are adjacent in its title fields, 2 in tier 1, 1 in tier 2. */
  proximity: Uint8Array;
  /** Per doc matching any term, in the order first found; `subset`: those kept (all terms, or any). */
  candidates: Int32Array;
  subset: Int32Array;
  /** Per candidate, in its first slots: the filter bits it fails; per hit, its rank key. */
  masks: Uint8Array;
  keys: Int32Array;
};

export function newScratch(count: number): Scratch {
  return {
    best: new Uint8Array(count).fill(NONE),
    marks: new Int32Array(count),
    coverage: new Uint16Array(count),
    titleHits: new Uint16Array(count),
    metaHits: new Uint16Array(count),
    clauses: new Uint16Array(count),
    seen: new Int32Array(count),
    excluded: new Uint8Array(count),
    proximity: new Uint8Array(count),
    candidates: new Int32Array(count),
    subset: new Int32Array(count),
    masks: new Uint8Array(count),
    keys: new Int32Array(count),
  };
}
