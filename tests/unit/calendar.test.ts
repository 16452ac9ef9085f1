import { describe, expect, it } from 'vitest';
import { calendarEvents, calendarStart, entryEvents, groupByMonth, kindLabel, type CalendarLine } from '@/lib/calendar';
import { checkContent } from '@/lib/content/check';
import { corpusFromCatalogue } from '@/lib/search/corpus';
import { SearchEngine } from '@/lib/search/engine';
import { EMPTY_FILTERS } from '@/lib/search/params';
import { CALENDAR } from './helpers/fixtures';

const checked = await checkContent(CALENDAR);
if (!checked.ok) throw new Error(checked.problems.map((p) => p.message).join('\n'));
const engine = new SearchEngine(corpusFromCatalogue(checked.catalogue));
const TODAY = '2099-02-15';
const all = engine.matchAll(EMPTY_FILTERS, TODAY).map((m) => m.doc);
const brief = (events: { date: string; kind: string; slug: string }[]) => events.map((e) => `${e.date} ${e.kind} ${e.slug}`);
const describeLine = (l: CalendarLine) => (l.type === 'today' ? `today ${l.date}` : `${l.when} ${l.event.date} ${l.event.kind}`);

describe('the calendar window', () => {
  it('starts on the first of the month three months before today', () => {
    expect(calendarStart('2099-05-15')).toBe('2099-02-01');
    expect(calendarStart('2099-02-15')).toBe('2098-11-01');
    expect(calendarStart('2099-03-31')).toBe('2098-12-01');
    expect(calendarStart('2099-01-01')).toBe('2098-10-01');
    expect(calendarStart('2099-12-31')).toBe('2099-09-01');
  });
});

describe('calendar events with today pinned to 15 February 2099', () => {
  it('lists effective dates, comment deadlines and repeal dates in date order, from the window on', () => {
    expect(brief(calendarEvents(all, TODAY))).toEqual([
      '2099-01-20 comment-deadline miit-telecom-standard',
      '2099-02-15 comment-deadline cac-shanghai-data-export-draft',
      '2099-03-01 effective cac-ai-labelling-measures',
      '2099-04-01 effective miit-telecom-standard',
      '2099-06-30 repealed cac-old-rules-repealed',
    ]);
  });

  it('leaves out dates before the window (the 2017 and 2020 start dates) and keeps everything upcoming', () => {
    const later = calendarEvents(all, '2099-05-02');
    expect(brief(later)).toEqual(['2099-02-15 comment-deadline cac-shanghai-data-export-draft', '2099-03-01 effective cac-ai-labelling-measures', '2099-04-01 effective miit-telecom-standard', '2099-06-30 repealed cac-old-rules-repealed']);
    expect(calendarEvents(all, '2017-05-20').map((e) => e.date)).toContain('2017-06-01');
  });

  it('never lists the draft entry (draft: true), though it has an effective date and a comment deadline', () => {
    expect(checked.ok && checked.catalogue.entries.some((e) => e.slug === 'cac-unpublished-draft' && e.draft)).toBe(true);
    expect(calendarEvents(all, TODAY).map((e) => e.slug)).not.toContain('cac-unpublished-draft');
    expect(calendarEvents(all, '2090-01-01').map((e) => e.slug)).not.toContain('cac-unpublished-draft');
  });

  it('orders one day by kind: comments close, then takes effect, then repealed', () => {
    const same = { title: 'T', short: null, titleZh: null, issuers: ['cac'] };
    const events = calendarEvents(
      [
        { ...same, slug: 'b', effective: '2099-03-01', commentDeadline: null, repealed: '2099-03-01' },
        { ...same, slug: 'a', effective: '2099-03-01', commentDeadline: '2099-03-01', repealed: null },
      ],
      TODAY,
    );
    expect(brief(events)).toEqual(['2099-03-01 comment-deadline a', '2099-03-01 effective a', '2099-03-01 effective b', '2099-03-01 repealed b']);
  });

  it('filters through the search engine: the CAC with its local offices', () => {
    const cac = engine.matchAll({ ...EMPTY_FILTERS, issuer: ['cac'], local: true }, TODAY).map((m) => m.doc);
    expect(brief(calendarEvents(cac, TODAY))).toEqual([
      '2099-02-15 comment-deadline cac-shanghai-data-export-draft',
      '2099-03-01 effective cac-ai-labelling-measures',
      '2099-06-30 repealed cac-old-rules-repealed',
    ]);
    const cacOnly = engine.matchAll({ ...EMPTY_FILTERS, issuer: ['cac'] }, TODAY).map((m) => m.doc);
    expect(calendarEvents(cacOnly, TODAY).map((e) => e.slug)).not.toContain('cac-shanghai-data-export-draft');
  });
});

describe('the calendar grouped by month', () => {
  it('has month headings in order and marks today before today’s own events', () => {
    const months = groupByMonth(calendarEvents(all, TODAY), TODAY);
    expect(months.map((m) => m.label)).toEqual(['January 2099', 'February 2099', 'March 2099', 'April 2099', 'June 2099']);
    expect(months.filter((m) => m.current).map((m) => m.month)).toEqual(['2099-02']);
    expect(months.map((m) => m.lines.map(describeLine))).toEqual([
      ['past 2099-01-20 comment-deadline'],
      ['today 2099-02-15', 'today 2099-02-15 comment-deadline'],
      ['upcoming 2099-03-01 effective'],
      ['upcoming 2099-04-01 effective'],
      ['upcoming 2099-06-30 repealed'],
    ]);
  });

  it('shows today’s month with only the marker when nothing falls in it', () => {
    const months = groupByMonth(calendarEvents(all, '2099-05-10'), '2099-05-10');
    expect(months.map((m) => m.month)).toEqual(['2099-02', '2099-03', '2099-04', '2099-05', '2099-06']);
    expect(months.find((m) => m.current)!.lines).toEqual([{ type: 'today', date: '2099-05-10' }]);
  });

  it('puts the marker last when everything is past', () => {
    const months = groupByMonth(calendarEvents(all, '2099-07-15'), '2099-07-15');
    expect(months.map((m) => m.month)).toEqual(['2099-04', '2099-06', '2099-07']);
    expect(months.at(-1)!.lines.map(describeLine)).toEqual(['today 2099-07-15']);
  });

  it('words a kind of date in the past tense once it has passed', () => {
    expect(kindLabel('effective')).toBe('Takes effect');
    expect(kindLabel('effective', '2099-01-01', TODAY)).toBe('Took effect');
    expect(kindLabel('comment-deadline', '2099-03-01', TODAY)).toBe('Comments close');
    expect(kindLabel('comment-deadline', '2099-01-01', TODAY)).toBe('Comments closed');
  });
});

describe('one entry’s events', () => {
  it('gives each date it has, whatever the window', () => {
    const doc = engine.doc('miit-telecom-standard')!;
    expect(brief(entryEvents(doc))).toEqual(['2099-01-20 comment-deadline miit-telecom-standard', '2099-04-01 effective miit-telecom-standard']);
    expect(entryEvents(engine.doc('miit-old-notice')!).map((e) => e.date)).toEqual(['2020-04-01']);
    expect(engine.doc('cac-unpublished-draft')).toBeUndefined();
  });
});
