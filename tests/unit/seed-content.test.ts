import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent, countCatalogue } from '@/lib/content/check';
import type { Catalogue, Entry } from '@/lib/content/types';
import { SEED_CONTENT } from './helpers/fixtures';

const SEED_DIGEST = '/work/shared/seeds/000_27c00102305825ef.txt';

async function loadSeed(): Promise<Catalogue> {
  const result = await checkContent(SEED_CONTENT);
  if (!result.ok) throw new Error(`content/ does not load:\n${result.problems.map((p) => `${p.file}:${p.line}: ${p.key}: ${p.message}`).join('\n')}`);
  return result.catalogue;
}
const catalogue = await loadSeed();
const entry = (slug: string): Entry => {
  const found = catalogue.entries.find((e) => e.slug === slug);
  if (!found) throw new Error(`no entry '${slug}'`);
  return found;
};

/** The seed digest's four parts, in its own numbering: [slug, category, order]. */
const SEED_ORDER: [string, Entry['category'], number][] = [
  // Part I – Regulations, Policies & Judiciary Interpretations
  ['twenty-data-measures', 'regulation', 1],
  ['spc-opinions-judicial-ai', 'regulation', 2],
  ['miit-data-security-measures', 'regulation', 3],
  ['nea-power-cybersecurity-measures', 'regulation', 4],
  ['shanghai-public-data-access-rules', 'regulation', 5],
  ['beijing-digital-economy-regulations', 'regulation', 6],
  // Part II – Sectorial Standards & Practice Guidance
  ['tc260-cross-border-pi-certification-v2', 'standard', 1],
  ['tc260-vehicle-exterior-image-anonymisation-draft', 'standard', 2],
  ['tc260-industrial-internet-data-protection-draft', 'standard', 3],
  ['data-security-industry-guiding-opinions', 'standard', 4],
  ['samr-absolute-terms-advertising-guidelines-draft', 'standard', 5],
  ['cac-zhejiang-outbound-data-declaration-guidelines', 'standard', 6],
  // Part III – Enforcement Highlights
  ['cac-mobile-apps-clean-up-campaign', 'enforcement', 1],
  ['chongzhou-personal-safety-protection-order', 'enforcement', 2],
  // Part IV – Court Judgments
  ['spc-guiding-cases-personal-information', 'judgment', 1],
  ['hangzhou-internet-court-nft-virtual-property', 'judgment', 2],
];

describe('the seed content in content/', () => {
  it('loads without a single problem', async () => {
    expect((await checkContent(SEED_CONTENT)).problems).toEqual([]);
  });

  it('has 1 edition, 16 entries, 15 authorities and 26 topics', () => {
    expect(countCatalogue(catalogue)).toEqual({ editions: 1, entries: 16, drafts: 0, authorities: 15, topics: 26 });
    expect(catalogue.editions.map((e) => e.id)).toEqual(['2023-01']);
  });

  it('files every entry in the seed digest part and position it has there', () => {
    const actual = catalogue.entries
      .map((e): [string, string, number | null, string | null] => [e.slug, e.category, e.order, e.edition])
      .sort((a, b) => a[0].localeCompare(b[0]));
    const expected = SEED_ORDER.map(([slug, category, order]): [string, string, number | null, string | null] => [slug, category, order, '2023-01']).sort(
      (a, b) => a[0].localeCompare(b[0]),
    );
    expect(actual).toEqual(expected);
  });

  it('keeps every entry file directly under entries/2023-01/', () => {
    expect(catalogue.entries.map((e) => e.file).sort()).toEqual(SEED_ORDER.map(([slug]) => `entries/2023-01/${slug}.md`).sort());
  });

  it('covers the period of the seed digest', () => {
    expect(catalogue.editions[0]).toMatchObject({
      title: 'Highlights in Recent China TMT Law and Practices',
      periodStart: '2022-12-01',
      periodEnd: '2023-01-31',
    });
  });

  it('marks the MIIT Measures "for trial implementation"', () => {
    expect(entry('miit-data-security-measures')).toMatchObject({ trial: true, short: 'MIIT Measures', issued: '2022-12-08', issuers: ['miit'] });
    expect(catalogue.entries.filter((e) => e.trial).map((e) => e.slug)).toEqual(['miit-data-security-measures']);
  });

  it('marks the three items released "for public comment" as drafts, and only those', () => {
    expect(catalogue.entries.filter((e) => e.stage === 'draft').map((e) => e.slug).sort()).toEqual([
      'samr-absolute-terms-advertising-guidelines-draft',
      'tc260-industrial-internet-data-protection-draft',
      'tc260-vehicle-exterior-image-anonymisation-draft',
    ]);
  });

  it('gives the Chongzhou order its case number', () => {
    expect(entry('chongzhou-personal-safety-protection-order')).toMatchObject({
      category: 'enforcement',
      issuers: ['chongzhou-court'],
      issued: '2023-01-01',
      docNumber: '(2023) Sichuan 0184 Civil Protection Order No. 1',
      jurisdiction: 'Sichuan',
    });
  });

  it('names MIIT, CAC and NDRC for the data security industry opinions, and says who is left out', () => {
    expect(entry('data-security-industry-guiding-opinions')).toMatchObject({
      issuers: ['miit', 'cac', 'ndrc'],
      issuersNote: 'and 13 other departments',
      issued: '2023-01-13',
    });
  });

  it('dates the 20 Data Measures 19 December 2022, issued by the CPC Central Committee and the State Council', () => {
    expect(entry('twenty-data-measures')).toMatchObject({
      issued: '2022-12-19',
      short: '20 Data Measures',
      issuers: ['cpc-central-committee', 'state-council'],
    });
  });

  it('gives local offices their parent', () => {
    const parents = Object.fromEntries(catalogue.authorities.filter((a) => a.parent).map((a) => [a.id, a.parent]));
    expect(parents).toEqual({ 'cac-shanghai': 'cac', 'cac-zhejiang': 'cac' });
  });

  it('publishes everything: no drafts (draft: true) in the seed', () => {
    expect(catalogue.entries.some((e) => e.draft)).toBe(false);
  });
});

/**
 * Every date the seed digest states for an item, with the words that state it: the front matter
 * holds exactly these (issued, effective, comment deadline), and no date the seed does not state,
 * except where noted. The seed states no comment deadline for any of its three drafts and no
 * effective date except Beijing's.
 */
const SEED_DATES: { slug: string; says: string[]; issued: string; effective?: string; commentDeadline?: string; note?: string }[] = [
  { slug: 'twenty-data-measures', says: ['On December 19, 2022, the Central Committee of the CPC and the State Council issued'], issued: '2022-12-19' },
  { slug: 'spc-opinions-judicial-ai', says: ['On December 9, 2022, the Supreme People’s Court issued'], issued: '2022-12-09' },
  { slug: 'miit-data-security-measures', says: ['On December 8, 2022, the Ministry of Industry and Information Technology (MIIT) issued'], issued: '2022-12-08' },
  { slug: 'nea-power-cybersecurity-measures', says: ['On December 12, 2022, the National Energy Administration issued'], issued: '2022-12-12' },
  { slug: 'shanghai-public-data-access-rules', says: ['On December 31, 2022, the Shanghai Municipal Commission of Economy and Informatization and CAC, Shanghai Office issued'], issued: '2022-12-31' },
  {
    slug: 'beijing-digital-economy-regulations',
    says: ['On January 1, 2023, the Regulations on the Promotion of Digital Economy in Beijing (the “Regulations") came into effect'],
    issued: '2022-11-25',
    effective: '2023-01-01',
    note: 'the seed does not state when the Regulations were issued: `issued` (required) comes from outside it',
  },
  { slug: 'tc260-cross-border-pi-certification-v2', says: ['On December 16, 2022, the Secretariat of the National Information Security Standardization Technical Committee (TC260) issued'], issued: '2022-12-16' },
  { slug: 'tc260-vehicle-exterior-image-anonymisation-draft', says: ['On January 6, 2023, the Secretariat of the National Information Security Standardization Technical Committee (TC260) issued'], issued: '2023-01-06' },
  { slug: 'tc260-industrial-internet-data-protection-draft', says: ['On December 1, 2022, the Secretariat of the National Information Security Standardization Technical Committee (TC260) issued'], issued: '2022-12-01' },
  { slug: 'data-security-industry-guiding-opinions', says: ['On January 13, 2023, 16 Departments including the MIIT'], issued: '2023-01-13' },
  { slug: 'samr-absolute-terms-advertising-guidelines-draft', says: ['On December 7, 2022, the State Administration for Market Regulations (SAMR) issued'], issued: '2022-12-07' },
  { slug: 'cac-zhejiang-outbound-data-declaration-guidelines', says: ['On January 6, 2023, the CAC, Zhejiang Office issued'], issued: '2023-01-06' },
  { slug: 'cac-mobile-apps-clean-up-campaign', says: ['On December 12, 2022, the CAC kicked off'], issued: '2022-12-12' },
  { slug: 'chongzhou-personal-safety-protection-order', says: ['On January 1, 2023, the Primary People’s Court of Chongzhou City issued'], issued: '2023-01-01' },
  { slug: 'spc-guiding-cases-personal-information', says: ['On December 26, 2022, the Supreme People’s Court issued the 35th batch'], issued: '2022-12-26' },
  { slug: 'hangzhou-internet-court-nft-virtual-property', says: ['On December 5, 2022, the Hangzhou Internet Court released a judgment'], issued: '2022-12-05' },
];

describe('the seed digest’s dates are in the front matter', () => {
  const seed = fs.readFileSync(SEED_DIGEST, 'utf8');

  it('lists every seed item once', () => {
    expect(SEED_DATES.map((d) => d.slug).sort()).toEqual(SEED_ORDER.map(([slug]) => slug).sort());
  });

  it.each(SEED_DATES)('$slug: the dates the seed states, and no other', ({ slug, says, issued, effective, commentDeadline }) => {
    for (const words of says) expect(seed).toContain(words);
    expect(entry(slug)).toMatchObject({ issued, effective: effective ?? null, commentDeadline: commentDeadline ?? null, repealed: null });
  });
});

/*
 * Entry bodies must be the digest's commentary in our own words. A run of 12 or more words shared
 * with the seed digest means a sentence was copied. Official names cannot be reworded, so these are
 * taken out of both texts before comparing (each is checked to still occur in some body, so the
 * list cannot quietly grow stale): the titles of documents and campaigns, and chapter headings
 * quoted as a list.
 */
const OFFICIAL_NAMES = [
  // the CAC campaign's name, quoted
  'Purifying the Online Environment – Rectification of Chaos in the Field of Mobile Internet Applications',
  // the document the Zhejiang Guidelines are based on
  'Guide to Applications for Security Assessment of Outbound Data Transfers (First Edition)',
  // the statute the Chongzhou order applies
  "Law of the People's Republic of China on the Protection of Rights and Interests of Women",
  // chapter headings of the NEA Measures
  'Responsibilities and Obligations of Power Enterprises',
  'Supervision and Inspection',
  'Supplementary Provisions',
  // chapter headings of the Shanghai Implementation Rules
  'General Provisions',
  'Data Disclosure',
  'Data Access',
  'Information Systems and Disclosure Platforms',
];
const RUN = 12;

/** Lower-case words; quotes and apostrophes unified, every other punctuation mark a word break. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .split(' ')
    .filter((w) => w && w !== "'");
}

/** The text's words with every official name replaced by a break ('|'), so no run can span it. */
function wordsWithoutNames(text: string): string[] {
  const out = words(text);
  for (const name of OFFICIAL_NAMES.map(words)) {
    for (let i = 0; i + name.length <= out.length; i++) {
      if (name.every((w, j) => out[i + j] === w)) out.splice(i, name.length, '|');
    }
  }
  return out;
}

function runs(list: string[], n: number): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + n <= list.length; i++) {
    const run = list.slice(i, i + n);
    if (!run.includes('|')) set.add(run.join(' '));
  }
  return set;
}

describe('entry bodies are written in our own words', () => {
  const seedRuns = runs(wordsWithoutNames(fs.readFileSync(SEED_DIGEST, 'utf8')), RUN);

  it.each(SEED_ORDER.map(([slug]) => slug))('%s shares no run of 12 words with the seed digest', (slug) => {
    const shared = [...runs(wordsWithoutNames(entry(slug).bodyMd), RUN)].filter((r) => seedRuns.has(r));
    expect(shared).toEqual([]);
  });

  it('the edition overview shares no run of 12 words with the seed digest', () => {
    const shared = [...runs(wordsWithoutNames(catalogue.editions[0]!.bodyMd), RUN)].filter((r) => seedRuns.has(r));
    expect(shared).toEqual([]);
  });

  it.each(OFFICIAL_NAMES)('the exempted official name "%s" does occur in an entry body', (name) => {
    const needle = words(name).join(' ');
    expect(catalogue.entries.some((e) => ` ${words(e.bodyMd).join(' ')} `.includes(` ${needle} `))).toBe(true);
  });

  it('would catch a copied sentence', () => {
    const copied =
      'The Guiding Opinions focuses on the data security protection and the need for the development and utilization of data resources.';
    expect([...runs(wordsWithoutNames(copied), RUN)].some((r) => seedRuns.has(r))).toBe(true);
  });
});
