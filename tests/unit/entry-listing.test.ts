import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { EntryListing, LISTING_LIMIT } from '@/components/entry-listing';
import type { EntryCard } from '@/lib/catalogue/queries';
import { renderDocument } from '@/lib/plain-html';

function card(n: number): EntryCard {
  const day = String((n % 28) + 1).padStart(2, '0');
  return {
    slug: `entry-${n}`,
    title: `Measures number ${n}`,
    short: null,
    titleZh: null,
    category: 'regulation',
    type: null,
    issuers: [{ id: 'cac', name: 'Cyberspace Administration of China', abbr: 'CAC', nameZh: null, parentId: null }],
    issuersNote: null,
    issued: `2024-01-${day}`,
    effective: null,
    commentDeadline: null,
    trial: false,
    status: null,
    summary: `Summary ${n}.`,
    jurisdiction: 'national',
    editionId: null,
    order: null,
  };
}

async function render(count: number) {
  const html = await renderDocument(
    createElement('html', null, createElement('body', null, createElement(EntryListing, { entries: Array.from({ length: count }, (_, i) => card(i)), what: ', including those of its local offices', all: '/search?issuer=cac&local=1' }))),
  );
  return { html, items: html.match(/<li>/g)?.length ?? 0, slugs: [...html.matchAll(/href="\/entries\/([^"]+)"/g)].map((m) => m[1]) };
}

describe('an authority or topic page lists its newest entries, the rest a search away', () => {
  it('lists every entry when there are few, and says how many', async () => {
    const { html, items, slugs } = await render(3);
    expect(items).toBe(3);
    expect(slugs).toEqual(['entry-0', 'entry-1', 'entry-2']);
    expect(html).toContain('3 entries, newest first, including those of its local offices.');
    expect(html).not.toContain('See all');
  });

  it(`lists the ${LISTING_LIMIT} newest of many, in order, and links to all of them in search`, async () => {
    const { html, items, slugs } = await render(3000);
    expect(items).toBe(LISTING_LIMIT);
    expect(slugs[0]).toBe('entry-0');
    expect(slugs.at(-1)).toBe(`entry-${LISTING_LIMIT - 1}`);
    expect(html).toContain(`The ${LISTING_LIMIT} newest of 3,000 entries, including those of its local offices.`);
    expect(html).toContain('<a href="/search?issuer=cac&amp;local=1">See all 3,000 entries in search</a>');
    // A phone gets tens of kilobytes, not the thousands of entries.
    expect(html.length).toBeLessThan(60_000);
  });
});
