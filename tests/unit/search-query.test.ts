// What a query means (docs/search.md, "The text query"): every term by default, OR, exclusions,
// the fallback to any term, proximity in ranking, the glossary, normalisation and highlighting.
// Expectations are derived from other searches (an all-terms search is the intersection of its
// terms' searches) or from where the fixture places each word (tests/fixtures/search/corpus.ts).
import { describe, expect, it } from 'vitest';
import { glossaryKey } from '@/lib/search/glossary';
import { SearchEngine } from '@/lib/search/engine';
import { parseSearchParams } from '@/lib/search/params';
import { parseSearchQuery } from '@/lib/search/query';
import type { SearchCorpus, SearchDoc, SearchResult } from '@/lib/search/types';
import { CORPUS, DOCS, KNOWN, TODAY } from '../fixtures/search/corpus';

const engine = new SearchEngine(CORPUS);

function run(q: string, e = engine, extra: Record<string, string> = {}): SearchResult {
  const { filters } = parseSearchParams(new URLSearchParams({ q, ...extra }), KNOWN);
  return e.search(filters, TODAY);
}

/** Every result, in order, all pages. */
function slugs(q: string, e = engine): string[] {
  const { filters } = parseSearchParams(new URLSearchParams({ q }), KNOWN);
  return e.matchAll(filters, TODAY).map((m) => m.doc.slug);
}

const sorted = (list: string[]) => [...list].sort();
const intersection = (...lists: string[][]) => sorted(lists[0]!.filter((s) => lists.every((l) => l.includes(s))));
const union = (...lists: string[][]) => sorted([...new Set(lists.flat())]);
const minus = (a: string[], b: string[]) => sorted(a.filter((s) => !b.includes(s)));

/** A small corpus of fixture entries with their text replaced: for rules the fixture has no example of. */
function corpusOf(docs: Partial<SearchDoc>[], glossary: string[][] = []): SearchEngine {
  const base = DOCS.find((d) => d.slug === 'shanghai-data-regulations')!;
  const made = docs.map((d, i) => ({ ...base, topics: [], short: null, titleZh: null, docNumber: null, summary: '', bodyText: '', issued: `2024-0${9 - i}-01`, ...d }) as SearchDoc);
  const corpus: SearchCorpus = { ...CORPUS, docs: made, glossary };
  return new SearchEngine(corpus);
}

describe('every term by default', () => {
  it.each(['personal information', 'data security review', 'facial recognition consent', 'generative services', 'SAMR 出境', 'court 个人信息'])(
    '%s: the entries matching every term, exactly (the intersection of each term alone)',
    (q) => {
      const words = q.split(' ');
      const expected = intersection(...words.map((w) => slugs(w)));
      expect(expected.length, 'the fixture has entries with all of them').toBeGreaterThan(0);
      expect(sorted(slugs(q))).toEqual(expected);
      expect(run(q).match).toBe('all');
    },
  );

  it('a four-word name no longer lets in every entry with any one of its words', () => {
    const any = union(...['network', 'data', 'security', 'regulations'].map((w) => slugs(w)));
    const all = slugs('network data security regulations');
    expect(any.length).toBeGreaterThan(30);
    expect(all).toContain('network-data-regulations-draft');
    expect(all.length).toBeLessThan(5);
  });
});

describe('OR and exclusions', () => {
  it('OR between two terms: either (the union)', () => {
    expect(sorted(slugs('watermark OR copyright'))).toEqual(union(slugs('watermark'), slugs('copyright')));
  });

  it('OR binds its neighbours only: "generative watermark OR copyright" is generative AND (watermark OR copyright)', () => {
    const expected = intersection(slugs('generative'), union(slugs('watermark'), slugs('copyright')));
    expect(sorted(slugs('generative watermark OR copyright'))).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('only upper-case OR is an operator; "or", or an OR with nothing on one side, is a stop word', () => {
    expect(slugs('watermark or copyright')).toEqual(slugs('watermark copyright'));
    expect(slugs('OR watermark')).toEqual(slugs('watermark'));
    expect(slugs('watermark OR')).toEqual(slugs('watermark'));
  });

  it('-term leaves out the entries the term finds', () => {
    const expected = minus(slugs('watermark'), slugs('copyright'));
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(slugs('watermark -copyright'))).toEqual(expected);
  });

  it('-"a phrase" leaves out only the entries with the words together', () => {
    // hangzhou-virtual-human-case has "deep learning and voice synthesis": not the phrase, so it stays.
    const got = slugs('synthesis -"deep synthesis"');
    expect(got).toContain('hangzhou-virtual-human-case');
    expect(got).not.toContain('deep-synthesis-provisions');
    expect(got).not.toContain('generative-ai-measures');
  });

  it('a query of exclusions only lists every other entry, newest first', () => {
    const got = slugs('-data');
    expect(sorted(got)).toEqual(minus(DOCS.map((d) => d.slug), slugs('data')));
    expect(got).toEqual(slugs('').filter((s) => got.includes(s)));
    expect(run('-data').match).toBe('all');
  });

  it('an excluded word is never typo-corrected (only what it matches is left out)', () => {
    expect(slugs('watermark -watermerk')).toEqual(slugs('watermark'));
    expect(run('watermark -watermerk').suggestion).toBeNull();
  });
});

describe('when no entry matches every term', () => {
  it('falls back to the entries matching any term, says so, and names the terms', () => {
    const r = run('watermark zebra');
    expect(r.match).toBe('any');
    expect(r.terms).toEqual(['watermark', 'zebra']);
    expect(sorted(slugs('watermark zebra'))).toEqual(sorted(slugs('watermark')));
  });

  it('keeps the any-term ranking: entries with more of the terms first', () => {
    const r = run('watermark copyright zebra');
    expect(r.match).toBe('any');
    expect(r.hits[0]!.doc.slug).toBe('beijing-ai-image-case'); // the one entry with both watermark and copyright
    expect(sorted(slugs('watermark copyright zebra'))).toEqual(union(slugs('watermark'), slugs('copyright')));
  });

  it('exclusions still apply in the fallback', () => {
    const got = slugs('watermark zebra -copyright');
    expect(run('watermark zebra -copyright').match).toBe('any');
    expect(sorted(got)).toEqual(minus(slugs('watermark'), slugs('copyright')));
  });

  it('the mode depends on the words, not the filters: a filter that empties an "all" search shows what to remove', () => {
    const r = run('watermark copyright', engine, { category: 'regulation' });
    expect(r.match).toBe('all');
    expect(r.total).toBe(0);
    expect(r.relaxations.map((x) => x.param)).toContain('category');
  });

  it('a typo still offers "Did you mean", in either mode', () => {
    expect(run('generatve watermark').suggestion).toBe('generative watermark');
    const r = run('generatve zebra');
    expect(r.match).toBe('any');
    expect(r.suggestion).toBe('generative zebra');
  });
});

describe('ranking by proximity', () => {
  const e = corpusOf([
    { slug: 'scattered', title: 'Rules on Platforms', bodyText: 'The security of personal data held by platforms.' },
    { slug: 'adjacent', title: 'Rules on Platforms', bodyText: 'Platforms must follow the data security rules.' },
    { slug: 'reversed', title: 'Rules on Platforms', bodyText: 'Security data is logged.' },
    { slug: 'in-title', title: 'Data Security Rules', bodyText: 'Rules for platforms.' },
  ]);

  it('the words next to each other, in order, rank above the same words scattered (newest first otherwise)', () => {
    expect(slugs('data security', e)).toEqual(['in-title', 'adjacent', 'scattered', 'reversed']);
    // Without proximity the body matches would be newest first: scattered, adjacent, reversed.
    expect(slugs('data security', e).slice(1)).not.toEqual(['scattered', 'adjacent', 'reversed']);
  });

  it('a title match of the whole query ranks first', () => {
    expect(run('data security law').hits[0]!.doc.slug).toBe('data-security-law');
    expect(run('security rules', e).hits[0]!.doc.slug).toBe('in-title');
  });

  it('stop words between the words count for adjacency ("protection of minors")', () => {
    const q = parseSearchQuery('protection of minors');
    expect(q.proximity).toEqual(['protection', 'of', 'minors']);
    expect(q.slots.map((s) => s.term.text)).toEqual(['protection', 'minors']);
    expect(run('protection of minors').hits[0]!.doc.slug).toBe('minors-online-protection-regulations');
  });
});

describe('the glossary', () => {
  it('an abbreviation finds the entry that only uses the full name, and says what it added', () => {
    const r = run('DSL');
    expect(r.hits.map((h) => h.doc.slug)).toContain('data-security-law');
    expect(r.also).toEqual(['Data Security Law', '數據安全法']);
  });

  it('the full name, typed without quotes, finds the entry that only uses the abbreviation', () => {
    // spc-pi-typical-cases says "PIPL" and never "Personal Information Protection Law".
    expect(slugs('personal information protection law')).toContain('spc-pi-typical-cases');
    expect(run('personal information protection law').also).toEqual(['PIPL', '个人信息保护法']);
  });

  it('a Chinese name finds an entry that names the thing only in English, and the reverse', () => {
    expect(slugs('数据二十条')).toEqual(['data-elements-opinions']);
    expect(sorted(slugs('deepfake'))).toEqual(['deep-synthesis-provisions', 'generative-ai-measures']);
    expect(slugs('electronic commerce')).toEqual(['samr-ad-compliance-guide']);
  });

  it('the other terms are matched as phrases: "deepfake" does not find "deep learning and voice synthesis"', () => {
    expect(slugs('deepfake')).not.toContain('hangzhou-virtual-human-case');
    expect(slugs('deep synthesis')).toContain('hangzhou-virtual-human-case'); // typed words: all terms, anywhere
  });

  it('a quoted glossary term is widened too; a phrase that only contains one is not', () => {
    expect(run('"deep synthesis"').also).toEqual(['deepfake', '深度合成']);
    expect(run('"deep synthesis service"').also).toEqual([]);
  });

  it('a glossary term among other words widens only itself', () => {
    const r = run('PIPL court');
    expect(r.also).toEqual(['Personal Information Protection Law', '个人信息保护法']);
    expect(sorted(slugs('PIPL court'))).toEqual(intersection(slugs('PIPL'), slugs('court')));
  });

  it('excluding a glossary term leaves out its whole group', () => {
    const got = slugs('watermark -deepfake');
    expect(sorted(got)).toEqual(minus(slugs('watermark'), slugs('deepfake')));
    expect(got).not.toContain('deep-synthesis-provisions');
  });

  it('a glossary word is never typo-corrected', () => {
    expect(run('deepfake').suggestion).toBeNull();
  });

  it('terms are compared as search compares text: case, width, traditional characters', () => {
    expect(glossaryKey('ＰＩＰＬ')).toBe(glossaryKey('pipl'));
    expect(glossaryKey('數據安全法')).toBe(glossaryKey('数据安全法'));
    expect(run('數據安全法').also).toEqual(['DSL', 'Data Security Law']);
  });

  it('without a glossary, an abbreviation finds only what uses it', () => {
    const plain = new SearchEngine({ ...CORPUS, glossary: [] });
    expect(slugs('DSL', plain)).toEqual([]);
    expect(run('DSL', plain).also).toEqual([]);
  });
});

describe('normalisation, the same for text and query', () => {
  it('traditional characters find the simplified text', () => {
    for (const [traditional, simplified] of [
      ['數據出境', '数据出境'],
      ['個人信息', '个人信息'],
      ['網絡安全審查', '网络安全审查'],
    ] as const) {
      expect(slugs(simplified).length, simplified).toBeGreaterThan(0);
      expect(slugs(traditional), traditional).toEqual(slugs(simplified));
    }
  });

  it('simplified characters find a traditional text, and the match is marked in the characters as written', () => {
    const e = corpusOf([{ slug: 'hk', title: 'Outbound Data Measures', titleZh: '數據出境安全評估辦法', bodyText: '本辦法規定數據出境安全評估。' }]);
    const r = run('数据出境', e);
    expect(r.hits.map((h) => h.doc.slug)).toEqual(['hk']);
    expect(r.hits[0]!.titleZh).toEqual([
      { text: '數據出境', mark: true },
      { text: '安全評估辦法', mark: false },
    ]);
    expect(r.hits[0]!.snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(['數據出境']);
  });

  it('full-width letters and digits are ASCII', () => {
    expect(slugs('ＴＣ２６０')).toEqual(slugs('TC260'));
    expect(slugs('TC260').length).toBeGreaterThan(0);
  });

  it('a boundary between letters and digits: TC260 = TC 260 = tc260, V2 finds V2.0, GB/T35273 = GB/T 35273', () => {
    expect(slugs('TC 260')).toEqual(slugs('TC260'));
    expect(slugs('tc260')).toEqual(slugs('TC260'));
    expect(slugs('V2')).toContain('tc260-cross-border-certification-guide-v2');
    const e = corpusOf([
      { slug: 'spec', title: 'Personal Information Security Specification', bodyText: 'The standard GB/T 35273-2020 replaced the 2017 edition.' },
      { slug: 'other', title: 'Another Standard', bodyText: 'GB/T 22239 sets levels.' },
    ]);
    expect(slugs('GB/T35273', e)).toEqual(['spec']);
    expect(slugs('GB/T 35273', e)).toEqual(['spec']);
  });

  it('hyphenated words are found hyphenated, split or joined', () => {
    const hyphenated = slugs('cross-border');
    expect(hyphenated.length).toBeGreaterThan(3);
    expect(slugs('cross border')).toEqual(hyphenated);
    expect(slugs('crossborder')).toEqual(hyphenated);
    expect(slugs('ecommerce')).toEqual(['samr-ad-compliance-guide']);
  });

  it('a text that writes the word joined is found by the hyphenated spelling', () => {
    const e = corpusOf([{ slug: 'joined', title: 'Crossborder Data Rules', bodyText: 'Rules for data leaving the country.' }]);
    expect(slugs('cross-border', e)).toEqual(['joined']);
    expect(run('cross-border', e).match).toBe('all');
  });
});

describe('highlighting covers Chinese', () => {
  const marked = (parts: { text: string; mark: boolean }[] | null) => (parts ?? []).filter((p) => p.mark).map((p) => p.text);

  it('a Chinese match is marked in the Chinese title of each result', () => {
    const r = run('出境安全');
    expect(r.hits.length).toBeGreaterThan(0);
    for (const hit of r.hits) if (hit.doc.titleZh?.includes('出境安全')) expect(marked(hit.titleZh), hit.doc.slug).toEqual(['出境安全']);
    expect(r.hits[0]!.titleZh!.map((p) => p.text).join('')).toBe(r.hits[0]!.doc.titleZh);
  });

  it('an English query marks the Chinese title where a glossary term matched it', () => {
    const hit = run('deepfake').hits.find((h) => h.doc.slug === 'deep-synthesis-provisions')!;
    expect(marked(hit.titleZh)).toEqual(['深度合成']);
  });

  it('a glossary term is marked in the snippet where it matched', () => {
    const hit = run('DSL').hits.find((h) => h.doc.slug === 'data-security-law')!;
    expect(marked(hit.snippet)).toEqual(['Data Security Law']);
  });

  it('no query, no marks: the Chinese title is left as it is', () => {
    expect(run('').hits.every((h) => h.titleZh === null)).toBe(true);
  });
});

describe('the parsed query', () => {
  it('a b OR c is a AND (b OR c)', () => {
    const q = parseSearchQuery('privacy data OR security');
    expect(q.slots.map((s) => s.term.text)).toEqual(['privacy', 'data', 'security']);
    expect(q.clauses).toEqual([[[0]], [[1], [2]]]);
    expect(q.proximity).toBeNull();
    expect(q.shown).toEqual(['privacy', 'data OR security']);
  });

  it('exclusions are apart, and never searched for', () => {
    const q = parseSearchQuery('data -security -"facial recognition"');
    expect(q.slots.map((s) => s.term.text)).toEqual(['data']);
    expect(q.exclusions.map((unit) => unit.map((s) => s.term.text))).toEqual([['security'], ['facial recognition']]);
  });

  it('a hyphenated word is its words, each also satisfied by the joined spelling', () => {
    const q = parseSearchQuery('e-commerce');
    expect(q.slots.map((s) => [s.term.text, s.alternatives.map((a) => a.text)])).toEqual([
      ['e', ['ecommerce']],
      ['commerce', ['ecommerce']],
    ]);
  });
});

describe('a page of results is in the order of the whole list', () => {
  // Proximity is worked out only where it decides a page's order (lib/search/rank.ts, orderPage).
  it.each(['personal information', 'data security', 'cross border data', 'information security', 'protection of minors', 'generative ai services'])('%s: every page, one after another, is the full list', (q) => {
    const first = run(q);
    expect(first.pages).toBeGreaterThanOrEqual(1);
    const paged: string[] = [];
    for (let p = 1; p <= first.pages; p++) paged.push(...run(q, engine, { page: String(p) }).hits.map((h) => h.doc.slug));
    expect(paged).toEqual(slugs(q));
  });
});
