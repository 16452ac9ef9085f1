import 'server-only';
import { getCatalogueKey } from '../catalogue/db';
import { getKnownIds, getSearchCorpus } from '../catalogue/queries';
import { chinaToday } from '../dates';
import { SearchEngine } from './engine';
import { parseSearchParams, type KnownIds, type ParamProblem } from './params';
import type { SearchFilters, SearchResult } from './types';

type Built = { key: string; engine: SearchEngine; known: KnownIds };
const state = globalThis as unknown as { __search?: { key: string; ready: Promise<Built> } };

/** The search engine for the catalogue being served: built once per catalogue version, rebuilt after a load. */
export function getSearchEngine(): Promise<Built> {
  const key = getCatalogueKey();
  const current = state.__search;
  if (current?.key === key) return current.ready;
  const ready = (async () => {
    const [corpus, known] = await Promise.all([getSearchCorpus(), getKnownIds()]);
    return { key, engine: new SearchEngine(corpus), known };
  })();
  state.__search = { key, ready };
  // A failed build must not stick: the next request tries again.
  ready.catch(() => {
    if (state.__search?.ready === ready) state.__search = undefined;
  });
  return ready;
}

export type SearchOutcome = { filters: SearchFilters; problems: ParamProblem[]; result: SearchResult; engine: SearchEngine };

/** Parses URL parameters and runs the search: what /search, /api/search and the search feed share. */
export async function search(params: URLSearchParams | Record<string, string | string[] | undefined>, today = chinaToday()): Promise<SearchOutcome> {
  const { engine, known } = await getSearchEngine();
  const { filters, problems } = parseSearchParams(params, known);
  return { filters, problems, result: engine.search(filters, today), engine };
}
