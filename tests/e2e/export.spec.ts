import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';

test.describe('search exports', () => {
  test('CSV and JSON hold every result of the search, as many as /api/search counts', async ({ request }) => {
    const qs = 'issuer=cac&local=1';
    const api = await (await request.get(`/api/search?${qs}`)).json();
    const csv = await request.get(`/search/export.csv?${qs}`);
    expect(csv.status()).toBe(200);
    // Named after the search and the day statuses hold for (the JSON's `today`).
    const { today } = await (await request.get(`/search/export.json?${qs}`)).json();
    expect(csv.headers()['content-disposition']).toBe(`attachment; filename="tmt-digest-cac-local-${today}.csv"`);
    const raw = await csv.body();
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(raw, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(api.total);
    expect(rows.map((r) => r.slug).sort()).toEqual(api.results.map((r: { slug: string }) => r.slug).sort());
    expect(rows.find((r) => r.slug === 'cac-mobile-apps-clean-up-campaign')?.title_zh).toMatch(/[\u4e00-\u9fff]/);

    // Each row carries the document number, the summary, the official source and the day of its status.
    expect(rows.find((r) => r.slug === 'outbound-data-security-assessment-measures')).toMatchObject({
      doc_number: 'CAC Order No. 11',
      issued: '2022-07-07',
      effective: '2022-09-01',
      status: 'In force',
      status_as_of: today,
      summary: "The CAC's rules on when and how data processors must pass a security assessment before sending data abroad.",
      official_source: 'https://www.cac.gov.cn/',
    });

    const json = await (await request.get(`/search/export.json?${qs}`)).json();
    expect(json.total).toBe(api.total);
    expect(json.results).toHaveLength(api.total);
    expect(json.results.find((r: { slug: string }) => r.slug === 'outbound-data-security-assessment-measures')).toMatchObject({
      doc_number: 'CAC Order No. 11',
      status: 'in-force',
      status_as_of: today,
      official_source: 'https://www.cac.gov.cn/',
    });
  });

  test('the whole digest exports in one file (paging past 20 is covered by the unit tests)', async ({ request }) => {
    const rows = parse(await (await request.get('/search/export.csv')).body(), { bom: true, columns: true });
    const api = await (await request.get('/api/search')).json();
    // The end-to-end catalogue: the 16 seed entries and 3 published fixtures.
    expect(rows).toHaveLength(19);
    expect(api.total).toBe(19);
    expect((await request.get('/search/export.json?category=law')).status()).toBe(400);
  });
});

test('the calendar, feeds and exports never answer 500, whatever the input', async ({ request }) => {
  const hostile = [
    `q=${'x'.repeat(10_000)}`,
    'q=%00%01%02%1F',
    'issuer=%F0%9F%98%80',
    Array.from({ length: 300 }, () => 'issuer=cac').join('&'),
    'jurisdiction=%E0%A4%A',
    'local=maybe&page=1e309',
    'topic=../../etc/passwd',
  ];
  for (const qs of hostile) {
    for (const path of ['/calendar', '/calendar.ics', '/search/export.csv', '/search/export.json']) {
      const response = await request.get(`${path}?${qs}`);
      expect(response.status(), `${path}?${qs.slice(0, 40)}`).toBeLessThan(500);
    }
  }
  // An unknown entry is not found; a kind that is not one of the three is a bad request.
  expect((await request.get('/entries/%00/calendar.ics?kind=effective')).status()).toBe(404);
  for (const path of ['/entries/twenty-data-measures/calendar.ics?kind=%F0%9F%98%80', '/entries/x/calendar.ics']) {
    expect((await request.get(path)).status(), path).toBe(400);
  }
});
