// The fixed query mix: what a lawyer types into the search page, as /api/search query strings.
// Every query is run with the facet counts the page shows (the engine always computes them).

export type QueryClass = 'word' | 'two-words' | 'all-terms' | 'prefix' | 'phrase' | 'chinese' | 'traditional' | 'glossary' | 'exclusion' | 'issuer' | 'date';

export type BenchQuery = { cls: QueryClass; qs: string; note?: string };

export const CLASS_LABELS: Record<QueryClass, string> = {
  word: 'one word',
  'two-words': 'two words',
  'all-terms': 'three or four words',
  prefix: 'prefix',
  phrase: 'phrase',
  chinese: 'Chinese 2–4 chars',
  traditional: 'traditional Chinese',
  glossary: 'glossary term',
  exclusion: 'exclusion',
  issuer: 'issuer filter',
  date: 'date range',
};

/** The query classes of "the English mix" (everything but Chinese, and the glossary, whose groups hold Chinese terms). */
export const ENGLISH_CLASSES: QueryClass[] = ['word', 'two-words', 'all-terms', 'prefix', 'phrase', 'exclusion', 'issuer', 'date'];
export const CLASSES: QueryClass[] = ['word', 'two-words', 'all-terms', 'prefix', 'phrase', 'chinese', 'traditional', 'glossary', 'exclusion', 'issuer', 'date'];

const qs = (params: Record<string, string>) => new URLSearchParams(params).toString();

/**
 * The mix. Words range from rare to very common ("data" is in most entries); several words must
 * all match (docs/search.md), and one query's words never occur together, so it falls back to any;
 * the Chinese runs are substrings of the generated Chinese titles, 2, 3 and 4 characters long
 * (FTS5's trigram tokenizer cannot match the 2-character ones at all), and the same runs typed in
 * traditional characters; glossary terms widen to their group (the seed's glossary, which the
 * generated corpus carries); exclusions leave out what one term matches.
 */
export const QUERIES: BenchQuery[] = [
  { cls: 'word', qs: qs({ q: 'cybersecurity' }) },
  { cls: 'word', qs: qs({ q: 'advertising' }) },
  { cls: 'word', qs: qs({ q: 'data' }), note: 'in most entries' },
  { cls: 'two-words', qs: qs({ q: 'personal information' }) },
  { cls: 'two-words', qs: qs({ q: 'facial recognition' }) },
  { cls: 'two-words', qs: qs({ q: 'security assessment' }) },
  { cls: 'all-terms', qs: qs({ q: 'personal information protection' }), note: 'three common words' },
  { cls: 'all-terms', qs: qs({ q: 'security assessment outbound data' }), note: 'four words' },
  { cls: 'all-terms', qs: qs({ q: 'facial recognition technology applications' }), note: 'a subject, four words' },
  { cls: 'all-terms', qs: qs({ q: 'data sovereignty' }), note: 'never together: falls back to any' },
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
  { cls: 'traditional', qs: qs({ q: '網絡' }), note: '2 chars, common' },
  { cls: 'traditional', qs: qs({ q: '互聯網' }), note: '3 chars' },
  { cls: 'traditional', qs: qs({ q: '數據出境' }), note: '4 chars, a glossary term' },
  { cls: 'traditional', qs: qs({ q: '人臉識別' }), note: '4 chars' },
  { cls: 'glossary', qs: qs({ q: 'CII' }), note: 'an abbreviation the texts never use' },
  { cls: 'glossary', qs: qs({ q: 'deepfake' }), note: 'a synonym the texts never use' },
  { cls: 'glossary', qs: qs({ q: 'PIPL' }) },
  { cls: 'glossary', qs: qs({ q: 'critical information infrastructure' }), note: 'three words spelling a term' },
  { cls: 'exclusion', qs: qs({ q: 'data -security' }), note: 'common, less common' },
  { cls: 'exclusion', qs: qs({ q: 'personal information -"facial recognition"' }), note: 'a phrase left out' },
  { cls: 'exclusion', qs: qs({ q: 'cybersecurity -draft -measures' }) },
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
