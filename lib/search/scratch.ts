import { NONE } from './engine-common';

/**
 * Per-doc buffers for one search at a time (search is synchronous), so matching and ranking
 * allocate nothing per candidate. Whoever uses `best`, `marks`, `coverage`, `titleHits` or
 * `metaHits` leaves them as found: NONE in `best`, zero in the others.
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
  /** Per candidate, in its first slots: its doc, the filter bits it fails; per hit, its rank key. */
  candidates: Int32Array;
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
    candidates: new Int32Array(count),
    masks: new Uint8Array(count),
    keys: new Int32Array(count),
  };
}
