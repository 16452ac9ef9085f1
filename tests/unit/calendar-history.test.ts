import path from 'node:path';
import ICAL from 'ical.js';
import { NextRequest } from 'next/server';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as feed } from '@/app/calendar.ics/route';
import { GET as calendarPageRoute } from '@/app/calendar/route';
import {
  addMonths,
  calendarPage,
  entryTimeline,
  eventsBetween,
  feedStart,
  lastDayOfMonth,
  monthCounts,
  monthNeighbours,
  yearCounts,
  yearNeighbours,
  type CalendarPageData,
  type TimelineItem,
} from '@/lib/calendar';
import { parseCalendarView, parseFeedWindow } from '@/lib/calendar-params';
import { writeCatalogue } from '@/lib/catalogue/load';
import { checkContent } from '@/lib/content/check';
import { chinaToday, formatDistance } from '@/lib/dates';
import { corpusFromCatalogue } from '@/lib/search/corpus';
import { SearchEngine } from '@/lib/search/engine';
import { EMPTY_FILTERS } from '@/lib/search/params';
import type { SearchFilters } from '@/lib/search/types';
import { recentDates, writeHistoryContent } from '../fixtures/history-content';
import { HISTORY, removeAll, tempDir } from './helpers/fixtures';

// The history fixture: dates from 2016 to 2024 (always past) and two in 2099 (always upcoming).
const checked = await checkContent(HISTORY);
if (!checked.ok) throw new Error(checked.problems.map((p) => p.message).join('\n'));
const engine = new SearchEngine(corpusFromCatalogue(checked.catalogue));
const TODAY = '2026-11-29';
const docs = (filters: Partial<SearchFilters> = {}) => engine.matchAll({ ...EMPTY_FILTERS, ...filters }, TODAY).map((m) => m.doc);
const all = eventsBetween(docs(), null, null);
const brief = (events: { date: string; kind: string; slug: string }[]) => events.map((e) => `${e.date} ${e.kind} ${e.slug}`);
const params = (qs: string) => new URLSearchParams(qs);

describe('the calendar page parameters: month and year', () => {
  it('reads a month written YYYY-MM and a four-digit year', () => {
    expect(parseCalendarView(params('month=2025-01'))).toEqual({ view: { kind: 'month', month: '2025-01' }, problems: [] });
    expect(parseCalendarView(params('month=2024-12'))).toEqual({ view: { kind: 'month', month: '2024-12' }, problems: [] });
    expect(parseCalendarView(params('year=2023'))).toEqual({ view: { kind: 'year', year: 2023 }, problems: [] });
    expect(parseCalendarView(params(''))).toEqual({ view: { kind: 'upcoming' }, problems: [] });
    // An empty form field is no parameter.
    expect(parseCalendarView(params('month=&year='))).toEqual({ view: { kind: 'upcoming' }, problems: [] });
  });

  it('reports a bad month or year and falls back to the default view', () => {
    for (const bad of ['2025-13', '2025-00', '2025-1', '25-01', '2025/01', 'January', '2025-01-15', '<script>', '0999-12']) {
      const { view, problems } = parseCalendarView(params(`month=${encodeURIComponent(bad)}`));
      expect(view, bad).toEqual({ kind: 'upcoming' });
      expect(problems, bad).toHaveLength(1);
      expect(problems[0]!.param).toBe('month');
    }
    expect(parseCalendarView(params('month=2025-13')).problems[0]!.message).toBe("'2025-13' must be a month written YYYY-MM, with the month from 01 to 12");
    for (const bad of ['25', '20250', 'abcd', '2025-01', '0999', '-2025']) {
      const { view, problems } = parseCalendarView(params(`year=${encodeURIComponent(bad)}`));
      expect(view, bad).toEqual({ kind: 'upcoming' });
      expect(problems.map((p) => p.param), bad).toEqual(['year']);
    }
    expect(parseCalendarView(params('year=abcd')).problems[0]!.message).toBe("'abcd' must be a year written with four digits, e.g. 2025");
  });

  it('asks for each parameter once, and shows the month when given both', () => {
    expect(parseCalendarView(params('month=2025-01&month=2025-02'))).toEqual({
      view: { kind: 'upcoming' },
      problems: [{ param: 'month', value: '2025-01, 2025-02', message: 'give this parameter once' }],
    });
    const both = parseCalendarView(params('month=2025-01&year=2024'));
    expect(both.view).toEqual({ kind: 'month', month: '2025-01' });
    expect(both.problems).toEqual([{ param: 'year', value: '2024', message: "give 'month' or 'year', not both; showing 2025-01" }]);
  });

  it('knows the length of every month, leap years included', () => {
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2023-02')).toBe('2023-02-28');
    expect(lastDayOfMonth('2000-02')).toBe('2000-02-29');
    expect(lastDayOfMonth('2100-02')).toBe('2100-02-28');
    expect(lastDayOfMonth('2025-04')).toBe('2025-04-30');
    expect(lastDayOfMonth('2025-12')).toBe('2025-12-31');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2024-12', 1)).toBe('2025-01');
    expect(addMonths('2025-03', -15)).toBe('2023-12');
  });
});

describe('the feed parameters: since and until', () => {
  it('reads real dates, both included, and starts 12 months before today without since', () => {
    expect(parseFeedWindow(params('since=2023-01-01&until=2023-12-31'), TODAY)).toEqual({ window: { since: '2023-01-01', until: '2023-12-31' }, problems: [] });
    expect(parseFeedWindow(params('since=2024-02-29'), TODAY)).toEqual({ window: { since: '2024-02-29', until: null }, problems: [] });
    expect(parseFeedWindow(params('since=2023-05-01&until=2023-05-01'), TODAY).problems).toEqual([]);
    expect(parseFeedWindow(params(''), TODAY)).toEqual({ window: { since: '2025-11-29', until: null }, problems: [] });
    expect(parseFeedWindow(params('until=2099-12-31'), TODAY)).toEqual({ window: { since: '2025-11-29', until: '2099-12-31' }, problems: [] });
  });

  it('reports dates that do not exist or are not written YYYY-MM-DD', () => {
    for (const bad of ['2023-02-29', '2100-02-29', '2024-13-01', '2024-04-31', '2024-1-5', '20240105', 'yesterday', '2024-01-01T00:00']) {
      const { problems } = parseFeedWindow(params(`since=${encodeURIComponent(bad)}`), TODAY);
      expect(problems.map((p) => p.param), bad).toEqual(['since']);
      expect(problems[0]!.message, bad).toBe(`'${bad}' must be a calendar date written YYYY-MM-DD`);
    }
    expect(parseFeedWindow(params('until=2024-02-30'), TODAY).problems.map((p) => p.param)).toEqual(['until']);
    expect(parseFeedWindow(params('since=2000-02-29'), TODAY).problems).toEqual([]);
  });

  it('reports since after until, and until before the default start', () => {
    expect(parseFeedWindow(params('since=2024-01-02&until=2024-01-01'), TODAY).problems).toEqual([
      { param: 'since', value: '2024-01-02', message: "'since' (2024-01-02) is after 'until' (2024-01-01)" },
    ]);
    expect(parseFeedWindow(params('until=2024-01-01'), TODAY).problems).toEqual([
      { param: 'until', value: '2024-01-01', message: "'until' (2024-01-01) is before the feed's default start, 12 months before today (2025-11-29); give 'since' as well" },
    ]);
    expect(parseFeedWindow(params('since=2024-01-01&since=2024-02-01'), TODAY).problems.map((p) => p.message)).toEqual(['give this parameter once']);
  });

  it('starts the default feed on the same day 12 months back, the last day of a shorter month', () => {
    expect(feedStart('2026-11-29')).toBe('2025-11-29');
    expect(feedStart('2026-01-01')).toBe('2025-01-01');
    expect(feedStart('2025-03-31')).toBe('2024-03-31');
    expect(feedStart('2028-02-29')).toBe('2027-02-28');
    expect(feedStart('2025-02-28')).toBe('2024-02-28');
  });
});

describe('month and year navigation over the history fixture', () => {
  it('lists every date in order, whatever the year', () => {
    expect(brief(all)).toEqual([
      '2016-08-01 effective cac-app-provisions',
      '2023-03-15 repealed cac-app-provisions',
      '2023-08-15 effective cac-genai-measures',
      '2023-10-15 comment-deadline cac-cross-border-draft',
      '2023-10-31 comment-deadline cac-shanghai-data-list-draft',
      '2024-01-01 effective miit-telecom-data-rules',
      '2024-03-22 effective cac-cross-border-provisions',
      '2024-05-20 effective cac-shanghai-free-trade-list',
      '2024-11-13 comment-deadline tc260-labelling-standard-draft',
      '2099-09-01 effective tc260-labelling-standard-draft',
      '2099-12-31 repealed miit-telecom-data-rules',
    ]);
  });

  it('gives a month its plain neighbours and the nearest months with dates', () => {
    expect(monthNeighbours(monthCounts(all), '2023-10')).toEqual({
      previous: { key: '2023-09', count: 0 },
      next: { key: '2023-11', count: 0 },
      earlier: { key: '2023-08', count: 1 },
      later: { key: '2024-01', count: 1 },
    });
    // Across a year boundary, and a neighbour that has dates is also the nearest with dates.
    expect(monthNeighbours(monthCounts(all), '2023-12')).toEqual({
      previous: { key: '2023-11', count: 0 },
      next: { key: '2024-01', count: 1 },
      earlier: { key: '2023-10', count: 2 },
      later: { key: '2024-01', count: 1 },
    });
    // Before the first date and after the last one.
    expect(monthNeighbours(monthCounts(all), '2010-05')).toMatchObject({ earlier: null, later: { key: '2016-08', count: 1 } });
    expect(monthNeighbours(monthCounts(all), '2100-01')).toMatchObject({ earlier: { key: '2099-12', count: 1 }, later: null });
    // No plain neighbour past the calendar's first and last month.
    expect(monthNeighbours(monthCounts(all), '1000-01').previous).toBeNull();
    expect(monthNeighbours(monthCounts(all), '9999-12').next).toBeNull();
  });

  it('follows the filters: the CAC alone skips the MIIT and Shanghai-office months', () => {
    const cac = eventsBetween(docs({ issuer: ['cac'] }), null, null);
    expect(monthNeighbours(monthCounts(cac), '2023-10')).toMatchObject({ earlier: { key: '2023-08', count: 1 }, later: { key: '2024-03', count: 1 } });
    const withLocal = eventsBetween(docs({ issuer: ['cac'], local: true }), null, null);
    expect(monthNeighbours(monthCounts(withLocal), '2024-03')).toMatchObject({ earlier: { key: '2023-10', count: 2 }, later: { key: '2024-05', count: 1 } });
    const telecom = eventsBetween(docs({ topic: ['telecom'] }), null, null);
    expect(monthNeighbours(monthCounts(telecom), '2024-01')).toMatchObject({ earlier: null, later: { key: '2099-12', count: 1 } });
  });

  it('gives a year its neighbours: previous, next, and the nearest years with dates', () => {
    expect(yearNeighbours(yearCounts(monthCounts(all)), 2023)).toEqual({
      previous: { key: 2022, count: 0 },
      next: { key: 2024, count: 4 },
      earlier: { key: 2016, count: 1 },
      later: { key: 2024, count: 4 },
    });
    expect(yearNeighbours(yearCounts(monthCounts(all)), 2024)).toMatchObject({ later: { key: 2099, count: 2 } });
  });

  const page = (view: Parameters<typeof calendarPage>[1], filters: Partial<SearchFilters> = {}, today = TODAY) => calendarPage(docs(filters), view, today);
  const months = (data: CalendarPageData) => (data.kind === 'year' ? data.months.map((m) => m.count) : []);

  it('shows a year as twelve months with their counts', () => {
    const y2023 = page({ kind: 'year', year: 2023 });
    expect(y2023.count).toBe(4);
    expect(months(y2023)).toEqual([0, 0, 1, 0, 0, 0, 0, 1, 0, 2, 0, 0]);
    expect(y2023.kind === 'year' && y2023.months.map((m) => m.label)).toEqual([
      'January 2023',
      'February 2023',
      'March 2023',
      'April 2023',
      'May 2023',
      'June 2023',
      'July 2023',
      'August 2023',
      'September 2023',
      'October 2023',
      'November 2023',
      'December 2023',
    ]);
    expect(months(page({ kind: 'year', year: 2024 }))).toEqual([1, 0, 1, 0, 1, 0, 0, 0, 0, 0, 1, 0]);
    expect(months(page({ kind: 'year', year: 2024 }, { jurisdiction: ['Shanghai'] }))).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(page({ kind: 'year', year: 2023 }).years).toEqual([
      { key: 2016, count: 1 },
      { key: 2023, count: 4 },
      { key: 2024, count: 4 },
      { key: 2099, count: 2 },
    ]);
  });

  it('shows a month’s dates in order, with today marked only in today’s month', () => {
    const october = page({ kind: 'month', month: '2023-10' });
    expect(october.kind === 'month' && october.days.lines.map((l) => (l.type === 'today' ? 'today' : `${l.when} ${l.event.date}`))).toEqual(['past 2023-10-15', 'past 2023-10-31']);
    const current = page({ kind: 'month', month: '2024-03' }, {}, '2024-03-10');
    expect(current.kind === 'month' && current.days.lines.map((l) => (l.type === 'today' ? `today ${l.date}` : `${l.when} ${l.event.date}`))).toEqual([
      'today 2024-03-10',
      'upcoming 2024-03-22',
    ]);
  });

  it('says where the latest dates are when the default view is empty', () => {
    const empty = page({ kind: 'upcoming' }, { topic: ['cross-border-data'] });
    expect(empty).toMatchObject({ kind: 'upcoming', count: 0, months: [], earlier: { key: '2024-05', count: 1 }, from: '2026-08-01' });
    const some = page({ kind: 'upcoming' });
    expect(some).toMatchObject({ kind: 'upcoming', count: 2, earlier: { key: '2024-11', count: 1 } });
  });
});

describe('an entry’s timeline', () => {
  const kinds = (items: TimelineItem[]) => items.map((i) => (i.type === 'today' ? `today ${i.date}` : `${i.when} ${i.kind} ${i.date} ${i.label}`));

  it('lists the dates in date order with today between the past and the upcoming', () => {
    const entry = { category: 'regulation', issued: '2024-09-14', commentDeadline: '2024-11-13', effective: '2099-09-01', repealed: null };
    expect(kinds(entryTimeline(entry, TODAY))).toEqual([
      'past issued 2024-09-14 Issued',
      'past comment-deadline 2024-11-13 Comments closed',
      `today ${TODAY}`,
      'upcoming effective 2099-09-01 Takes effect',
    ]);
  });

  it('puts today first when everything is upcoming, last when everything has passed', () => {
    const future = { category: 'regulation', issued: '2099-01-01', commentDeadline: '2099-02-01', effective: null, repealed: null };
    expect(kinds(entryTimeline(future, TODAY))[0]).toBe(`today ${TODAY}`);
    const past = { category: 'regulation', issued: '2016-06-28', commentDeadline: null, effective: '2016-08-01', repealed: '2023-03-15' };
    expect(kinds(entryTimeline(past, TODAY))).toEqual(['past issued 2016-06-28 Issued', 'past effective 2016-08-01 Took effect', 'past repealed 2023-03-15 Repealed', `today ${TODAY}`]);
  });

  it('orders one day issued, comments, effective, repealed, and marks today before today’s own dates', () => {
    const sameDay = { category: 'regulation', issued: '2024-03-22', commentDeadline: null, effective: '2024-03-22', repealed: '2099-12-31' };
    expect(kinds(entryTimeline(sameDay, '2024-03-22'))).toEqual([
      'today 2024-03-22',
      'today issued 2024-03-22 Issued',
      'today effective 2024-03-22 Takes effect',
      'upcoming repealed 2099-12-31 To be repealed',
    ]);
  });

  it('calls a judgment’s date its decision', () => {
    expect(kinds(entryTimeline({ category: 'judgment', issued: '2022-12-05', commentDeadline: null, effective: null, repealed: null }, TODAY))).toEqual([
      'past issued 2022-12-05 Decided',
      `today ${TODAY}`,
    ]);
  });

  it('says how far each date is, in calendar days, months and years', () => {
    expect(formatDistance('2026-11-29', TODAY)).toBe('today');
    expect(formatDistance('2026-11-30', TODAY)).toBe('tomorrow');
    expect(formatDistance('2026-11-28', TODAY)).toBe('yesterday');
    expect(formatDistance('2026-12-28', TODAY)).toBe('in 29 days');
    expect(formatDistance('2026-12-29', TODAY)).toBe('in 1 month');
    expect(formatDistance('2023-01-01', TODAY)).toBe('3 years, 10 months ago');
    expect(formatDistance('2025-11-29', TODAY)).toBe('1 year ago');
    expect(formatDistance('2024-02-29', '2025-02-28')).toBe('11 months ago');
  });
});

describe('GET /calendar.ics and /calendar with the clock pinned (China time)', () => {
  const previous = process.env.DATABASE_PATH;
  const previousSite = process.env.SITE_URL;
  const ORIGIN = 'https://digest.example.com';
  // The recent entries are written for 29 November 2026 in China.
  const dates = recentDates('2026-11-29');

  beforeAll(async () => {
    process.env.SITE_URL = ORIGIN;
    const content = path.join(tempDir(), 'content');
    writeHistoryContent(content, '2026-11-29');
    const withRecent = await checkContent(content);
    if (!withRecent.ok) throw new Error(withRecent.problems.map((p) => p.message).join('\n'));
    process.env.DATABASE_PATH = path.join(tempDir(), 'catalogue.db');
    await writeCatalogue(withRecent.catalogue, process.env.DATABASE_PATH, content);
  });
  afterEach(() => vi.useRealTimers());
  afterAll(() => {
    process.env.DATABASE_PATH = previous;
    if (previousSite === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = previousSite;
    removeAll();
  });

  const at = (instant: string) => vi.useFakeTimers({ toFake: ['Date'], now: new Date(instant) });
  const uids = async (qs: string) => {
    const response = await feed(new NextRequest(`${ORIGIN}/calendar.ics${qs}`));
    expect(response.status).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    return calendar.getAllSubcomponents('vevent').map((v) => `${String(v.getFirstPropertyValue('uid')).split('@')[0]} ${(v.getFirstPropertyValue('dtstart') as ICAL.Time).toString()}`);
  };

  it('holds the last 12 months by default, counted from the date in China', async () => {
    expect(dates).toMatchObject({ feedStart: '2025-11-29', dayBefore: '2025-11-28', halfYear: '2026-05-29' });
    // 00:30 on 29 November in China is still 28 November in UTC: the feed starts on 29 November 2025.
    at('2026-11-28T16:30:00Z');
    expect(chinaToday()).toBe('2026-11-29');
    expect(await uids('')).toEqual([
      'recent-start-rules-effective 2025-11-29',
      'recent-half-year-rules-effective 2026-05-29',
      'tc260-labelling-standard-draft-effective 2099-09-01',
      'miit-telecom-data-rules-repealed 2099-12-31',
    ]);
    // A minute before midnight in China it is still 28 November there: the day before is in.
    at('2026-11-28T15:59:00Z');
    expect((await uids('')).slice(0, 2)).toEqual(['recent-closed-draft-comment-deadline 2025-11-28', 'recent-start-rules-effective 2025-11-29']);
  });

  it('holds the past dates asked for with since and until, filters included', async () => {
    at('2026-11-28T16:30:00Z');
    expect(await uids('?since=2023-01-01&until=2023-12-31')).toEqual([
      'cac-app-provisions-repealed 2023-03-15',
      'cac-genai-measures-effective 2023-08-15',
      'cac-cross-border-draft-comment-deadline 2023-10-15',
      'cac-shanghai-data-list-draft-comment-deadline 2023-10-31',
    ]);
    expect(await uids('?since=2023-10-15&until=2023-10-15')).toEqual(['cac-cross-border-draft-comment-deadline 2023-10-15']);
    expect(await uids('?since=2016-01-01&until=2024-12-31&issuer=cac&local=1&topic=cross-border-data')).toEqual([
      'cac-cross-border-draft-comment-deadline 2023-10-15',
      'cac-shanghai-data-list-draft-comment-deadline 2023-10-31',
      'cac-cross-border-provisions-effective 2024-03-22',
      'cac-shanghai-free-trade-list-effective 2024-05-20',
    ]);
    expect((await uids('?since=2016-01-01')).length).toBe(14);
  });

  it('answers bad since and until with 400, naming each problem, in the search API’s shape', async () => {
    const response = await feed(new NextRequest(`${ORIGIN}/calendar.ics?since=2023-02-29&until=soon&issuer=nobody`));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; problems: { param: string; message: string }[] };
    expect(body.error).toBe('invalid search parameters');
    expect(body.problems.map((p) => p.param)).toEqual(['issuer', 'since', 'until']);
    const reversed = await feed(new NextRequest(`${ORIGIN}/calendar.ics?since=2024-02-01&until=2024-01-01`));
    expect(reversed.status).toBe(400);
    expect(((await reversed.json()) as { problems: { message: string }[] }).problems[0]!.message).toBe("'since' (2024-02-01) is after 'until' (2024-01-01)");
  });

  const pageHtml = async (qs: string) => {
    const response = await calendarPageRoute(new NextRequest(`${ORIGIN}/calendar${qs}`));
    return { status: response.status, html: await response.text() };
  };

  it('serves a month page whose links keep the filters, and a notice (not a 500) for a bad month', async () => {
    at('2026-11-28T16:30:00Z');
    const { status, html } = await pageHtml('?month=2023-10&issuer=cac&topic=cross-border-data');
    expect(status).toBe(200);
    expect(html).toContain('<h1>October 2023</h1>');
    expect(html).toContain('1 date in October 2023 for CAC · Cross-Border Data Transfer');
    expect(html).toContain('href="/calendar?month=2023-09&amp;issuer=cac&amp;topic=cross-border-data" rel="prev"');
    expect(html).toContain('href="/calendar?month=2023-11&amp;issuer=cac&amp;topic=cross-border-data" rel="next"');
    expect(html).toContain('href="/calendar?month=2024-03&amp;issuer=cac&amp;topic=cross-border-data" class="period-jump">Later dates: March 2024 (1 date)</a>');
    // With these filters nothing comes before October 2023.
    expect(html).not.toContain('Earlier dates');
    // The filter form keeps the month.
    expect(html).toContain('<input type="hidden" name="month" value="2023-10"/>');

    for (const bad of ['?month=2023-13', '?year=twenty', '?month=%00', `?year=${'9'.repeat(5000)}`]) {
      const r = await pageHtml(bad);
      expect(r.status, bad).toBe(200);
      expect(r.html, bad).toContain('role="status"');
      expect(r.html, bad).toContain('<h1>Calendar</h1>');
    }
  });

  it('links the empty default view to the most recent month with dates', async () => {
    at('2026-11-28T16:30:00Z');
    const { html } = await pageHtml('?topic=cross-border-data');
    expect(html).toContain('No dates for these filters from 1 August 2026 on.');
    expect(html).toContain('The most recent are in <a href="/calendar?month=2024-05&amp;topic=cross-border-data">May 2024 (1 date)</a>');
  });
});
