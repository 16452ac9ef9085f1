import { describe, expect, it } from 'vitest';
import { entrySchema } from '@/lib/content/schema';
import { isCalendarDate } from '@/lib/dates';

// Dates and URLs are checked by zod's own validators (z.iso.date, z.url). These tests pin their
// verdicts to the contract: real calendar dates only, absolute http(s) URLs only.

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('calendar dates (z.iso.date)', () => {
  it('accepts exactly the days of the Gregorian calendar, 1900 to 2100', () => {
    const wrong: string[] = [];
    for (let y = 1900; y <= 2100; y++) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const value = `${y}-${pad(m)}-${pad(d)}`;
          const real = m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
          if (isCalendarDate(value) !== real) wrong.push(value);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(['2022-12-9', '2022-1-19', '19/12/2022', '2022-12-19T00:00:00Z', ' 2022-12-19', '2022-12-19 ', '20221219', '+2022-12-19'])(
    'rejects %j',
    (value) => expect(isCalendarDate(value)).toBe(false),
  );
});

describe('source URLs (z.url with http and https only)', () => {
  const entry = (url: string) => entrySchema.safeParse({ title: 'T', category: 'regulation', issuers: ['cac'], issued: '2023-01-01', sources: [{ label: 'Official text', url }] });

  it.each([
    'https://www.gov.cn/zhengce/2022-12/19/content_5732695.htm',
    'http://www.cac.gov.cn/',
    'HTTPS://WWW.MIIT.GOV.CN',
    'http://localhost:3000/x',
    'https://例子.中国/',
    'https://a.b/ü?x=1#f',
  ])('accepts %s, as written', (url) => {
    const parsed = entry(url);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.sources[0]?.url).toBe(url);
  });

  // The last two are accepted by the WHATWG parser but are typos for "https://...": rejected.
  it.each(['ftp://example.com', 'javascript:alert(1)', 'mailto:a@b.cn', 'https://', '//example.com', 'www.gov.cn', 'https://exa mple.com', 'http:/example.com', 'https:example.com'])(
    'rejects %s',
    (url) => {
      const parsed = entry(url);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('must be an absolute http: or https: URL');
    },
  );
});

describe('the domain shape', () => {
  it('names keys in camelCase and gives every absent optional key as null', () => {
    const parsed = entrySchema.parse({ title: 'T', category: 'regulation', issuers: ['cac'], issued: '2023-01-01', comment_deadline: '2023-02-01' });
    expect(parsed).toMatchObject({ commentDeadline: '2023-02-01', titleZh: null, docNumber: null, effective: null, stage: 'final', trial: false, topics: [] });
    expect(Object.keys(parsed).filter((k) => k.includes('_'))).toEqual([]);
  });
});
