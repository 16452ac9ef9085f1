import 'server-only';
import { getCatalogueKey } from '../catalogue/db';
import { getCatalogueLoadedAt, getKnownIds, getSearchCorpus } from '../catalogue/queries';
import { chinaToday } from '../dates';
import { SearchEngine } from './engine';
import { parseSearchParams, type KnownIds, type ParamProblem } from './params';
import type { SearchFilters, SearchMatch, SearchResult } from './types';

// loadedAt: when the catalogue was loaded, i.e. when anything in it was last revised (iCalendar's DTSTAMP).
type Built = { key: string; engine: SearchEngine; known: KnownIds; loadedAt: Date };
const state = globalThis as unknown as { __search?: { key: string; ready: Promise<Built> } };

/** The search engine for the catalogue being served: built once per catalogue version, rebuilt after a load. */
export function getSearchEngine(): Promise<Built> {
  const key = getCatalogueKey();
  const current = state.__search;
  if (current?.key === key) return current.ready;
  const ready = (async () => {
    const [corpus, known, loadedAt] = await Promise.all([getSearchCorpus(), getKnownIds(), getCatalogueLoadedAt()]);
    return { key, engine: new SearchEngine(corpus), known, loadedAt: loadedAt ? new Date(loadedAt) : new Date() };
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

export type MatchOutcome = { filters: SearchFilters; problems: ParamProblem[]; matches: SearchMatch[]; engine: SearchEngine; loadedAt: Date };

/** Parses URL parameters like `search` and returns every match, unpaged: what the exports and the calendar share. */
export async function matchAll(params: URLSearchParams | Record<string, string | string[] | undefined>, today = chinaToday()): Promise<MatchOutcome> {
  const { engine, known, loadedAt } = await getSearchEngine();
  const { filters, problems } = parseSearchParams(params, known);
  return { filters, problems, matches: engine.matchAll(filters, today), engine, loadedAt };
}
