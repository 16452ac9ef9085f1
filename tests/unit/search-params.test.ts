import { describe, expect, it } from 'vitest';
import { SearchEngine } from '@/lib/search/engine';
import { EMPTY_FILTERS, LIMITS, parseSearchParams, searchQueryString, toggleValue } from '@/lib/search/params';
import type { SearchFilters } from '@/lib/search/types';
import { CORPUS, KNOWN, TODAY } from '../fixtures/search/corpus';

const engine = new SearchEngine(CORPUS);
const parse = (input: string | URLSearchParams | Record<string, string | string[] | undefined>) =>
  parseSearchParams(typeof input === 'string' ? new URLSearchParams(input) : input, KNOWN);
const filters = (over: Partial<SearchFilters>): SearchFilters => ({ ...EMPTY_FILTERS, ...over });

describe('parseSearchParams: valid input', () => {
  it('reads every parameter', () => {
    const { filters: f, problems } = parse(
      'q=data+security&issuer=cac&issuer=miit&local=1&category=regulation&from=2023-01-01&to=2023-12-31&topic=minors' +
        '&status=in-force&jurisdiction=Shanghai&edition=2023-01&sort=oldest&page=3',
    );
    expect(problems).toEqual([]);
    expect(f).toEqual({
      q: 'data security',
      issuer: ['cac', 'miit'],
      local: true,
      category: ['regulation'],
      from: '2023-01-01',
      to: '2023-12-31',
      topic: ['minors'],
      status: ['in-force'],
      jurisdiction: ['Shanghai'],
      edition: ['2023-01'],
      sort: 'oldest',
      page: 3,
    });
  });

  it('defaults: relevance with a query, newest without, page 1, no local offices', () => {
    expect(parse('q=cac').filters).toEqual(filters({ q: 'cac', sort: 'relevance' }));
    expect(parse('').filters).toEqual(EMPTY_FILTERS);
  });

  it('splits comma-separated values, trims them, and drops duplicates and empties', () => {
    const { filters: f, problems } = parse('issuer=cac,%20miit&issuer=cac&category=regulation,,standard&topic=&status=');
    expect(problems).toEqual([]);
    expect(f.issuer).toEqual(['cac', 'miit']);
    expect(f.category).toEqual(['regulation', 'standard']);
    expect(f.topic).toEqual([]);
    expect(f.status).toEqual([]);
  });

  it('joins repeated q values and never splits q on commas', () => {
    expect(parse('q=cac&q=数据').filters.q).toBe('cac 数据');
    expect(parse('q=data,security').filters.q).toBe('data,security');
  });

  it('ignores unknown parameter names', () => {
    const { filters: f, problems } = parse('utm_source=x&issuers=cac&Q=zzz&__proto__=1&constructor=2&q=watermark');
    expect(problems).toEqual([]);
    expect(f).toEqual(filters({ q: 'watermark', sort: 'relevance' }));
  });

  it('replaces NUL and other control characters in q by spaces', () => {
    expect(parse({ q: 'cyber\u0000security\u0007law\u001b\u007f\u200b' }).filters.q).toBe('cyber security law');
    expect(parse('q=%00%01%02').filters.q).toBe('');
  });

  it('accepts a plain record (Next.js searchParams) as well as URLSearchParams', () => {
    const { filters: f, problems } = parse({ q: ['a', 'b'], issuer: 'cac', category: ['regulation', 'judgment'], page: '2', ignored: undefined });
    expect(problems).toEqual([]);
    expect(f).toMatchObject({ q: 'a b', issuer: ['cac'], category: ['regulation', 'judgment'], page: 2 });
  });

  it('accepts the local flag spellings 1/true/on and 0/false', () => {
    for (const v of ['1', 'true', 'on']) expect(parse(`issuer=cac&local=${v}`).filters.local).toBe(true);
    for (const v of ['0', 'false', '']) expect(parse(`issuer=cac&local=${v}`).filters.local).toBe(false);
  });

  it('accepts page 1 through 500 and leap days', () => {
    expect(parse('page=1').filters.page).toBe(1);
    expect(parse(`page=${LIMITS.page}`).filters.page).toBe(500);
    expect(parse('from=2024-02-29&to=2024-02-29').filters).toMatchObject({ from: '2024-02-29', to: '2024-02-29' });
  });
});

describe('parseSearchParams: each bad value is a problem naming the parameter, and is left out', () => {
  type Bad = [qs: string, param: string, message: RegExp, check: (f: SearchFilters) => void];
  const BAD: Bad[] = [
    ['issuer=cac-shangai', 'issuer', /unknown authority 'cac-shangai'; did you mean 'cac-shanghai'\?/, (f) => expect(f.issuer).toEqual([])],
    ['issuer=cac&issuer=miitt', 'issuer', /unknown authority 'miitt'; did you mean 'miit'\?/, (f) => expect(f.issuer).toEqual(['cac'])],
    ['issuer=CAC', 'issuer', /unknown authority 'CAC'; did you mean 'cac'\?/, (f) => expect(f.issuer).toEqual([])],
    ['issuer=zzzzzz', 'issuer', /^unknown authority 'zzzzzz'$/, (f) => expect(f.issuer).toEqual([])],
    ['category=judgement', 'category', /'judgement' is not allowed; allowed values: regulation, standard, enforcement, judgment; did you mean 'judgment'\?/, (f) => expect(f.category).toEqual([])],
    ['category=standards&category=regulation', 'category', /did you mean 'standard'\?/, (f) => expect(f.category).toEqual(['regulation'])],
    ['status=inforce', 'status', /'inforce' is not allowed; allowed values: draft-for-comment, not-yet-in-force, in-force, repealed; did you mean 'in-force'\?/, (f) => expect(f.status).toEqual([])],
    ['topic=minor', 'topic', /unknown topic 'minor'; did you mean 'minors'\?/, (f) => expect(f.topic).toEqual([])],
    ['topic=generative_ai', 'topic', /did you mean 'generative-ai'\?/, (f) => expect(f.topic).toEqual([])],
    ['edition=2023-1', 'edition', /unknown edition '2023-1'; did you mean '2023-01'\?/, (f) => expect(f.edition).toEqual([])],
    ['from=2023-02-29', 'from', /'2023-02-29' must be a date written YYYY-MM-DD/, (f) => expect(f.from).toBeNull()],
    ['from=2023-13-01', 'from', /must be a date/, (f) => expect(f.from).toBeNull()],
    ['to=2023-04-31', 'to', /must be a date/, (f) => expect(f.to).toBeNull()],
    ['to=20230101', 'to', /must be a date/, (f) => expect(f.to).toBeNull()],
    ['from=2023-1-1', 'from', /must be a date/, (f) => expect(f.from).toBeNull()],
    ['from=yesterday', 'from', /must be a date/, (f) => expect(f.from).toBeNull()],
    ['from=2024-01-01&to=2023-01-01', 'from', /'from' \(2024-01-01\) is after 'to' \(2023-01-01\)/, (f) => expect([f.from, f.to]).toEqual([null, null])],
    ['page=0', 'page', /'0' must be 1 or more/, (f) => expect(f.page).toBe(1)],
    ['page=-1', 'page', /'-1' must be a whole number/, (f) => expect(f.page).toBe(1)],
    ['page=1.5', 'page', /'1.5' must be a whole number/, (f) => expect(f.page).toBe(1)],
    ['page=1e309', 'page', /'1e309' must be a whole number/, (f) => expect(f.page).toBe(1)],
    ['page=Infinity', 'page', /must be a whole number/, (f) => expect(f.page).toBe(1)],
    ['page=501', 'page', /'501' must be at most 500/, (f) => expect(f.page).toBe(1)],
    ['page=99999999999999999999', 'page', /must be/, (f) => expect(f.page).toBe(1)],
    ['sort=best', 'sort', /'best' is not allowed \(allowed: relevance, newest, oldest\)/, (f) => expect(f.sort).toBe('newest')],
    ['local=yes&issuer=cac', 'local', /'yes' is not allowed/, (f) => expect(f.local).toBe(false)],
    ['sort=oldest&sort=newest', 'sort', /give this parameter once/, (f) => expect(f.sort).toBe('oldest')],
  ];

  it.each(BAD.map((b) => [b[0], b] as const))('%s', (_, [qs, param, message, check]) => {
    const { filters: f, problems } = parse(qs);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.param).toBe(param);
    expect(problems[0]!.message).toMatch(message);
    check(f);
  });

  it(`caps a parameter at ${LIMITS.valuesPerParam} values, and reports the excess`, () => {
    const fifty = Array.from({ length: 50 }, () => 'cac').join(',');
    expect(parse(`issuer=${fifty}`).problems).toEqual([]);
    const { filters: f, problems } = parse(`issuer=${fifty},miit`);
    expect(problems).toEqual([{ param: 'issuer', value: '51 values', message: 'at most 50 values' }]);
    expect(f.issuer.length).toBeLessThanOrEqual(50);
    expect(f.issuer).not.toContain('miit');
  });

  it(`caps q at ${LIMITS.queryLength} characters, and reports it`, () => {
    expect(parse({ q: 'x'.repeat(500) }).problems).toEqual([]);
    const { filters: f, problems } = parse({ q: 'x'.repeat(501) });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ param: 'q' });
    expect(problems[0]!.message).toMatch(/501 characters/);
    expect(f.q.length).toBeLessThanOrEqual(500);
  });

  it('shortens long bad values in messages', () => {
    const { problems } = parse({ topic: 'x'.repeat(5000) });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.value.length).toBeLessThanOrEqual(60);
    expect(problems[0]!.message.length).toBeLessThan(300);
  });

  it('reports every bad value, not just the first', () => {
    const { problems } = parse('issuer=nope&category=nope&status=nope&topic=nope&edition=nope&from=nope&to=nope&sort=nope&page=nope&local=nope');
    expect(problems.map((p) => p.param).sort()).toEqual(['category', 'edition', 'from', 'issuer', 'local', 'page', 'sort', 'status', 'to', 'topic']);
  });
});

describe('searchQueryString and toggleValue', () => {
  const FULL = filters({
    q: 'data security',
    issuer: ['cac', 'miit'],
    local: true,
    category: ['regulation', 'standard'],
    from: '2022-01-01',
    to: '2023-12-31',
    topic: ['minors'],
    status: ['in-force', 'repealed'],
    jurisdiction: ['Shanghai'],
    edition: ['2023-01'],
    sort: 'oldest',
    page: 4,
  });
  const ROUND_TRIPS: SearchFilters[] = [
    EMPTY_FILTERS,
    FULL,
    filters({ q: 'cac', sort: 'relevance' }),
    filters({ q: 'cac', sort: 'newest', page: 2 }),
    filters({ sort: 'relevance' }),
    filters({ sort: 'oldest', page: 500 }),
    filters({ q: '"deep synthesis" 数据安全 & ? = # % +', sort: 'relevance' }),
    filters({ issuer: ['cac-shanghai'], local: true }),
    filters({ from: '2024-02-29' }),
    filters({ to: '2019-01-01' }),
  ];

  it.each(ROUND_TRIPS.map((f) => [searchQueryString(f, { page: f.page }) || '(empty)', f] as const))('round-trips %s', (_, f) => {
    const qs = searchQueryString(f, { page: f.page });
    const back = parse(qs);
    expect(back.problems).toEqual([]);
    expect(back.filters).toEqual(f);
    // And the string is canonical: parsing and writing it again gives the same string.
    expect(searchQueryString(back.filters, { page: back.filters.page })).toBe(qs);
  });

  it('writes only non-default values, in a stable order', () => {
    expect(searchQueryString(EMPTY_FILTERS)).toBe('');
    expect(searchQueryString(FULL, { page: 4 })).toBe(
      'q=data+security&issuer=cac&issuer=miit&local=1&category=regulation&category=standard&from=2022-01-01&to=2023-12-31' +
        '&topic=minors&status=in-force&status=repealed&jurisdiction=Shanghai&edition=2023-01&sort=oldest&page=4',
    );
  });

  it('omits the default sort: relevance with a query, newest without', () => {
    expect(searchQueryString(filters({ q: 'x', sort: 'relevance' }))).toBe('q=x');
    expect(searchQueryString(filters({ sort: 'newest' }))).toBe('');
    expect(searchQueryString(filters({ q: 'x', sort: 'newest' }))).toBe('q=x&sort=newest');
    expect(searchQueryString(filters({ sort: 'relevance' }))).toBe('sort=relevance');
    expect(searchQueryString(filters({ q: 'x', sort: 'oldest' }))).toBe('q=x&sort=oldest');
  });

  it('omits local without an issuer, and page 1', () => {
    expect(searchQueryString(filters({ local: true }))).toBe('');
    expect(searchQueryString(filters({ page: 7 }), { page: 1 })).toBe('');
  });

  it('any change but page resets to page 1; a page change keeps the rest', () => {
    const f = filters({ q: 'cac', sort: 'relevance', page: 3 });
    expect(searchQueryString(f, { sort: 'oldest' })).toBe('q=cac&sort=oldest');
    expect(searchQueryString(f, { q: 'miit' })).toBe('q=miit');
    expect(searchQueryString(f, { page: 4 })).toBe('q=cac&page=4');
  });

  it('toggleValue adds a value, removes it again, resets the page and keeps everything else', () => {
    const added = toggleValue(FULL, 'topic', 'data-security');
    expect(parse(added).filters).toEqual({ ...FULL, topic: ['minors', 'data-security'], page: 1 });
    const removed = toggleValue(FULL, 'category', 'regulation');
    expect(parse(removed).filters).toEqual({ ...FULL, category: ['standard'], page: 1 });
    for (const [param, value] of [
      ['issuer', 'samr'],
      ['category', 'judgment'],
      ['topic', 'minors'],
      ['status', 'in-force'],
      ['jurisdiction', 'Beijing'],
      ['edition', '2024-03'],
    ] as const) {
      expect(new URLSearchParams(toggleValue(FULL, param, value)).get('page'), `${param}=${value}`).toBeNull();
    }
  });

  it('toggleValue twice gives back the same filters (on page 1)', () => {
    const once = parse(toggleValue(FULL, 'issuer', 'samr')).filters;
    expect(parse(toggleValue(once, 'issuer', 'samr')).filters).toEqual({ ...FULL, page: 1 });
  });

  it('toggleValue does not modify the filters it was given', () => {
    const before = structuredClone(FULL);
    toggleValue(FULL, 'topic', 'ai');
    toggleValue(FULL, 'topic', 'minors');
    searchQueryString(FULL, { category: [] });
    expect(FULL).toEqual(before);
  });
});

describe('hostile input never throws, in parsing or in the engine', () => {
  const HOSTILE: [string, string | Record<string, string | string[]>][] = [
    ['a 10,000-character q', { q: 'data '.repeat(2000) }],
    ['a 10,000-character Chinese q', { q: '数据安全管理办法'.repeat(1250) }],
    ['a 10,000-character single word', { q: 'x'.repeat(10_000) }],
    ['NUL and control characters', { q: 'cac\u0000\u0001\u0002\u001f\u007f\u0085 数据\u0000' }],
    ['a lone surrogate', { q: 'cac \ud800 \udfff 数据' }],
    ['emoji and joiners', { q: '🔥👩‍💻🇨🇳 数据 🔥cac🔥' }],
    ['regex metacharacters', { q: '(.*+?[ ^$ {} | \\ ] ) \\d+ (?<x>.) [^a]' }],
    ['SQL injection', { q: "' OR 1=1 -- ; DROP TABLE entries; /*" }],
    ['unbalanced and many quotes', { q: '"deep synthesis "a" "" " """ “ ” 「 」' }],
    ['only quotes', { q: '""""""' }],
    ['only stop words', { q: 'the of and to' }],
    ['only punctuation', { q: '!!! ??? ... ---' }],
    ['HTML', { q: '<script>alert(1)</script><img src=x onerror=alert(1)>' }],
    ['prototype names', { q: '__proto__ constructor prototype toString hasOwnProperty', issuer: '__proto__', topic: 'constructor', edition: 'toString' }],
    ['300 repeated issuer params', { issuer: Array.from({ length: 300 }, (_, i) => (i % 2 ? 'cac' : `x${i}`)) }],
    ['300 comma-separated categories', { category: Array.from({ length: 300 }, () => 'regulation').join(',') }],
    ['page=1e309', { page: '1e309' }],
    ['page=-1', { page: '-1' }],
    ['page=NaN', { page: 'NaN' }],
    ['huge jurisdiction', { jurisdiction: 'Shanghai\u0000'.repeat(1000) }],
    ['dates far out', { from: '0000-01-01', to: '9999-12-31' }],
    ['every parameter bad at once', { q: '\u0000', issuer: 'x', local: 'x', category: 'x', from: 'x', to: 'x', topic: 'x', status: 'x', jurisdiction: '', edition: 'x', sort: 'x', page: 'x' }],
  ];

  it.each(HOSTILE)('%s', (_, input) => {
    const parsed = (() => {
      const record = typeof input === 'string' ? Object.fromEntries(new URLSearchParams(input)) : input;
      return parse(record);
    })();
    const f = parsed.filters;
    expect(f.q.length).toBeLessThanOrEqual(LIMITS.queryLength);
    expect(f.q).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(f.page).toBeGreaterThanOrEqual(1);
    expect(f.page).toBeLessThanOrEqual(LIMITS.page);
    for (const key of ['issuer', 'category', 'topic', 'status', 'jurisdiction', 'edition'] as const) expect(f[key].length).toBeLessThanOrEqual(LIMITS.valuesPerParam);
    const result = engine.search(f, TODAY);
    expect(result.hits.length).toBeLessThanOrEqual(result.per);
    expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
    for (const hit of result.hits) expect(hit.snippet.map((p) => p.text).join('').length).toBeGreaterThan(0);
    // And the URL builders cope with whatever came out.
    const qs = searchQueryString(f, { page: f.page });
    expect(() => parse(qs)).not.toThrow();
    expect(() => toggleValue(f, 'issuer', 'cac')).not.toThrow();
  });

  it('the URL-encoded forms: NUL, %FF, a lone %, 1e309, -1', () => {
    for (const qs of ['q=%00', 'q=%FF%FE', 'q=%', 'q=%E4%B8', 'page=1e309', 'page=-1', 'issuer=%00', 'q=a&q=%00&q=b']) {
      const { filters: f } = parse(qs);
      expect(() => engine.search(f, TODAY), qs).not.toThrow();
    }
  });

  it('a 10,000-character q is reported and searched quickly', () => {
    const { filters: f, problems } = parse({ q: 'cybersecurity '.repeat(800) });
    expect(problems.map((p) => p.param)).toEqual(['q']);
    const started = performance.now();
    engine.search(f, TODAY);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
