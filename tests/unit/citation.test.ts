import { describe, expect, it } from 'vitest';
import { entryByline, formatCitation, type CitableEntry } from '../../lib/citation';

const ORIGIN = 'https://digest.example.com';

const twentyDataMeasures: CitableEntry = {
  slug: 'twenty-data-measures',
  title: 'Opinions on Building Basic Systems for Data to Maximize the Role of Data Elements',
  short: '20 Data Measures',
  issuers: [
    { name: 'Central Committee of the Communist Party of China', abbr: 'CPC Central Committee' },
    { name: 'State Council', abbr: null },
  ],
  issuersNote: null,
  issued: '2022-12-19',
};

describe('formatCitation', () => {
  it('cites the short name, the issuers by abbreviation (else name), the date and the permalink', () => {
    expect(formatCitation(twentyDataMeasures, ORIGIN)).toBe(
      '20 Data Measures (CPC Central Committee, State Council), 19 December 2022, https://digest.example.com/entries/twenty-data-measures',
    );
  });

  it('falls back to the full title when there is no short name', () => {
    const entry = { ...twentyDataMeasures, short: null, issuers: [{ name: 'Supreme People’s Court', abbr: 'SPC' }] };
    expect(formatCitation(entry, ORIGIN)).toBe(
      'Opinions on Building Basic Systems for Data to Maximize the Role of Data Elements (SPC), 19 December 2022, https://digest.example.com/entries/twenty-data-measures',
    );
  });

  it('adds the note on the issuers the list leaves out', () => {
    const entry: CitableEntry = {
      slug: 'data-security-industry-guiding-opinions',
      title: 'Guiding Opinions on Promoting the Development of the Data Security Industry',
      short: 'Guiding Opinions',
      issuers: [
        { name: 'Ministry of Industry and Information Technology', abbr: 'MIIT' },
        { name: 'Cyberspace Administration of China', abbr: 'CAC' },
        { name: 'National Development and Reform Commission', abbr: 'NDRC' },
      ],
      issuersNote: 'and 13 other departments',
      issued: '2023-01-13',
    };
    expect(formatCitation(entry, ORIGIN)).toBe(
      'Guiding Opinions (MIIT, CAC, NDRC and 13 other departments), 13 January 2023, https://digest.example.com/entries/data-security-industry-guiding-opinions',
    );
  });

  it('keeps the calendar date whatever the time zone (no shift to the day before)', () => {
    const entry = { ...twentyDataMeasures, issued: '2023-01-01' };
    const before = process.env.TZ;
    try {
      for (const zone of ['America/Los_Angeles', 'UTC', 'Asia/Shanghai', 'Pacific/Kiritimati']) {
        process.env.TZ = zone;
        expect(formatCitation(entry, ORIGIN), zone).toContain(', 1 January 2023, ');
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
      expect(formatCitation(twentyDataMeasures)).toMatch(/, https:\/\/tmt\.example\.org\/entries\/twenty-data-measures$/);
    } finally {
      if (before === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = before;
    }
  });
});

describe('entryByline', () => {
  it('names the issuers, the date and the status label', () => {
    expect(entryByline({ ...twentyDataMeasures, status: 'in-force', trial: true })).toBe(
      'CPC Central Committee, State Council · 19 December 2022 · In force (trial)',
    );
  });

  it('leaves the status out for entries that have none (enforcement, judgments)', () => {
    expect(entryByline({ ...twentyDataMeasures, status: null, trial: false })).toBe('CPC Central Committee, State Council · 19 December 2022');
  });
});
