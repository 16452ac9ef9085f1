import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as apiSearch } from '@/app/api/search/route';
import { GET as exportCsv } from '@/app/search/export.csv/route';
import { GET as exportJson } from '@/app/search/export.json/route';
import { writeCatalogue } from '@/lib/catalogue/load';
import { checkContent } from '@/lib/content/check';
import { CSV_COLUMNS, exportFileName, toCsv, type ExportRow } from '@/lib/export';
import { EMPTY_FILTERS } from '@/lib/search/params';
import { getSnapshot } from '@/lib/catalogue/snapshot';
import { chinaToday } from '@/lib/dates';
import { search } from '@/lib/search/service';
import { CALENDAR, ContentCopy, md, removeAll, SEED_CONTENT, tempDir } from './helpers/fixtures';

const ORIGIN = 'http://digest.test';
const previous = { db: process.env.DATABASE_PATH, site: process.env.SITE_URL };

async function load(dir: string) {
  const result = await checkContent(dir);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  await writeCatalogue(result.catalogue, process.env.DATABASE_PATH!, dir);
}

const request = (route: string, qs: string) => new NextRequest(`${ORIGIN}${route}${qs ? `?${qs}` : ''}`);

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/** Fetches the CSV export and parses it with csv-parse (a real RFC 4180 parser). */
async function csv(qs: string): Promise<{ raw: Buffer; rows: Row[]; response: Response }> {
  const response = await exportCsv(request('/search/export.csv', qs));
  expect(response.status).toBe(200);
  const raw = Buffer.from(await response.arrayBuffer());
  const rows = parse(raw, { bom: true, columns: true, skip_empty_lines: false }) as Row[];
  return { raw, rows, response };
}

async function json(qs: string) {
  const response = await exportJson(request('/search/export.json', qs));
  return { response, body: await response.json() };
}

/** The search's total for the same parameters, from the search the page runs. */
const total = async (qs: string) => search(await getSnapshot(), new URLSearchParams(qs), chinaToday()).result.total;

beforeAll(() => {
  process.env.DATABASE_PATH = path.join(tempDir(), 'catalogue.db');
  // Absolute URLs come from SITE_URL (lib/site.ts), never from the request.
  process.env.SITE_URL = 'http://digest.test';
});

afterAll(() => {
  process.env.DATABASE_PATH = previous.db;
  if (previous.site === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = previous.site;
  removeAll();
});

describe('CSV and JSON exports of the calendar fixture (awkward titles, a draft)', () => {
  beforeAll(() => load(CALENDAR));

  it('answers a CSV download named after the search and the day: UTF-8 with a BOM, CRLF line ends, the header row', async () => {
    const { raw, response } = await csv('');
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="tmt-digest-all-${chinaToday()}.csv"`);
    expect((await csv('issuer=cac&category=regulation')).response.headers.get('content-disposition')).toBe(
      `attachment; filename="tmt-digest-cac-regulation-${chinaToday()}.csv"`,
    );
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = raw.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(
      'slug,url,title,short,title_zh,doc_number,category,issuers,issued,effective,comment_deadline,repealed,status,status_as_of,topics,summary,official_source',
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(/[^\r]\n/.test(text)).toBe(false);
  });

  it('has as many rows as the search has results, for each set of parameters', async () => {
    for (const qs of ['', 'issuer=cac&local=1', 'issuer=cac', 'category=regulation', 'q=data', 'q=数据', 'topic=telecom', 'jurisdiction=Shanghai', 'status=not-yet-in-force', 'q=nothing-matches-this']) {
      const { rows } = await csv(qs);
      expect(rows.length, qs).toBe(await total(qs));
      const { body } = await json(qs);
      expect(body.total, qs).toBe(rows.length);
      expect(body.results.map((r: { slug: string }) => r.slug), qs).toEqual(rows.map((r) => r.slug));
    }
    expect((await csv('')).rows).toHaveLength(5);
  });

  it('keeps Chinese titles, commas, quotes, semicolons and backslashes exactly', async () => {
    const { rows, raw } = await csv('');
    const ai = rows.find((r) => r.slug === 'cac-ai-labelling-measures')!;
    expect(ai.title).toBe('Measures for Labelling AI-Generated Content, "Synthetic" Media; and Deep Synthesis');
    expect(ai.title_zh).toBe('人工智能生成合成内容标识办法');
    expect(raw.toString('utf8')).toContain('"Measures for Labelling AI-Generated Content, ""Synthetic"" Media; and Deep Synthesis"');
    const shanghai = rows.find((r) => r.slug === 'cac-shanghai-data-export-draft')!;
    expect(shanghai.title).toBe('Shanghai Draft Rules on Data Export \\ Free-Trade Zone Lists, for Comment');
    expect(shanghai.title_zh).toBe('中国（上海）自由贸易试验区数据出境管理清单（征求意见稿）');
  });

  it('gives every column: absolute URL, names joined with "; ", labels for category, status and topics, the day of the status', async () => {
    const { rows } = await csv('issuer=cac&local=1');
    const ai = rows.find((r) => r.slug === 'cac-ai-labelling-measures')!;
    expect(ai).toEqual({
      slug: 'cac-ai-labelling-measures',
      url: `${ORIGIN}/entries/cac-ai-labelling-measures`,
      title: 'Measures for Labelling AI-Generated Content, "Synthetic" Media; and Deep Synthesis',
      short: 'AI Labelling Measures',
      title_zh: '人工智能生成合成内容标识办法',
      doc_number: '',
      category: 'Regulations, Policies & Judicial Interpretations',
      issuers: 'Cyberspace Administration of China; Ministry of Industry and Information Technology',
      issued: '2098-12-20',
      effective: '2099-03-01',
      comment_deadline: '',
      repealed: '',
      status: 'Not yet in force',
      status_as_of: chinaToday(),
      topics: 'Generative AI',
      summary: 'Made-up national measures that take effect on 1 March 2099. The title has a comma, quotes and a semicolon.',
      official_source: '',
    });
    expect(rows.find((r) => r.slug === 'cac-shanghai-data-export-draft')).toMatchObject({
      short: '',
      effective: '',
      comment_deadline: '2099-02-15',
      status: 'Draft for comment',
    });
  });

  it('gives the same rows as JSON, with ids and objects', async () => {
    const { response, body } = await json('issuer=cac&local=1');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="tmt-digest-cac-local-${chinaToday()}.json"`);
    const ai = body.results.find((r: { slug: string }) => r.slug === 'cac-ai-labelling-measures');
    expect(ai).toEqual({
      slug: 'cac-ai-labelling-measures',
      url: `${ORIGIN}/entries/cac-ai-labelling-measures`,
      title: 'Measures for Labelling AI-Generated Content, "Synthetic" Media; and Deep Synthesis',
      short: 'AI Labelling Measures',
      title_zh: '人工智能生成合成内容标识办法',
      category: 'regulation',
      issuers: [
        { id: 'cac', name: 'Cyberspace Administration of China', abbr: 'CAC' },
        { id: 'miit', name: 'Ministry of Industry and Information Technology', abbr: 'MIIT' },
      ],
      doc_number: null,
      issued: '2098-12-20',
      effective: '2099-03-01',
      comment_deadline: null,
      repealed: null,
      status: 'not-yet-in-force',
      status_as_of: body.today,
      trial: false,
      topics: [{ id: 'generative-ai', label: 'Generative AI' }],
      summary: 'Made-up national measures that take effect on 1 March 2099. The title has a comma, quotes and a semicolon.',
      official_source: null,
    });
    expect(body.today).toBe(chinaToday());
  });

  it('never exports the draft entry (draft: true)', async () => {
    const { raw } = await csv('');
    expect(raw.toString('utf8')).not.toContain('cac-unpublished-draft');
    const { body } = await json('q=Secret');
    expect(body.total).toBe(0);
    expect(JSON.stringify((await json('')).body)).not.toContain('unpublished');
  });

  it('uses SITE_URL for the URL column when it is set', async () => {
    process.env.SITE_URL = 'https://digest.example.com/';
    try {
      const { rows } = await csv('topic=telecom');
      expect(rows.map((r) => r.url)).toEqual(['https://digest.example.com/entries/miit-telecom-standard', 'https://digest.example.com/entries/miit-old-notice']);
    } finally {
      process.env.SITE_URL = 'http://digest.test';
    }
  });

  it('answers bad parameters with 400 and the same problem list as /api/search', async () => {
    const qs = 'category=law&issuer=cac-shangai&from=2023-13-01';
    const api = await apiSearch(request('/api/search', qs));
    for (const response of [await exportCsv(request('/search/export.csv', qs)), await exportJson(request('/search/export.json', qs))]) {
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual(await api.clone().json());
    }
  });
});

describe('exports of a search with many pages', () => {
  beforeAll(() => {
    const copy = new ContentCopy(CALENDAR);
    for (let i = 1; i <= 45; i++) {
      copy.write(
        `entries/bulk/bulk-notice-${i}.md`,
        md([`title: 'Bulk Notice No. ${i}, on "Apps"; Part ${i}'`, `title_zh: 批量通知第${i}号`, 'category: enforcement', 'issuers: [cac]', `issued: 2098-0${1 + (i % 9)}-1${i % 10}`]),
      );
    }
    return load(copy.root);
  });

  it('exports every result, not one page of 20, whatever page is asked for', async () => {
    const pages = search(await getSnapshot(), new URLSearchParams('issuer=cac'), chinaToday());
    expect(pages.result.pages).toBeGreaterThan(1);
    for (const qs of ['issuer=cac', 'issuer=cac&page=3', 'q=bulk', 'category=enforcement&sort=oldest']) {
      const { rows } = await csv(qs);
      expect(rows.length, qs).toBe(await total(qs));
    }
    expect((await csv('q=bulk')).rows).toHaveLength(45);
    const { rows } = await csv('category=enforcement&sort=oldest');
    expect(rows.map((r) => r.issued)).toEqual(rows.map((r) => r.issued).sort());
    expect(rows.find((r) => r.slug === 'bulk-notice-7')).toMatchObject({ title: 'Bulk Notice No. 7, on "Apps"; Part 7', title_zh: '批量通知第7号' });
  });
});

describe('exports of the seed digest', () => {
  beforeAll(() => load(SEED_CONTENT));

  it('matches the search total and keeps every Chinese title', async () => {
    for (const qs of ['', 'issuer=cac&local=1', 'q=网信办', 'category=standard', 'status=in-force']) {
      const { rows } = await csv(qs);
      expect(rows.length, qs).toBe(await total(qs));
      const { body } = await json(qs);
      for (const [i, r] of body.results.entries()) expect(rows[i]!.title_zh, r.slug).toBe(r.title_zh ?? '');
    }
    expect((await csv('')).rows).toHaveLength(16);
  });
});

/** A row with every field empty but its ids and dates. */
const BLANK_ROW: ExportRow = {
  slug: 'a',
  url: 'u',
  title: 'Title',
  short: null,
  title_zh: null,
  doc_number: null,
  category: 'regulation',
  issuers: [],
  issued: '2099-01-01',
  effective: null,
  comment_deadline: null,
  repealed: null,
  status: null,
  status_as_of: '2099-01-01',
  trial: false,
  topics: [],
  summary: '',
  official_source: null,
};

describe('the CSV writer', () => {
  it('quotes a field with a bare line break (RFC 4180), which Excel needs', () => {
    const text = toCsv([
      { ...BLANK_ROW, title: 'Two\nlines', title_zh: '中\r文' },
    ]);
    expect(text).toContain(',"Two\nlines",,"中\r文",');
    expect((parse(text, { bom: true, columns: true }) as Row[])[0]).toMatchObject({ title: 'Two\nlines', title_zh: '中\r文' });
  });

  it('keeps a title that starts like a formula from running in Excel (= + - @ get a leading quote)', () => {
    const row = BLANK_ROW;
    const text = toCsv([
      { ...row, title: '=HYPERLINK("http://evil.example","x")' },
      { ...row, title: '@SUM(1+1)' },
      { ...row, title: 'Plain title' },
    ]);
    const titles = (parse(text, { bom: true, columns: true }) as Row[]).map((r) => r.title);
    expect(titles).toEqual(['\'=HYPERLINK("http://evil.example","x")', "'@SUM(1+1)", 'Plain title']);
  });
});

describe('export file names', () => {
  const day = '2026-11-29';
  it('names the file after the search and the day, in ASCII safe for Content-Disposition', () => {
    expect(exportFileName({ ...EMPTY_FILTERS, issuer: ['cac'], category: ['regulation'] }, day, 'csv')).toBe('tmt-digest-cac-regulation-2026-11-29.csv');
    expect(exportFileName({ ...EMPTY_FILTERS, q: 'Data "export"; rules', issuer: ['cac'], local: true }, day, 'json')).toBe('tmt-digest-data-export-rules-cac-local-2026-11-29.json');
    expect(exportFileName({ ...EMPTY_FILTERS, from: '2023-01-01', to: '2023-12-31', status: ['in-force'] }, day, 'csv')).toBe(
      'tmt-digest-in-force-from-2023-01-01-to-2023-12-31-2026-11-29.csv',
    );
    expect(exportFileName(EMPTY_FILTERS, day, 'csv')).toBe('tmt-digest-all-2026-11-29.csv');
    // A query in Chinese alone: still a search, never an empty or non-ASCII name.
    expect(exportFileName({ ...EMPTY_FILTERS, q: '网信办' }, day, 'csv')).toBe('tmt-digest-search-2026-11-29.csv');
  });

  it('cuts a long search at a word', () => {
    const name = exportFileName({ ...EMPTY_FILTERS, q: 'word '.repeat(60), topic: ['personal-information', 'cross-border-data'] }, day, 'csv');
    expect(name).toMatch(/^tmt-digest-(word-)+word-2026-11-29\.csv$/);
    expect(name.length).toBeLessThanOrEqual('tmt-digest-'.length + 80 + '-2026-11-29.csv'.length);
  });
});
