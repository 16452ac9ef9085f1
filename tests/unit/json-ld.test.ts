import { describe, expect, it } from 'vitest';
import type { EntryDetail } from '../../lib/catalogue/types';
import { issuer, testCard } from './helpers/cards';
import { entryJsonLd, serializeJsonLd } from '../../lib/json-ld';

const ORIGIN = 'https://digest.example.com';

function entry(overrides: Partial<EntryDetail> = {}): EntryDetail {
  const { edition: _edition, ...card } = testCard({
    slug: 'miit-data-security-measures',
    title: 'Measures for Data Security Management in Industry and Information Technology Sector (for Trial Implementation)',
    short: 'MIIT Measures',
    titleZh: '工业和信息化领域数据安全管理办法（试行）',
    type: 'measures',
    issuers: [issuer('miit', 'Ministry of Industry and Information Technology', 'MIIT')],
    issued: '2022-12-08',
    effective: '2023-01-01',
    trial: true,
    status: 'in-force',
    summary: 'Trial rules on data security.',
    order: 3,
  });
  return {
    ...card,
    bodyHtml: '<p>…</p>',
    summaryWritten: false,
    topics: [{ id: 'data-security', label: 'Data Security', labelZh: null }],
    sources: [],
    edition: null,
    related: [],
    previous: null,
    next: null,
    ...overrides,
  };
}

describe('entryJsonLd', () => {
  it('describes a regulation as schema.org Legislation in force', () => {
    const ld = entryJsonLd(entry(), ORIGIN);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      name: entry().title,
      alternateName: '工业和信息化领域数据安全管理办法（试行）',
      legislationDate: '2022-12-08',
      legislationLegalForce: 'https://schema.org/InForce',
      legislationType: 'measures',
      inLanguage: 'zh-CN',
      url: 'https://digest.example.com/entries/miit-data-security-measures',
      legislationPassedBy: [
        { '@type': 'GovernmentOrganization', name: 'Ministry of Industry and Information Technology', alternateName: 'MIIT' },
      ],
    });
  });

  it('gives a draft for comment and a repealed text no legal force', () => {
    expect(entryJsonLd(entry({ stage: 'draft', status: 'draft-for-comment' }), ORIGIN).legislationLegalForce).toBe('https://schema.org/NotInForce');
    expect(entryJsonLd(entry({ status: 'repealed' }), ORIGIN).legislationLegalForce).toBe('https://schema.org/NotInForce');
  });

  it('describes a judgment as a CreativeWork created by the court, with its case number', () => {
    const ld = entryJsonLd(
      entry({ category: 'judgment', type: 'judgment', status: null, docNumber: '(2022) Zhe 0192 Min Chu No. 9983', titleZh: null }),
      ORIGIN,
    );
    expect(ld['@type']).toBe('CreativeWork');
    expect(ld).toMatchObject({ dateCreated: '2022-12-08', identifier: '(2022) Zhe 0192 Min Chu No. 9983', genre: 'judgment' });
    expect(ld).not.toHaveProperty('legislationLegalForce');
    expect(ld).not.toHaveProperty('alternateName');
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element, whatever the title says', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script> & more' });
    expect(json).not.toContain('<');
    expect(json).not.toContain('>');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script> & more' });
  });
});
