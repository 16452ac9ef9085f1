import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { EntryCard } from '../../lib/catalogue/types';
import { issuer, testCard } from './helpers/cards';
import { buildAtomFeed } from '../../lib/feeds';

const ORIGIN = 'https://digest.example.com';

const card = (overrides: Partial<EntryCard>): EntryCard =>
  testCard({
    title: 'Opinions on Building Basic Systems for Data',
    short: '20 Data Measures',
    type: 'opinions',
    issuers: [issuer('cpc-central-committee', 'Central Committee of the Communist Party of China', 'CPC Central Committee'), issuer('state-council', 'State Council')],
    status: 'in-force',
    edition: '2023-01',
    order: 1,
    ...overrides,
  });

const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'author', 'category', 'link'].includes(name) }).parse(xml);

describe('buildAtomFeed', () => {
  const xml = buildAtomFeed({
    selfPath: '/feed.xml',
    alternatePath: '/',
    title: 'China TMT Digest: newest entries',
    entries: [
      card({}),
      card({ slug: 'odd', title: 'A <b>bold</b> & "quoted" title ]]> end', short: null, status: null, category: 'judgment', issued: '2022-11-02' }),
    ],
    origin: ORIGIN,
  });
  const feed = parse(xml).feed;

  it('is an Atom feed with its own address and the page it follows', () => {
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://digest.example.com/feed.xml');
    expect(feed.link).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ '@rel': 'self', '@href': 'https://digest.example.com/feed.xml' }),
        expect.objectContaining({ '@rel': 'alternate', '@href': 'https://digest.example.com/' }),
      ]),
    );
    // The newest entry's day, as it begins in China.
    expect(feed.updated).toBe('2022-12-18T16:00:00.000Z');
  });

  it('gives each entry its permalink, its issuers as authors, its date and its status', () => {
    const [first] = feed.entry;
    expect(first.id).toBe('https://digest.example.com/entries/twenty-data-measures');
    expect(first.link[0]['@href']).toBe('https://digest.example.com/entries/twenty-data-measures');
    expect(first.author.map((a: { name: string }) => a.name)).toEqual(['Central Committee of the Communist Party of China', 'State Council']);
    expect(first.summary['#text']).toBe('CPC Central Committee, State Council · Issued 19 December 2022 · In force. The basic systems for data.');
    expect(first.category.map((c: Record<string, string>) => c['@term'])).toEqual(['regulation', 'in-force']);
    expect(first.published).toBe('2022-12-18T16:00:00.000Z');
  });

  it('escapes authors’ text so titles stay text, even with markup or a CDATA end in them', () => {
    const odd = feed.entry[1];
    expect(odd.title['#text']).toBe('A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; title ]]&gt; end');
    expect(odd.category.map((c: Record<string, string>) => c['@term'])).toEqual(['judgment']);
  });
});
