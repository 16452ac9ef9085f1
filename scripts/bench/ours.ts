import { SearchEngine } from '../../lib/search/engine';
import { parseSearchParams, type KnownIds } from '../../lib/search/params';
import type { SearchCorpus } from '../../lib/search/types';
import type { Contender, Outcome } from './shared';

/**
 * The project's own search, called exactly as /api/search calls it (lib/search/service.ts): the
 * parameters through `parseSearchParams`, then `engine.search(filters, today)`, which always
 * computes the facet counts and the snippets of page 1.
 */
export class Ours implements Contender {
  readonly name = 'ours';
  readonly engine: SearchEngine;

  constructor(
    corpus: SearchCorpus,
    private readonly known: KnownIds,
    private readonly today: string,
  ) {
    this.engine = new SearchEngine(corpus);
  }

  run(qs: string): Outcome {
    const { filters } = parseSearchParams(new URLSearchParams(qs), this.known);
    const r = this.engine.search(filters, this.today);
    return { total: r.total, top: r.hits.map((h) => h.doc.slug), facets: r.facets, mode: r.match };
  }

  all(qs: string): Set<string> {
    const { filters } = parseSearchParams(new URLSearchParams(qs), this.known);
    return new Set(this.engine.matchAll(filters, this.today).map((m) => m.doc.slug));
  }
}
