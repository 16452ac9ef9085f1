import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AddToCalendar } from '@/components/calendar/add-to-calendar';
import { ExportLinks } from '@/components/search/export-links';

const html = (element: ReturnType<typeof createElement>) => renderToStaticMarkup(element);

describe('the links the lead places on entry and search pages', () => {
  it('"Add to calendar" links each of an entry’s dates to its one-event file', () => {
    const out = html(createElement(AddToCalendar, { slug: 'pipl', effective: '2099-03-01', commentDeadline: '2099-01-20' }));
    expect(out).toContain('Add to calendar');
    expect(out).toContain('href="/entries/pipl/calendar.ics?kind=effective"');
    expect(out).toContain('href="/entries/pipl/calendar.ics?kind=comment-deadline"');
    expect(out).toContain('Takes effect: 1 March 2099');
    expect(out).toContain('Comments close: 20 January 2099');
  });

  it('shows only the dates an entry has, and nothing without any', () => {
    const out = html(createElement(AddToCalendar, { slug: 'pipl', effective: '2099-03-01', commentDeadline: null }));
    expect(out).not.toContain('comment-deadline');
    expect(html(createElement(AddToCalendar, { slug: 'pipl', effective: null, commentDeadline: null }))).toBe('');
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
