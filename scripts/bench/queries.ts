// The fixed query mix: what a lawyer types into the search page, as /api/search query strings.
// Every query is run with the facet counts the page shows (the engine always computes them).

export type QueryClass = 'word' | 'two-words' | 'prefix' | 'phrase' | 'chinese' | 'issuer' | 'date';

export type BenchQuery = { cls: QueryClass; qs: string; note?: string };

export const CLASS_LABELS: Record<QueryClass, string> = {
  word: 'one word',
  'two-words': 'two words',
  prefix: 'prefix',
  phrase: 'phrase',
  chinese: 'Chinese 2–4 chars',
  issuer: 'issuer filter',
  date: 'date range',
};

/** The query classes of "the English mix" (everything but Chinese). */
export const ENGLISH_CLASSES: QueryClass[] = ['word', 'two-words', 'prefix', 'phrase', 'issuer', 'date'];
export const CLASSES: QueryClass[] = ['word', 'two-words', 'prefix', 'phrase', 'chinese', 'issuer', 'date'];

const qs = (params: Record<string, string>) => new URLSearchParams(params).toString();

/**
 * The mix. Words range from rare to very common ("data" is in most entries); the Chinese runs are
 * substrings of the generated Chinese titles, 2, 3 and 4 characters long (FTS5's trigram tokenizer
 * cannot match the 2-character ones at all).
 */
export const QUERIES: BenchQuery[] = [
  { cls: 'word', qs: qs({ q: 'cybersecurity' }) },
  { cls: 'word', qs: qs({ q: 'advertising' }) },
  { cls: 'word', qs: qs({ q: 'data' }), note: 'in most entries' },
  { cls: 'two-words', qs: qs({ q: 'personal information' }) },
  { cls: 'two-words', qs: qs({ q: 'facial recognition' }) },
  { cls: 'two-words', qs: qs({ q: 'security assessment' }) },
  { cls: 'prefix', qs: qs({ q: 'algor' }) },
  { cls: 'prefix', qs: qs({ q: 'anonym' }) },
  { cls: 'prefix', qs: qs({ q: 'pro' }), note: '3 letters: many completions' },
  { cls: 'phrase', qs: qs({ q: '"data security"' }) },
  { cls: 'phrase', qs: qs({ q: '"outbound data transfers"' }) },
  { cls: 'chinese', qs: qs({ q: '网络' }), note: '2 chars, common' },
  { cls: 'chinese', qs: qs({ q: '算法' }), note: '2 chars' },
  { cls: 'chinese', qs: qs({ q: '互联网' }), note: '3 chars' },
  { cls: 'chinese', qs: qs({ q: '数据出境' }), note: '4 chars' },
  { cls: 'chinese', qs: qs({ q: '人脸识别' }), note: '4 chars' },
  { cls: 'issuer', qs: qs({ q: 'data', issuer: 'cac', local: '1' }), note: 'CAC and its local offices' },
  { cls: 'issuer', qs: qs({ q: 'measures', issuer: 'miit' }) },
  { cls: 'issuer', qs: qs({ q: 'personal information', issuer: 'spc', category: 'judgment' }) },
  { cls: 'date', qs: qs({ q: 'cybersecurity', from: '2020-01-01', to: '2021-12-31' }) },
  { cls: 'date', qs: qs({ q: 'data', from: '2024-01-01' }) },
];

/** The HTTP search request: a word with a filter, as a client's browser would send it. */
export const HTTP_SEARCH = '/api/search?q=data&category=regulation';

/** A search that matches nothing (a tiny response): what the route costs around the search itself. */
export const HTTP_NO_MATCH = '/api/search?q=zzqqxx';

/**
 * HTTP_SEARCH with a parameter the API ignores but its answer cache keys on, different on every
 * request (autocannon replaces [<id>]): the same search, never answered from the cache.
 */
export const HTTP_SEARCH_UNCACHED = `${HTTP_SEARCH}&nocache=[<id>]`;
