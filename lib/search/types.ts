import type { AuthorityRecord, EntryRecord, Topic } from '../catalogue/types';
import type { CategoryId, StatusId } from '../constants';
import type { Glossary } from '../content/types';

/** An authority as search sees it: every name it is searched by, and its parent for local offices. */
export type SearchAuthority = Pick<AuthorityRecord, 'id' | 'name' | 'abbr' | 'nameZh' | 'aliases' | 'parent'>;

/** A published entry with everything search indexes, filters on and shows: the catalogue's record. */
export type SearchDoc = EntryRecord;

/** What the engine is built from: the served catalogue's records, and its glossary (groups of terms that mean the same thing). */
export type SearchCorpus = { docs: SearchDoc[]; authorities: AuthorityRecord[]; topics: Topic[]; glossary: Glossary };

export type SortId = 'relevance' | 'newest' | 'oldest';

/** Parsed search filters: one meaning for the page, the API and the feeds. */
export type SearchFilters = {
  q: string;
  issuer: string[];
  /** Include the issuers' local offices. */
  local: boolean;
  category: CategoryId[];
  from: string | null;
  to: string | null;
  topic: string[];
  status: StatusId[];
  jurisdiction: string[];
  edition: string[];
  sort: SortId;
  page: number;
};

export type SnippetPart = { text: string; mark: boolean };

/** A matching entry with its status on the day searched. */
export type SearchMatch = {
  doc: SearchDoc;
  status: StatusId | null;
};

export type SearchHit = SearchMatch & {
  snippet: SnippetPart[];
  /** The Chinese title with the query's matches marked (a search with words), else null. */
  titleZh: SnippetPart[] | null;
};

export type FacetCounts = {
  category: Record<string, number>;
  issuer: Record<string, number>;
  topic: Record<string, number>;
  status: Record<string, number>;
  year: Record<string, number>;
};

/** Per filter group with values chosen: what each other value would add (lib/search/facets.ts widenCounts). */
export type FacetWiden = Partial<Record<'category' | 'issuer' | 'topic' | 'status', Record<string, number>>>;

export type SearchResult = {
  total: number;
  page: number;
  per: number;
  pages: number;
  hits: SearchHit[];
  facets: FacetCounts;
  /** For each filter group with values chosen, the entries each of its other values would add. */
  widen: FacetWiden;
  /** A corrected query when some words matched only through a typo correction, or not at all. */
  suggestion: string | null;
  /** When nothing matched: each active filter and how many results there would be without it. */
  relaxations: { param: string; value: string | null; total: number }[];
  /**
   * "all": the entries listed match every term of the query (or it has one term, or none); "any":
   * none did, so the entries matching any term are listed (docs/search.md).
   */
  match: 'all' | 'any';
  /** The query's terms (and OR groups) as typed, stop words left out: what "No entry matches all of …" names. */
  terms: string[];
  /** Terms the glossary added to the query, as the glossary writes them. */
  also: string[];
};
