import { describe, expect, it } from 'vitest';
import { entryByline, formatCitation, issuerNamesText, type CitableEntry } from '../../lib/citation';

const ORIGIN = 'https://digest.example.com';
const TODAY = '2026-11-29';

const twentyDataMeasures: CitableEntry = {
  slug: 'twenty-data-measures',
  title: 'Opinions on Building Basic Systems for Data to Maximize the Role of Data Elements',
  short: '20 Data Measures',
  titleZh: '中共中央 国务院关于构建数据基础制度更好发挥数据要素作用的意见',
  docNumber: null,
  category: 'regulation',
  issuers: [
    { name: 'Central Committee of the Communist Party of China', abbr: 'CPC Central Committee' },
    { name: 'State Council', abbr: null },
  ],
  issuersNote: null,
  issued: '2022-12-19',
  effective: null,
};

const outbound: CitableEntry = {
  slug: 'outbound-data-security-assessment-measures',
  title: 'Security Assessment Measures for Outbound Data Transfers',
  short: 'Outbound Data Measures',
  titleZh: '数据出境安全评估办法',
  docNumber: 'CAC Order No. 11',
  category: 'regulation',
  issuers: [{ name: 'Cyberspace Administration of China', abbr: 'CAC' }],
  issuersNote: null,
  issued: '2022-07-07',
  effective: '2022-09-01',
};

describe('formatCitation', () => {
  it('gives the full title, short name, Chinese title, document number, issuers in full, issued and effective dates, URL and the day accessed', () => {
    expect(formatCitation(outbound, TODAY, ORIGIN)).toBe(
      'Security Assessment Measures for Outbound Data Transfers (“Outbound Data Measures”) [数据出境安全评估办法], CAC Order No. 11, ' +
        'issued by Cyberspace Administration of China on 7 July 2022, effective 1 September 2022. ' +
        'China TMT Digest, https://digest.example.com/entries/outbound-data-security-assessment-measures (accessed 29 November 2026).',
    );
  });

  it('names several issuers in full, as the page lists them, and leaves out what the entry lacks', () => {
    expect(formatCitation(twentyDataMeasures, TODAY, ORIGIN)).toBe(
      'Opinions on Building Basic Systems for Data to Maximize the Role of Data Elements (“20 Data Measures”) [中共中央 国务院关于构建数据基础制度更好发挥数据要素作用的意见], ' +
        'issued by Central Committee of the Communist Party of China and State Council on 19 December 2022. ' +
        'China TMT Digest, https://digest.example.com/entries/twenty-data-measures (accessed 29 November 2026).',
    );
    const bare = { ...twentyDataMeasures, short: null, titleZh: null };
    expect(formatCitation(bare, TODAY, ORIGIN)).toMatch(/^Opinions on Building Basic Systems for Data to Maximize the Role of Data Elements, issued by /);
  });

  it('says "decided" for a court judgment and keeps its case number', () => {
    const judgment: CitableEntry = {
      ...twentyDataMeasures,
      slug: 'hangzhou-nft',
      title: 'Judgment on NFT Digital Collections',
      short: null,
      titleZh: null,
      docNumber: '(2022) Zhe 0192 Min Chu No. 9983',
      category: 'judgment',
      issuers: [{ name: 'Hangzhou Internet Court', abbr: null }],
      issued: '2022-12-05',
    };
    expect(formatCitation(judgment, TODAY, ORIGIN)).toBe(
      'Judgment on NFT Digital Collections, (2022) Zhe 0192 Min Chu No. 9983, decided by Hangzhou Internet Court on 5 December 2022. ' +
        'China TMT Digest, https://digest.example.com/entries/hangzhou-nft (accessed 29 November 2026).',
    );
  });

  it('adds the note on the issuers the list leaves out', () => {
    const entry: CitableEntry = {
      ...twentyDataMeasures,
      issuers: [
        { name: 'Ministry of Industry and Information Technology', abbr: 'MIIT' },
        { name: 'Cyberspace Administration of China', abbr: 'CAC' },
      ],
      issuersNote: 'and 14 other departments',
    };
    expect(formatCitation(entry, TODAY, ORIGIN)).toContain(
      ', issued by Ministry of Industry and Information Technology, Cyberspace Administration of China and 14 other departments on 19 December 2022.',
    );
  });

  it('keeps every calendar date whatever the time zone (no shift to the day before)', () => {
    const entry = { ...outbound, issued: '2023-01-01', effective: '2023-03-01' };
    const before = process.env.TZ;
    try {
      for (const zone of ['America/Los_Angeles', 'UTC', 'Asia/Shanghai', 'Pacific/Kiritimati']) {
        process.env.TZ = zone;
        const citation = formatCitation(entry, '2024-01-01', ORIGIN);
        expect(citation, zone).toContain(' on 1 January 2023, effective 1 March 2023.');
        expect(citation, zone).toContain('(accessed 1 January 2024).');
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('uses SITE_URL by default, without a trailing slash', () => {
    const before = process.env.SITE_URL;
    process.env.SITE_URL = 'https://tmt.example.org/';
    try {
      expect(formatCitation(twentyDataMeasures, TODAY)).toContain(', https://tmt.example.org/entries/twenty-data-measures (accessed ');
    } finally {
      if (before === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = before;
    }
  });
});

describe('issuerNamesText', () => {
  it('joins names as a list reads them', () => {
    expect(issuerNamesText([{ name: 'A' }], null)).toBe('A');
    expect(issuerNamesText([{ name: 'A' }, { name: 'B' }, { name: 'C' }], null)).toBe('A, B and C');
    expect(issuerNamesText([{ name: 'A' }, { name: 'B' }], 'and 3 other departments')).toBe('A, B and 3 other departments');
  });
});

describe('entryByline', () => {
  const status = { commentDeadline: null, repealed: null, asOf: TODAY };

  it('names the issuers, labels the date and gives the status with its date', () => {
    expect(entryByline({ ...twentyDataMeasures, ...status, status: 'in-force', trial: true })).toBe(
      'CPC Central Committee, State Council · Issued 19 December 2022 · In force (trial)',
    );
    expect(entryByline({ ...outbound, ...status, status: 'in-force', trial: false })).toBe('CAC · Issued 7 July 2022 · In force since 1 September 2022');
  });

  it('leaves the status out for entries that have none (enforcement, judgments), and says "Decided" for a judgment', () => {
    expect(entryByline({ ...twentyDataMeasures, ...status, category: 'enforcement', status: null, trial: false })).toBe(
      'CPC Central Committee, State Council · Issued 19 December 2022',
    );
    expect(entryByline({ ...twentyDataMeasures, ...status, category: 'judgment', status: null, trial: false })).toBe(
      'CPC Central Committee, State Council · Decided 19 December 2022',
    );
  });
});
