import 'server-only';
import type { Snapshot } from '../catalogue/snapshot';
import { parseSearchParams, type ParamProblem } from './params';
import type { SearchFilters, SearchMatch, SearchResult } from './types';

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

export type SearchOutcome = { filters: SearchFilters; problems: ParamProblem[]; result: SearchResult; snapshot: Snapshot };

/** Parses URL parameters and runs the search: what /search, /api/search and the search feed share. */
export function search(snapshot: Snapshot, params: Params, today: string): SearchOutcome {
  const { filters, problems } = parseSearchParams(params, snapshot.known, today);
  return { filters, problems, result: snapshot.engine.search(filters, today), snapshot };
}

export type MatchOutcome = { filters: SearchFilters; problems: ParamProblem[]; matches: SearchMatch[]; snapshot: Snapshot };

/** Parses URL parameters like `search` and returns every match, unpaged: what the exports and the calendar share. */
export function matchAll(snapshot: Snapshot, params: Params, today: string): MatchOutcome {
  const { filters, problems } = parseSearchParams(params, snapshot.known, today);
  return { filters, problems, matches: snapshot.engine.matchAll(filters, today), snapshot };
}
