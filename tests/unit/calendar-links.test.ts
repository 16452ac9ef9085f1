import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EntryTimeline } from '@/components/calendar/entry-timeline';
import { ExportLinks } from '@/components/search/export-links';

const html = (element: ReturnType<typeof createElement>) => renderToStaticMarkup(element);

describe('the calendar links on entry and search pages', () => {
  const entry = { category: 'regulation', issued: '2098-12-20', commentDeadline: '2099-01-20', effective: '2099-03-01', repealed: null };

  it('the key dates timeline offers "Add to calendar" for each date still ahead that has a one-event file, and none for past dates', () => {
    const out = html(createElement(EntryTimeline, { slug: 'pipl', entry, today: '2099-02-15' }));
    expect(out).toContain('Key dates');
    expect(out).toContain('href="/entries/pipl/calendar.ics?kind=effective"');
    // Each link's name says which date it adds.
    expect(out).toContain('Add to calendar<span class="visually-hidden"> (Takes effect, 1 March 2099)</span>');
    // The comment deadline has passed: its date is text only. The issue date has no calendar file.
    expect(out).toContain('>Comments closed<');
    expect(out).not.toContain('kind=comment-deadline');
    expect(out).not.toContain('kind=issued');
    expect(out.match(/Add to calendar/g)).toHaveLength(1);
    // On the day itself, the date is still offered.
    const onTheDay = html(createElement(EntryTimeline, { slug: 'pipl', entry, today: '2099-01-20' }));
    expect(onTheDay).toContain('href="/entries/pipl/calendar.ics?kind=comment-deadline"');
  });

  it('the timeline is an ordered list of dated items, today its own item between the past and the upcoming', () => {
    const out = html(createElement(EntryTimeline, { slug: 'pipl', entry: { ...entry, repealed: '2099-06-30' }, today: '2099-02-15' }));
    const items = [...out.matchAll(/<li class="([^"]+)"[^>]*>.*?<time dateTime="([^"]+)">([^<]+)<\/time>/g)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    expect(items).toEqual([
      'timeline-item is-past timeline-issued 2098-12-20 20 December 2098',
      'timeline-item is-past timeline-comment-deadline 2099-01-20 20 January 2099',
      'timeline-item timeline-today 2099-02-15 15 February 2099',
      'timeline-item is-upcoming timeline-effective 2099-03-01 1 March 2099',
      'timeline-item is-upcoming timeline-repealed 2099-06-30 30 June 2099',
    ]);
    expect(out).toMatch(/^<section[^>]*><h2[^>]*>Key dates<\/h2><ol class="timeline-list">/);
    expect(out).toContain('<li class="timeline-item timeline-today" aria-current="date">');
    expect(out).toContain('href="/entries/pipl/calendar.ics?kind=repealed"');
    // Past and upcoming read differently, not only by their colour: tense and distance.
    expect(out).toContain('>Comments closed<');
    expect(out).toContain('>Takes effect<');
    expect(out).toContain('>To be repealed<');
    expect(out).toContain('in 14 days');
    expect(out).toContain('26 days ago');
  });

  it('export links carry the search’s parameters', () => {
    const out = html(createElement(ExportLinks, { query: 'issuer=cac&local=1' }));
    expect(out).toContain('href="/search/export.csv?issuer=cac&amp;local=1"');
    expect(out).toContain('href="/search/export.json?issuer=cac&amp;local=1"');
    expect(out).toContain('Download CSV');
    expect(out).toContain('Download JSON');
    expect(html(createElement(ExportLinks, { query: '' }))).toContain('href="/search/export.csv"');
  });
});
