import { describe, expect, it } from 'vitest';
import { PER_PAGE, SearchEngine } from '@/lib/search/engine';
import { parseSearchParams } from '@/lib/search/params';
import { normalise } from '@/lib/search/text';
import type { SearchResult } from '@/lib/search/types';
import { CORPUS, DOCS, KNOWN, TODAY, indexedTexts } from '../fixtures/search/corpus';

const engine = new SearchEngine(CORPUS);

function run(qs: string, today = TODAY): SearchResult {
  const { filters, problems } = parseSearchParams(new URLSearchParams(qs), KNOWN);
  expect(problems, `the table's own query string ${qs} should be valid`).toEqual([]);
  return engine.search(filters, today);
}

/** Every result of a search, all pages. */
function everySlug(qs: string, today = TODAY): string[] {
  const first = run(qs, today);
  const out = first.hits.map((h) => h.doc.slug);
  for (let p = 2; p <= first.pages; p++) out.push(...run(`${qs}&page=${p}`, today).hits.map((h) => h.doc.slug));
  return out;
}

type Row = {
  name: string;
  /** URLSearchParams form. */
  qs: string;
  today?: string;
  /** The exact hits of the requested page, in order. */
  order?: string[];
  /** The results (all pages) as a set, where order is not the point. */
  set?: string[];
  /** Defaults to the length of order/set. */
  total?: number;
  /** Defaults to null. */
  suggestion?: string;
  /** Defaults to [] (asserted as {param, total} pairs, in order). */
  relaxations?: { param: string; total: number }[];
};

// Expectations follow from the spec and from where the fixture places each word (see the header of
// tests/fixtures/search/corpus.ts); they were computed with a separate, naive implementation of the
// spec (a linear scan) rather than copied from the engine's output, and spot-checked by hand.
const ROWS: Row[] = [
  { name: 'English word: title match ranks above body-only matches, body ties newest first', qs: 'q=watermark', order: ['tc260-genai-labeling-guide', 'beijing-ai-image-case', 'generative-ai-measures', 'deep-synthesis-provisions'] },
  { name: 'case-insensitive', qs: 'q=WATERMARK', order: ['tc260-genai-labeling-guide', 'beijing-ai-image-case', 'generative-ai-measures', 'deep-synthesis-provisions'] },
  { name: 'full-width letters are read as ASCII (NFKC)', qs: 'q=ＳＡＭＲ', order: ['samr-price-discrimination-penalty', 'pi-export-certification', 'samr-ad-compliance-guide', 'algorithm-recommendation-provisions', 'tc260-pi-security-spec'] },
  { name: 'several words: only the entries with every term (the one with both)', qs: 'q=watermark copyright', order: ['beijing-ai-image-case'] },
  { name: 'prefix: a 3+ letter word matches the words it begins', qs: 'q=biometr', set: ['facial-recognition-measures', 'hangzhou-face-recognition-case', 'spc-face-interpretation'] },
  { name: 'prefix inside issuer aliases (Cyberspace) under a category filter', qs: 'q=cyber&category=enforcement', order: ['shanghai-data-export-penalty', 'qinglang-minors-campaign', 'zhejiang-app-notice', 'didi-cybersecurity-penalty'] },
  { name: 'typo: one insertion away (generatve -> generative)', qs: 'q=generatve', order: ['tc260-genai-security-requirements', 'shanghai-genai-filing-notice', 'tc260-genai-labeling-guide', 'generative-ai-measures', 'generative-ai-measures-draft', 'beijing-ai-image-case'], suggestion: 'generative' },
  { name: 'typo: one letter missing (algoritms -> algorithms)', qs: 'q=algoritms', order: ['deep-synthesis-provisions', 'algorithm-recommendation-provisions', 'samr-price-discrimination-penalty'], suggestion: 'algorithms' },
  { name: 'typo: personl -> personal, within judgments', qs: 'q=personl&category=judgment', order: ['chongzhou-protection-order', 'spc-pi-typical-cases', 'hangzhou-face-recognition-case'], suggestion: 'personal' },
  { name: 'a 4-letter word is never typo-corrected', qs: 'q=daat', order: [], relaxations: [{ param: 'q', total: 50 }] },
  { name: 'phrase: adjacent words in order', qs: 'q="deep synthesis"', order: ['deep-synthesis-provisions', 'generative-ai-measures'] },
  { name: 'the same words unquoted also match non-adjacent occurrences', qs: 'q=deep synthesis', order: ['deep-synthesis-provisions', 'generative-ai-measures', 'hangzhou-virtual-human-case'] },
  { name: 'phrase in curly quotes', qs: 'q=“deep synthesis”', order: ['deep-synthesis-provisions', 'generative-ai-measures'] },
  { name: 'phrase with a stop word inside it', qs: 'q="protection of minors"', order: ['minors-online-protection-regulations'] },
  { name: 'a quoted single word matches exactly: no prefix', qs: 'q="cyber"', order: ['cac-children-pi-provisions'] },
  { name: 'a phrase never spans two fields (title | short name)', qs: 'q="online minors"', order: [], relaxations: [{ param: 'q', total: 50 }] },
  { name: 'a phrase never spans two fields (issuer name | abbreviation)', qs: 'q="china cac"', order: [], relaxations: [{ param: 'q', total: 50 }] },
  { name: 'a quoted Chinese run never spans two fields (国家互联网信息办公室 | 网信办)', qs: 'q="室网"', order: [], relaxations: [{ param: 'q', total: 50 }] },
  { name: 'unquoted, the same Chinese run finds nothing either', qs: 'q=室网', order: [], relaxations: [{ param: 'q', total: 50 }] },
  { name: 'stop words only: the stop word is searched', qs: 'q=into', order: ['pipl', 'data-security-law'] },
  { name: 'stop words are ignored next to other words', qs: 'q=into watermark', order: ['tc260-genai-labeling-guide', 'beijing-ai-image-case', 'generative-ai-measures', 'deep-synthesis-provisions'] },
  { name: 'Chinese: start of a title (数据出境安全评估办法)', qs: 'q=数据出境', order: ['cross-border-data-guide-v2', 'shanghai-data-export-penalty', 'zhejiang-export-filing-guide', 'data-export-assessment-measures'] },
  { name: 'Chinese: middle of a title', qs: 'q=出境安全', order: ['cross-border-data-guide-v2', 'data-export-assessment-measures', 'shanghai-data-export-penalty'] },
  { name: 'Chinese: end of a title', qs: 'q=评估办法', order: ['data-export-assessment-measures'] },
  { name: 'Chinese: middle of 个人信息出境认证办法', qs: 'q=出境认证', order: ['pi-export-certification'] },
  { name: 'Chinese: a non-contiguous pair finds nothing (数要 vs 数据要素)', qs: 'q=数要', order: [], relaxations: [{ param: 'q', total: 50 }] },
  { name: 'Chinese: a single character (藏, in the topic label 数字藏品)', qs: 'q=藏', order: ['hangzhou-nft-case'] },
  { name: 'mixed English and Chinese split into terms, both required (SAMR 出境)', qs: 'q=SAMR 出境', order: ['pi-export-certification'] },
  { name: 'mixed without a space (SAMR出境)', qs: 'q=SAMR出境', order: ['pi-export-certification'] },
  { name: 'authority alias in English (Office of the Central Cyberspace Affairs Commission)', qs: 'q=affairs', set: ['algorithm-recommendation-provisions', 'automotive-data-provisions', 'cac-children-pi-provisions', 'cross-border-data-guide-v2', 'cross-border-data-provisions', 'data-export-assessment-measures', 'data-security-measures-draft', 'deep-synthesis-provisions', 'didi-cybersecurity-penalty', 'facial-recognition-measures', 'generative-ai-measures', 'generative-ai-measures-draft', 'network-data-regulations-draft', 'pi-export-certification', 'qinglang-minors-campaign', 'security-review-measures-2020', 'security-review-measures-2021'] },
  { name: 'authority alias in Chinese (国家网信办)', qs: 'q=国家网信办', set: ['algorithm-recommendation-provisions', 'automotive-data-provisions', 'cac-children-pi-provisions', 'cross-border-data-guide-v2', 'cross-border-data-provisions', 'data-export-assessment-measures', 'data-security-measures-draft', 'deep-synthesis-provisions', 'didi-cybersecurity-penalty', 'facial-recognition-measures', 'generative-ai-measures', 'generative-ai-measures-draft', 'network-data-regulations-draft', 'pi-export-certification', 'qinglang-minors-campaign', 'security-review-measures-2020', 'security-review-measures-2021'] },
  { name: 'authority alias in Chinese (工信部)', qs: 'q=工信部', order: ['generative-ai-measures', 'miit-data-security-measures', 'deep-synthesis-provisions', 'algorithm-recommendation-provisions', 'security-review-measures-2021', 'automotive-data-provisions', 'security-review-measures-2020', 'miit-app-rectification-2019'] },
  { name: 'authority abbreviation (SAMR)', qs: 'q=SAMR', order: ['samr-price-discrimination-penalty', 'pi-export-certification', 'samr-ad-compliance-guide', 'algorithm-recommendation-provisions', 'tc260-pi-security-spec'] },
  { name: 'authority full Chinese name (最高人民法院)', qs: 'q=最高人民法院', order: ['spc-pi-typical-cases', 'spc-face-interpretation'] },
  { name: 'authority English name word (Standardization)', qs: 'q=Standardization', set: ['tc260-cross-border-certification-guide', 'tc260-cross-border-certification-guide-v2', 'tc260-data-classification-draft', 'tc260-genai-labeling-guide', 'tc260-genai-security-requirements', 'tc260-pi-security-spec', 'tc260-terminology-draft'] },
  { name: 'document number', qs: 'q=0192', order: ['hangzhou-virtual-human-case', 'hangzhou-nft-case'] },
  { name: 'issuers_note', qs: 'q=departments', order: ['generative-ai-measures', 'security-review-measures-2021', 'automotive-data-provisions', 'security-review-measures-2020'] },
  { name: 'short name', qs: 'q=PIPL', order: ['pipl', 'spc-pi-typical-cases'] },
  { name: 'filter: issuer', qs: 'issuer=miit', order: ['generative-ai-measures', 'miit-data-security-measures', 'deep-synthesis-provisions', 'algorithm-recommendation-provisions', 'security-review-measures-2021', 'automotive-data-provisions', 'security-review-measures-2020', 'miit-app-rectification-2019'] },
  { name: 'filter: category', qs: 'category=judgment', order: ['beijing-ai-image-case', 'chongzhou-protection-order', 'spp-minors-cases', 'hangzhou-virtual-human-case', 'spc-pi-typical-cases', 'hangzhou-nft-case', 'hangzhou-face-recognition-case'] },
  { name: 'filter: from (inclusive)', qs: 'from=2024-01-01', order: ['ndrc-public-data-opinions', 'pudong-app-inspection', 'facial-recognition-measures', 'cross-border-data-guide-v2', 'cross-border-data-provisions', 'pi-export-certification', 'tc260-genai-security-requirements', 'shanghai-genai-filing-notice', 'shanghai-data-export-penalty'] },
  { name: 'filter: to (inclusive)', qs: 'to=2019-12-31', order: ['tc260-terminology-draft', 'miit-app-rectification-2019', 'cac-children-pi-provisions', 'data-security-measures-draft'] },
  { name: 'filter: from and to, both ends inclusive', qs: 'from=2022-11-25&to=2022-12-19', order: ['data-elements-opinions', 'tc260-cross-border-certification-guide-v2', 'miit-data-security-measures', 'beijing-digital-economy-regulations', 'deep-synthesis-provisions'] },
  { name: 'filter: topic', qs: 'topic=minors', order: ['minors-online-protection-regulations', 'qinglang-minors-campaign', 'spp-minors-cases', 'cac-children-pi-provisions'] },
  { name: 'filter: topics are OR within the kind', qs: 'topic=minors,automotive-data', order: ['minors-online-protection-regulations', 'qinglang-minors-campaign', 'spp-minors-cases', 'automotive-data-provisions', 'cac-children-pi-provisions'] },
  { name: 'filter: status repealed', qs: 'status=repealed', order: ['tc260-cross-border-certification-guide', 'security-review-measures-2020'] },
  { name: 'filter: status not yet in force', qs: 'status=not-yet-in-force', order: ['facial-recognition-measures', 'pi-export-certification'] },
  { name: 'filter: status not yet in force, a month later', qs: 'status=not-yet-in-force', today: '2024-07-01', order: ['facial-recognition-measures'] },
  { name: 'filter: status not yet in force, before the 2021 review measures took effect', qs: 'status=not-yet-in-force', today: '2022-02-14', order: ['facial-recognition-measures', 'cross-border-data-provisions', 'pi-export-certification', 'minors-online-protection-regulations', 'generative-ai-measures', 'miit-data-security-measures', 'beijing-digital-economy-regulations', 'deep-synthesis-provisions', 'data-export-assessment-measures', 'algorithm-recommendation-provisions', 'security-review-measures-2021'] },
  { name: 'filter: status repealed, before the 2020 review measures were repealed', qs: 'status=repealed', today: '2022-02-14', order: [], relaxations: [{ param: 'status', total: 50 }] },
  { name: 'filter: status draft for comment', qs: 'status=draft-for-comment', order: ['tc260-data-classification-draft', 'generative-ai-measures-draft', 'network-data-regulations-draft', 'tc260-terminology-draft', 'data-security-measures-draft'] },
  { name: 'filter: enforcement actions never have a status', qs: 'status=in-force&category=enforcement', order: [], relaxations: [{ param: 'category', total: 26 }, { param: 'status', total: 8 }] },
  { name: 'filter: jurisdiction, case-insensitive', qs: 'jurisdiction=shanghai', order: ['pudong-app-inspection', 'shanghai-genai-filing-notice', 'shanghai-data-export-penalty', 'pudong-data-trading-guidelines', 'shanghai-data-regulations'] },
  { name: 'filter: jurisdiction is exact, not a prefix', qs: 'jurisdiction=Shang', order: [], relaxations: [{ param: 'jurisdiction', total: 50 }] },
  { name: 'filter: edition', qs: 'edition=2023-01', order: ['data-elements-opinions', 'tc260-cross-border-certification-guide-v2', 'miit-data-security-measures', 'beijing-digital-economy-regulations', 'deep-synthesis-provisions'] },
  { name: 'filters combined: issuer AND category AND date', qs: 'issuer=cac&category=regulation&from=2023-01-01', order: ['facial-recognition-measures', 'cross-border-data-provisions', 'pi-export-certification', 'generative-ai-measures', 'generative-ai-measures-draft'] },
  { name: 'filters combined: two categories OR, AND a date', qs: 'category=standard&category=judgment&from=2023-06-01', order: ['cross-border-data-guide-v2', 'tc260-genai-security-requirements', 'beijing-ai-image-case', 'pudong-data-trading-guidelines', 'chongzhou-protection-order', 'tc260-genai-labeling-guide', 'tc260-data-classification-draft', 'spp-minors-cases'] },
  { name: 'filters combined with a query', qs: 'q=cross-border&issuer=cac', order: ['cross-border-data-guide-v2', 'cross-border-data-provisions', 'pi-export-certification', 'data-export-assessment-measures', 'network-data-regulations-draft'] },
  { name: 'local offices: without local=1 only the authority itself', qs: 'issuer=cac', set: ['algorithm-recommendation-provisions', 'automotive-data-provisions', 'cac-children-pi-provisions', 'cross-border-data-guide-v2', 'cross-border-data-provisions', 'data-export-assessment-measures', 'data-security-measures-draft', 'deep-synthesis-provisions', 'didi-cybersecurity-penalty', 'facial-recognition-measures', 'generative-ai-measures', 'generative-ai-measures-draft', 'network-data-regulations-draft', 'pi-export-certification', 'qinglang-minors-campaign', 'security-review-measures-2020', 'security-review-measures-2021'] },
  { name: 'local offices: local=1 adds every office, any depth', qs: 'issuer=cac&local=1', set: ['algorithm-recommendation-provisions', 'automotive-data-provisions', 'beijing-app-rectification', 'cac-children-pi-provisions', 'cross-border-data-guide-v2', 'cross-border-data-provisions', 'data-export-assessment-measures', 'data-security-measures-draft', 'deep-synthesis-provisions', 'didi-cybersecurity-penalty', 'facial-recognition-measures', 'generative-ai-measures', 'generative-ai-measures-draft', 'network-data-regulations-draft', 'pi-export-certification', 'pudong-app-inspection', 'pudong-data-trading-guidelines', 'qinglang-minors-campaign', 'security-review-measures-2020', 'security-review-measures-2021', 'shanghai-data-export-penalty', 'shanghai-genai-filing-notice', 'zhejiang-app-notice', 'zhejiang-export-filing-guide'] },
  { name: 'local offices: a city office alone', qs: 'issuer=cac-shanghai', order: ['shanghai-genai-filing-notice', 'shanghai-data-export-penalty'] },
  { name: 'local offices: a city office with its district office (grandchild of cac)', qs: 'issuer=cac-shanghai&local=1', order: ['pudong-app-inspection', 'shanghai-genai-filing-notice', 'shanghai-data-export-penalty', 'pudong-data-trading-guidelines'] },
  { name: 'local offices: an office without offices', qs: 'issuer=cac-pudong&local=1', order: ['pudong-app-inspection', 'pudong-data-trading-guidelines'] },
  { name: 'issuers are OR within the kind', qs: 'issuer=cac-zhejiang,cac-beijing', order: ['beijing-app-rectification', 'zhejiang-app-notice', 'zhejiang-export-filing-guide'] },
  { name: 'paging: page 1 of everything', qs: 'page=1', order: ['ndrc-public-data-opinions', 'pudong-app-inspection', 'facial-recognition-measures', 'cross-border-data-guide-v2', 'cross-border-data-provisions', 'pi-export-certification', 'tc260-genai-security-requirements', 'shanghai-genai-filing-notice', 'shanghai-data-export-penalty', 'beijing-ai-image-case', 'pudong-data-trading-guidelines', 'minors-online-protection-regulations', 'beijing-app-rectification', 'chongzhou-protection-order', 'tc260-genai-labeling-guide', 'tc260-data-classification-draft', 'qinglang-minors-campaign', 'generative-ai-measures', 'spp-minors-cases', 'zhejiang-app-notice'], total: 50 },
  { name: 'paging: page 2', qs: 'page=2', order: ['hangzhou-virtual-human-case', 'generative-ai-measures-draft', 'zhejiang-export-filing-guide', 'samr-ad-compliance-guide', 'data-elements-opinions', 'tc260-cross-border-certification-guide-v2', 'miit-data-security-measures', 'beijing-digital-economy-regulations', 'deep-synthesis-provisions', 'didi-cybersecurity-penalty', 'data-export-assessment-measures', 'spc-pi-typical-cases', 'tc260-cross-border-certification-guide', 'hangzhou-nft-case', 'algorithm-recommendation-provisions', 'security-review-measures-2021', 'shanghai-data-regulations', 'network-data-regulations-draft', 'samr-price-discrimination-penalty', 'pipl'], total: 50 },
  { name: 'paging: page 3 has the rest', qs: 'page=3', order: ['automotive-data-provisions', 'spc-face-interpretation', 'data-security-law', 'hangzhou-face-recognition-case', 'security-review-measures-2020', 'tc260-pi-security-spec', 'tc260-terminology-draft', 'miit-app-rectification-2019', 'cac-children-pi-provisions', 'data-security-measures-draft'], total: 50 },
  { name: 'paging: past the end, no hits and the same total', qs: 'page=4', order: [], total: 50 },
  { name: 'paging with a query: page 2 has the rest', qs: 'q=cac&page=2', order: ['automotive-data-provisions', 'security-review-measures-2020', 'cac-children-pi-provisions', 'data-security-measures-draft'], total: 24 },
  { name: 'sort: oldest', qs: 'q=watermark&sort=oldest', order: ['deep-synthesis-provisions', 'generative-ai-measures', 'tc260-genai-labeling-guide', 'beijing-ai-image-case'] },
  { name: 'sort: newest', qs: 'q=watermark&sort=newest', order: ['beijing-ai-image-case', 'tc260-genai-labeling-guide', 'generative-ai-measures', 'deep-synthesis-provisions'] },
  { name: 'sort: oldest without a query', qs: 'sort=oldest&category=enforcement', order: ['miit-app-rectification-2019', 'samr-price-discrimination-penalty', 'didi-cybersecurity-penalty', 'zhejiang-app-notice', 'qinglang-minors-campaign', 'beijing-app-rectification', 'shanghai-data-export-penalty', 'pudong-app-inspection'] },
  { name: 'sort: relevance without a query behaves as newest', qs: 'sort=relevance&category=enforcement', order: ['pudong-app-inspection', 'shanghai-data-export-penalty', 'beijing-app-rectification', 'qinglang-minors-campaign', 'zhejiang-app-notice', 'didi-cybersecurity-penalty', 'samr-price-discrimination-penalty', 'miit-app-rectification-2019'] },
  { name: 'ranking: equal matches on the same day, slug ascending', qs: 'from=2024-03-22&to=2024-03-22', order: ['cross-border-data-guide-v2', 'cross-border-data-provisions'] },
  { name: 'ranking: tier 1 (issuer) above tier 2 (body)', qs: 'q=review', order: ['security-review-measures-2021', 'security-review-measures-2020', 'didi-cybersecurity-penalty', 'data-security-law'] },
  { name: 'ranking: body-only matches, newest first', qs: 'q=exchanges', order: ['pudong-data-trading-guidelines', 'data-elements-opinions', 'beijing-digital-economy-regulations'] },
  { name: 'relaxations: nothing matches; only dropping q would help', qs: 'q=watermark&category=enforcement&from=2024-01-01', order: [], relaxations: [{ param: 'q', total: 2 }] },
  { name: 'relaxations: several filters', qs: 'q=watermark&category=judgment&jurisdiction=Shanghai', order: [], relaxations: [{ param: 'jurisdiction', total: 1 }] },
  { name: 'relaxations: typo suggestion on an empty result', qs: 'q=watermerk&category=enforcement', order: [], suggestion: 'watermark', relaxations: [{ param: 'q', total: 8 }, { param: 'category', total: 2 }] },
  { name: 'filter: status repealed on the day of repeal', qs: 'status=repealed', today: '2022-02-15', order: ['security-review-measures-2020'] },
  { name: 'filter: status in force from the day it takes effect', qs: 'q=review&status=in-force', today: '2022-02-15', order: ['security-review-measures-2021', 'data-security-law'] },
  { name: 'filter: status in force the day before it takes effect', qs: 'q=review&status=in-force', today: '2022-02-14', order: ['security-review-measures-2020', 'data-security-law'] },
];

describe('SearchEngine: the table', () => {
  it(`has at least 35 cases (${ROWS.length}) over a corpus of at least 44 entries (${DOCS.length})`, () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(35);
    expect(DOCS.length).toBeGreaterThanOrEqual(44);
  });

  it.each(ROWS.map((row) => [`${row.qs}${row.today ? ` (today ${row.today})` : ''}: ${row.name}`, row] as const))('%s', (_, row) => {
    const result = run(row.qs, row.today);
    if (row.order) {
      expect(result.hits.map((h) => h.doc.slug)).toEqual(row.order);
      expect(result.total).toBe(row.total ?? row.order.length);
    } else {
      const all = everySlug(row.qs, row.today);
      expect([...all].sort()).toEqual([...row.set!].sort());
      expect(all.length, 'no entry appears twice').toBe(new Set(all).size);
      expect(result.total).toBe(row.total ?? row.set!.length);
    }
    expect(result.per).toBe(PER_PAGE);
    expect(result.pages).toBe(Math.max(1, Math.ceil(result.total / PER_PAGE)));
    expect(result.suggestion).toBe(row.suggestion ?? null);
    expect(result.relaxations.map(({ param, total }) => ({ param, total }))).toEqual(row.relaxations ?? []);
  });
});

describe('SearchEngine: results and statuses', () => {
  it('gives each hit its status derived with the injected today (null for enforcement and judgments)', () => {
    const hitStatus = (qs: string, slug: string, today = TODAY) => {
      for (let p = 1; ; p++) {
        const r = run(`${qs}&page=${p}`, today);
        const hit = r.hits.find((h) => h.doc.slug === slug);
        if (hit) return hit.status;
        if (p >= r.pages) throw new Error(`${slug} not found`);
      }
    };
    expect(hitStatus('sort=newest', 'pi-export-certification')).toBe('not-yet-in-force');
    expect(hitStatus('sort=newest', 'pi-export-certification', '2024-07-01')).toBe('in-force');
    expect(hitStatus('sort=newest', 'security-review-measures-2020')).toBe('repealed');
    expect(hitStatus('sort=newest', 'security-review-measures-2020', '2022-02-14')).toBe('in-force');
    expect(hitStatus('sort=newest', 'generative-ai-measures-draft')).toBe('draft-for-comment');
    expect(hitStatus('sort=newest', 'automotive-data-provisions')).toBe('in-force');
    expect(hitStatus('sort=newest', 'didi-cybersecurity-penalty')).toBeNull();
    expect(hitStatus('sort=newest', 'beijing-ai-image-case')).toBeNull();
  });

  it('returns every entry exactly once across all pages', () => {
    const all = everySlug('');
    expect(all).toHaveLength(DOCS.length);
    expect(new Set(all).size).toBe(DOCS.length);
  });

  it('ignores stop words next to other words: "the", "of" and "for" change nothing', () => {
    for (const [withStops, without] of [
      ['q=the watermark', 'q=watermark'],
      ['q=protection of minors', 'q=protection minors'],
      ['q=for the review of data', 'q=review data'],
      ['q=THE Copyright', 'q=copyright'],
    ] as const) {
      expect(everySlug(withStops), withStops).toEqual(everySlug(without));
    }
  });

  it('a typo in a longer query: the suggestion corrects that word, keeps the rest, and finds the same entries', () => {
    expect(run('q=generatve watermark').suggestion).toBe('generative watermark');
    expect(run('q="deep synthesis" generatve').suggestion).toBe('"deep synthesis" generative');
    expect(everySlug('q=generatve watermark')).toEqual(everySlug('q=generative watermark'));
    expect(run('q=generative watermark').suggestion).toBeNull();
    // The suggestion is the query as typed, one word replaced: case and stop words stay.
    expect(run('q=Protection of Personl Information').suggestion).toBe('Protection of personal Information');
  });

  it('a typo matches the words one edit away, not the words they begin (watermerk: watermark, not watermarks)', () => {
    expect(everySlug('q=watermerk')).toEqual(['beijing-ai-image-case', 'generative-ai-measures']);
    expect(run('q=watermerk').suggestion).toBe('watermark');
  });

  it('a prefix finds every word it begins, however many there are (q=pro)', () => {
    // Linear scan: every entry with an indexed word starting "pro".
    const expected = DOCS.filter((d) => indexedTexts(d).some((t) => /(?<![\p{L}\p{N}])pro/u.test(normalise(t)))).map((d) => d.slug);
    expect(expected).toContain('spp-minors-cases'); // only through "Supreme People's Procuratorate"
    expect(expected.length).toBeGreaterThan(20);
    expect(everySlug('q=pro').sort()).toEqual(expected.sort());
  });

  it('a prefix finds an entry whose only matching word is in its issuer name (q=pro finds the SPP cases)', () => {
    expect(everySlug('q=procuratorate')).toEqual(['spp-minors-cases']);
    expect(everySlug('q=pro')).toContain('spp-minors-cases');
  });
});

describe('SearchEngine: facets (each under every other filter)', () => {
  it('q=watermark: counts of the matching entries', () => {
    expect(run('q=watermark').facets).toEqual({
      category: { regulation: 2, standard: 1, enforcement: 0, judgment: 1 },
      issuer: { cac: 2, ndrc: 1, miit: 2, mps: 1, tc260: 1, 'beijing-internet-court': 1 },
      topic: { 'generative-ai': 3, ai: 1, algorithms: 1, 'online-content': 1, standards: 1, 'intellectual-property': 1 },
      status: { 'in-force': 3 },
      year: { '2022': 1, '2023': 3 },
    });
  });

  it('category=judgment&from=2023-01-01: the category facet ignores the category filter, the year facet ignores the dates', () => {
    expect(run('category=judgment&from=2023-01-01').facets).toEqual({
      category: { regulation: 8, standard: 7, enforcement: 5, judgment: 4 },
      issuer: { 'hangzhou-internet-court': 1, 'beijing-internet-court': 1, spp: 1, 'chongzhou-court': 1 },
      topic: { 'intellectual-property': 2, ai: 1, 'generative-ai': 1, minors: 1, 'judicial-practice': 1, 'personal-information': 1 },
      status: {},
      year: { '2020': 1, '2022': 2, '2023': 4 },
    });
  });

  it('issuer=tc260&status=in-force: the issuer facet ignores the issuer filter, the status facet the status filter', () => {
    expect(run('issuer=tc260&status=in-force').facets).toEqual({
      category: { regulation: 0, standard: 4, enforcement: 0, judgment: 0 },
      issuer: {
        npcsc: 2, cac: 9, ndrc: 4, miit: 6, mps: 2, samr: 3, 'cpc-central-committee': 1, 'state-council': 2, 'shanghai-npcsc': 1,
        'cac-shanghai': 1, 'beijing-npcsc': 1, spc: 1, 'cac-pudong': 1, 'cac-zhejiang': 1, tc260: 4,
      },
      topic: { 'personal-information': 2, standards: 3, 'generative-ai': 2, 'cross-border-data': 1 },
      status: { 'in-force': 4, 'draft-for-comment': 2, repealed: 1 },
      year: { '2020': 1, '2022': 1, '2023': 1, '2024': 1 },
    });
  });

  it('issuer=cac&local=1&category=enforcement&from=2023-01-01: issuer facet lists direct issuers only', () => {
    expect(run('issuer=cac&local=1&category=enforcement&from=2023-01-01').facets).toEqual({
      category: { regulation: 6, standard: 3, enforcement: 5, judgment: 0 },
      issuer: { cac: 1, 'cac-zhejiang': 1, 'cac-shanghai': 1, 'cac-beijing': 1, 'cac-pudong': 1 },
      topic: { minors: 1, 'online-content': 1, 'personal-information': 3, 'cross-border-data': 1 },
      status: {},
      year: { '2022': 1, '2023': 3, '2024': 2 },
    });
  });

  it('an empty result still lists all four categories, at 0', () => {
    expect(run('q=watermark&category=judgment&jurisdiction=Shanghai').facets).toEqual({
      category: { regulation: 0, standard: 0, enforcement: 0, judgment: 0 },
      issuer: {},
      topic: {},
      status: {},
      year: {},
    });
  });
});

describe('SearchEngine: snippets', () => {
  const marked = (qs: string, slug: string) => {
    const hit = run(qs).hits.find((h) => h.doc.slug === slug);
    if (!hit) throw new Error(`${slug} is not a hit of ${qs}`);
    return hit.snippet.filter((p) => p.mark).map((p) => p.text);
  };

  it("a prefix marks the whole word: 'cyber' marks 'Cybersecurity'", () => {
    expect(marked('q=cyber&category=enforcement', 'didi-cybersecurity-penalty')).toEqual(['Cybersecurity']);
    expect(marked('q=CYBER&category=enforcement', 'didi-cybersecurity-penalty')).toEqual(['Cybersecurity']);
  });

  it('marks the corrected word of a typo, phrases as a whole, and Chinese substrings', () => {
    expect(marked('q=generatve', 'generative-ai-measures')).toEqual(['generative']);
    expect(marked('q=personl&category=judgment', 'chongzhou-protection-order')).toEqual(['personal']);
    expect(marked('q="deep synthesis"', 'generative-ai-measures')).toEqual(['deep synthesis']);
    expect(marked('q="deep synthesis"', 'deep-synthesis-provisions')).toEqual(['Deep synthesis']);
    expect(marked('q=出境安全', 'shanghai-data-export-penalty')).toEqual(['出境安全']);
    expect(marked('q=watermark', 'deep-synthesis-provisions')).toEqual(['watermarks']);
  });

  it('in a long body, shows a window around the match with an ellipsis before it', () => {
    const hit = run('q=protocol').hits.find((h) => h.doc.slug === 'tc260-terminology-draft')!;
    expect(hit.snippet[0]!.text.startsWith('… ')).toBe(true);
    expect(hit.snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(['protocol', 'protocols']);
  });

  it.each(['q=watermark', 'q=cyber&category=enforcement', 'q=biometr', 'q=generatve', 'q="deep synthesis"', 'q=出境安全', 'q=copyright', 'q=review'])(
    'every marked part of every hit contains a query word, case-insensitively: %s',
    (qs) => {
      const words = ['watermark', 'cyber', 'biometr', 'generative', 'deep synthesis', '出境安全', 'copyright', 'review'];
      for (const hit of run(qs).hits) {
        for (const part of hit.snippet.filter((p) => p.mark)) {
          expect(words.some((w) => normalise(part.text).includes(w)), `${hit.doc.slug}: ${part.text}`).toBe(true);
        }
      }
    },
  );

  it.each(['q=watermark', 'q="deep synthesis"', 'q=copyright', 'q=biometr', 'q=court', 'q=exchanges'])(
    'a snippet is the body text (or a window of whole words of it, with … where text was left out): %s',
    (qs) => {
      for (const hit of run(qs).hits) {
        const body = `${hit.doc.summary} ${hit.doc.bodyText}`;
        const text = hit.snippet.map((p) => p.text).join('');
        const inner = text.replace(/^… /, '').replace(/ …$/, '');
        expect(body.replace(/\s+/g, ' ')).toContain(inner);
        const at = hit.doc.bodyText.replace(/\s+/g, ' ').indexOf(inner);
        const startsAtWord = at <= 0 || !/[\p{L}\p{N}]/u.test(hit.doc.bodyText.replace(/\s+/g, ' ')[at - 1]!);
        expect(startsAtWord, `${hit.doc.slug}: snippet begins inside a word: "${text.slice(0, 30)}"`).toBe(true);
        if (at > 0) expect(text.startsWith('… '), `${hit.doc.slug}: text left out before "${text.slice(0, 30)}" without an ellipsis`).toBe(true);
      }
    },
  );
});
