import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { EntryListing } from '@/components/entry-listing';
import { getAuthorityDetail, getTopicDetail, LISTING_LIMIT } from '@/lib/catalogue/views';
import { renderHtml } from '@/lib/html/render';
import { CORPUS, TODAY } from '../fixtures/search/corpus';
import { testCard } from './helpers/cards';
import { snapshotOfCorpus } from './helpers/snapshot';

function render(shown: number, total: number) {
  const entries = Array.from({ length: shown }, (_, n) => testCard({ slug: `entry-${n}`, title: `Measures number ${n}` }));
  const html = renderHtml(
    createElement('html', null, createElement('body', null, createElement(EntryListing, { entries, total, what: ', including those of its local offices', all: '/search?issuer=cac&local=1' }))),
  );
  return { html, items: html.match(/<li>/g)?.length ?? 0, slugs: [...html.matchAll(/href="\/entries\/([^"]+)"/g)].map((m) => m[1]) };
}

describe('an authority or topic page lists its newest entries, the rest a search away', () => {
  it('lists every entry when there are few, and says how many', () => {
    const { html, items, slugs } = render(3, 3);
    expect(items).toBe(3);
    expect(slugs).toEqual(['entry-0', 'entry-1', 'entry-2']);
    expect(html).toContain('3 entries, newest first, including those of its local offices.');
    expect(html).not.toContain('See all');
  });

  it(`lists the ${LISTING_LIMIT} newest of many, in order, and links to all of them in search`, () => {
    const { html, items, slugs } = render(LISTING_LIMIT, 3000);
    expect(items).toBe(LISTING_LIMIT);
    expect(slugs[0]).toBe('entry-0');
    expect(slugs.at(-1)).toBe(`entry-${LISTING_LIMIT - 1}`);
    expect(html).toContain(`The ${LISTING_LIMIT} newest of 3,000 entries, including those of its local offices.`);
    expect(html).toContain('<a href="/search?issuer=cac&amp;local=1">See all 3,000 entries in search</a>');
    // A phone gets tens of kilobytes, not the thousands of entries.
    expect(html.length).toBeLessThan(60_000);
  });

  it('an authority page gives its newest entries up to the limit, with the total and every date for the chart', async () => {
    const s = snapshotOfCorpus(CORPUS);
    const all = await getAuthorityDetail(s, 'cac', TODAY);
    const capped = await getAuthorityDetail(s, 'cac', TODAY, 2);
    expect(all!.total).toBeGreaterThan(2);
    expect(capped!.entries.map((e) => e.slug)).toEqual(all!.entries.slice(0, 2).map((e) => e.slug));
    expect(capped!.total).toBe(all!.total);
    expect(capped!.issuedDates).toHaveLength(all!.total);
    expect(all!.entries.map((e) => e.issued)).toEqual([...all!.entries.map((e) => e.issued)].sort().reverse());
    // Its local offices' entries are in, marked.
    expect(all!.entries.some((e) => e.viaOffice)).toBe(true);
    expect(getTopicDetail(s, 'generative-ai', TODAY, 1)!.entries).toHaveLength(1);
  });
});
