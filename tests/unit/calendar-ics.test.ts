import { spawnSync } from 'node:child_process';
import path from 'node:path';
import ICAL from 'ical.js';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as feed } from '@/app/calendar.ics/route';
import { GET as oneEvent } from '@/app/entries/[slug]/calendar.ics/route';
import { calendarEvents } from '@/lib/calendar';
import { writeCatalogue } from '@/lib/catalogue/load';
import { checkContent } from '@/lib/content/check';
import { buildIcs } from '@/lib/ical';
import { corpusFromCatalogue } from '@/lib/search/corpus';
import { SearchEngine } from '@/lib/search/engine';
import { EMPTY_FILTERS } from '@/lib/search/params';
import { CALENDAR, REPO, removeAll, tempDir } from './helpers/fixtures';

const checked = await checkContent(CALENDAR);
if (!checked.ok) throw new Error(checked.problems.map((p) => p.message).join('\n'));
const engine = new SearchEngine(corpusFromCatalogue(checked.catalogue));
const TODAY = '2099-02-15';
const ORIGIN = 'https://digest.example.com';
const STAMP = new Date(Date.UTC(2099, 1, 1, 8, 30));

function generate(stamp = STAMP, filters = EMPTY_FILTERS): string {
  const docs = engine.matchAll(filters, TODAY).map((m) => m.doc);
  return buildIcs(calendarEvents(docs, TODAY), { origin: ORIGIN, stamp, name: 'Fixture dates', issuerName: (id) => engine.authority(id)?.name ?? id });
}

type Parsed = { uid: string; summary: string; description: string; url: string; start: string; isDate: boolean; end: string; stamp: string };

/** Parses with ical.js (Mozilla's RFC 5545 parser), not with anything of ours. */
function parse(text: string): { name: string; events: Parsed[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    name: String(calendar.getFirstPropertyValue('x-wr-calname')),
    events: calendar.getAllSubcomponents('vevent').map((v) => {
      const event = new ICAL.Event(v);
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        url: String(v.getFirstPropertyValue('url')),
        start: event.startDate.toString(),
        isDate: event.startDate.isDate,
        end: event.endDate.toString(),
        stamp: (v.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
      };
    }),
  };
}

describe('the iCalendar feed, as a real parser reads it (today pinned to 15 February 2099)', () => {
  const text = generate();
  const { events } = parse(text);
  const bySummary = (prefix: string) => events.filter((e) => e.summary.startsWith(prefix));

  it('has one all-day event per date in the calendar window, in date order', () => {
    expect(events).toHaveLength(5);
    expect(events.map((e) => e.start)).toEqual(['2099-01-20', '2099-02-15', '2099-03-01', '2099-04-01', '2099-06-30']);
    expect(events.every((e) => e.isDate)).toBe(true);
    expect(events.map((e) => e.end)).toEqual(['2099-01-21', '2099-02-16', '2099-03-02', '2099-04-02', '2099-07-01']);
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20990301\r\n');
  });

  it('gives each entry and kind of date a stable UID', () => {
    expect(events.map((e) => e.uid)).toEqual([
      'miit-telecom-standard-comment-deadline@digest.example.com',
      'cac-shanghai-data-export-draft-comment-deadline@digest.example.com',
      'cac-ai-labelling-measures-effective@digest.example.com',
      'miit-telecom-standard-effective@digest.example.com',
      'cac-old-rules-repealed-repealed@digest.example.com',
    ]);
    const again = parse(generate(new Date(Date.UTC(2099, 5, 1)))).events;
    expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('stamps every event with DTSTAMP', () => {
    expect(events.map((e) => e.stamp)).toEqual(events.map(() => STAMP.toISOString()));
    expect(text).toContain('\r\nDTSTAMP:20990201T083000Z\r\n');
  });

  it('names the kind of date in SUMMARY, with the short name or else the title', () => {
    expect(bySummary('Takes effect: ').map((e) => e.summary)).toEqual(['Takes effect: AI Labelling Measures', 'Takes effect: MIIT Telecom Data Standard']);
    expect(bySummary('Comments close: ').map((e) => e.summary)).toEqual([
      'Comments close: MIIT Telecom Data Standard',
      'Comments close: Shanghai Draft Rules on Data Export \\ Free-Trade Zone Lists, for Comment',
    ]);
    expect(bySummary('Repealed: ').map((e) => e.summary)).toEqual(['Repealed: Old News Provisions']);
  });

  it('links the permalink as URL and in the description', () => {
    for (const e of events) {
      const slug = e.uid.replace(/-(effective|comment-deadline|repealed)@.*$/, '');
      expect(e.url).toBe(`${ORIGIN}/entries/${slug}`);
      expect(e.description).toContain(`${ORIGIN}/entries/${slug}`);
    }
  });

  it('escapes commas, semicolons, backslashes and newlines, and keeps Chinese intact', () => {
    const ai = events.find((e) => e.uid.startsWith('cac-ai-labelling-measures'))!;
    expect(ai.description).toBe(
      [
        'Measures for Labelling AI-Generated Content, "Synthetic" Media; and Deep Synthesis',
        '人工智能生成合成内容标识办法',
        'Issued by: Cyberspace Administration of China; Ministry of Industry and Information Technology',
        `${ORIGIN}/entries/cac-ai-labelling-measures`,
      ].join('\n'),
    );
    const shanghai = events.find((e) => e.uid.startsWith('cac-shanghai'))!;
    expect(shanghai.description.split('\n').slice(0, 2)).toEqual([
      'Shanghai Draft Rules on Data Export \\ Free-Trade Zone Lists, for Comment',
      '中国（上海）自由贸易试验区数据出境管理清单（征求意见稿）',
    ]);
    // The raw text, unfolded: RFC 5545 TEXT escaping.
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('DESCRIPTION:Measures for Labelling AI-Generated Content\\, "Synthetic" Media\\; and Deep Synthesis\\n人工智能生成合成内容标识办法\\n');
    expect(unfolded).toContain('SUMMARY:Comments close: Shanghai Draft Rules on Data Export \\\\ Free-Trade Zone Lists\\, for Comment\r\n');
  });

  it('ends lines with CRLF and folds them at 75 octets, never inside a character', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(/[^\r]\n|\r[^\n]/.test(text)).toBe(false);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true); // long descriptions were folded
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(text).not.toContain('\uFFFD');
  });

  it('holds only the filtered entries when filtered (the CAC and its local offices)', () => {
    const filtered = parse(generate(STAMP, { ...EMPTY_FILTERS, issuer: ['cac'], local: true })).events;
    expect(filtered.map((e) => e.uid.split('@')[0])).toEqual([
      'cac-shanghai-data-export-draft-comment-deadline',
      'cac-ai-labelling-measures-effective',
      'cac-old-rules-repealed-repealed',
    ]);
  });

  it('never holds the draft entry (draft: true)', () => {
    expect(text).not.toContain('cac-unpublished-draft');
    expect(text).not.toContain('Secret Rules');
  });
});

describe('all-day dates in other time zones', () => {
  for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
    it(`writes the same DTSTART;VALUE=DATE when the server runs in ${zone}`, () => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'tests/unit/helpers/ics-in-time-zone.ts')], {
        cwd: REPO,
        env: { ...process.env, TZ: zone },
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      const out = JSON.parse(run.stdout) as { zone: string; offset: number; ics: string };
      expect(out.zone).toBe(zone);
      expect(out.offset).not.toBe(0);
      const starts = parse(out.ics).events.map((e) => e.start);
      expect(starts).toEqual(['2099-03-01', '2099-01-01', '2099-12-31']);
      expect(out.ics).toContain('DTSTART;VALUE=DATE:20990301\r\n');
      expect(out.ics).toContain('DTSTART;VALUE=DATE:20991231\r\n');
    });
  }
});

describe('GET /calendar.ics and /entries/<slug>/calendar.ics on a loaded catalogue', () => {
  const previous = process.env.DATABASE_PATH;
  const previousSite = process.env.SITE_URL;
  beforeAll(async () => {
    process.env.SITE_URL = ORIGIN;
    process.env.DATABASE_PATH = path.join(tempDir(), 'catalogue.db');
    await writeCatalogue(checked.catalogue, process.env.DATABASE_PATH, CALENDAR);
  });
  afterAll(() => {
    process.env.DATABASE_PATH = previous;
    if (previousSite === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = previousSite;
    removeAll();
  });

  const get = (url: string) => feed(new NextRequest(`https://digest.example.com${url}`));
  const getOne = (slug: string, kind: string) =>
    oneEvent(new NextRequest(`https://digest.example.com/entries/${slug}/calendar.ics?kind=${kind}`), { params: Promise.resolve({ slug }) });

  it('serves text/calendar with every upcoming date and never the draft', async () => {
    const response = await get('/calendar.ics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    const uids = parse(text).events.map((e) => e.uid.split('@')[0]);
    // Today is the real date here: every 2099 date is upcoming, the 2017 and 2020 dates are long past.
    expect(uids).toEqual([
      'miit-telecom-standard-comment-deadline',
      'cac-shanghai-data-export-draft-comment-deadline',
      'cac-ai-labelling-measures-effective',
      'miit-telecom-standard-effective',
      'cac-old-rules-repealed-repealed',
    ]);
    expect(text).not.toContain('unpublished');
  });

  it('filters with the search parameters, and names the filter in the calendar name', async () => {
    const response = await get('/calendar.ics?issuer=cac&local=1');
    const parsed = parse(await response.text());
    expect(parsed.events.map((e) => e.uid.split('@')[0])).toEqual([
      'cac-shanghai-data-export-draft-comment-deadline',
      'cac-ai-labelling-measures-effective',
      'cac-old-rules-repealed-repealed',
    ]);
    expect(parsed.name).toBe('China TMT Digest: key dates (CAC and its local offices)');
    const topic = parse(await (await get('/calendar.ics?topic=telecom')).text()).events;
    expect(topic.map((e) => e.uid.split('@')[0])).toEqual(['miit-telecom-standard-comment-deadline', 'miit-telecom-standard-effective']);
    const shanghai = parse(await (await get('/calendar.ics?jurisdiction=Shanghai')).text()).events;
    expect(shanghai.map((e) => e.uid.split('@')[0])).toEqual(['cac-shanghai-data-export-draft-comment-deadline']);
  });

  it('answers 400 with the problem list of /api/search for bad parameters', async () => {
    const response = await get('/calendar.ics?issuer=cac-shangai&category=law');
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe('invalid search parameters');
    expect(body.problems.map((p: { param: string }) => p.param).sort()).toEqual(['category', 'issuer']);
  });

  it('gives one entry’s date as a one-event file with the feed’s UID', async () => {
    const response = await getOne('miit-telecom-standard', 'effective');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="miit-telecom-standard-effective.ics"');
    const events = parse(await response.text()).events;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ uid: 'miit-telecom-standard-effective@digest.example.com', start: '2099-04-01', summary: 'Takes effect: MIIT Telecom Data Standard' });
    const deadline = parse(await (await getOne('miit-telecom-standard', 'comment-deadline')).text()).events;
    expect(deadline.map((e) => [e.start, e.summary])).toEqual([['2099-01-20', 'Comments close: MIIT Telecom Data Standard']]);
  });

  it('answers 404 for an unknown entry, a date the entry lacks, and the draft; 400 for an unknown kind', async () => {
    expect((await getOne('no-such-entry', 'effective')).status).toBe(404);
    const bad = await getOne('miit-telecom-standard', 'issued');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ problems: [{ param: 'kind', message: "'issued' is not allowed; allowed values: comment-deadline, effective, repealed" }] });
    expect((await getOne('no-such-entry', '')).status).toBe(400);
    expect((await getOne('cac-shanghai-data-export-draft', 'effective')).status).toBe(404);
    expect((await getOne('cac-unpublished-draft', 'effective')).status).toBe(404);
  });
});
