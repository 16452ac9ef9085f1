import type { EntryDetail } from './catalogue/types';
import { CATEGORIES, NATIONAL, type StatusId } from './constants';
import { absoluteUrl, paths, siteUrl } from './site';

type Thing = Record<string, unknown>;

// schema.org's LegalForceStatus: a draft, a repealed text and one not yet in force have no legal force.
const LEGAL_FORCE: Record<StatusId, string> = {
  'in-force': 'https://schema.org/InForce',
  'not-yet-in-force': 'https://schema.org/NotInForce',
  'draft-for-comment': 'https://schema.org/NotInForce',
  repealed: 'https://schema.org/NotInForce',
};

/**
 * The schema.org description of what an entry is about. Regulations and standards are `Legislation`.
 * Enforcement actions and court judgments are `CreativeWork` (Legislation's parent type): schema.org
 * has no type for a court decision (`LegalCase` was proposed, never adopted) or a regulator's action,
 * and both reach the digest as a document an authority issued: a notice, an order, a judgment. So
 * they carry who issued it (`creator`), when (`dateCreated`) and its number (`identifier`), without
 * claiming legislative force.
 */
export function entryJsonLd(entry: EntryDetail, origin: string = siteUrl()): Thing {
  const url = absoluteUrl(paths.entry(entry.slug), origin);
  const issuers = entry.issuers.map((a) => ({
    '@type': 'GovernmentOrganization',
    name: a.name,
    ...(a.abbr ? { alternateName: a.abbr } : {}),
    url: absoluteUrl(paths.authority(a.id), origin),
  }));
  const kind = entry.type ?? CATEGORIES.find((c) => c.id === entry.category)?.short;
  const common: Thing = {
    '@context': 'https://schema.org',
    name: entry.title,
    ...(entry.titleZh ? { alternateName: entry.titleZh } : {}),
    description: entry.summary,
    url,
    mainEntityOfPage: url,
    // The official text is in Chinese; the digest's name and summary are English renderings.
    inLanguage: 'zh-CN',
    ...(entry.topics.length ? { keywords: entry.topics.map((t) => t.label).join(', ') } : {}),
  };
  const place = entry.jurisdiction === NATIONAL ? 'China' : `${entry.jurisdiction}, China`;

  if (entry.category === 'regulation' || entry.category === 'standard') {
    return {
      ...common,
      '@type': 'Legislation',
      legislationDate: entry.issued,
      legislationPassedBy: issuers,
      ...(entry.status ? { legislationLegalForce: LEGAL_FORCE[entry.status] } : {}),
      ...(kind ? { legislationType: kind } : {}),
      ...(entry.docNumber ? { legislationIdentifier: entry.docNumber } : {}),
      legislationJurisdiction: place,
      ...(entry.effective ? { legislationDateOfApplicability: entry.effective } : {}),
    };
  }
  return {
    ...common,
    '@type': 'CreativeWork',
    ...(kind ? { genre: kind } : {}),
    creator: issuers,
    dateCreated: entry.issued,
    ...(entry.docNumber ? { identifier: entry.docNumber } : {}),
    spatialCoverage: { '@type': 'Place', name: place },
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: titles are authors' text, so `<` (and `>`, `&`,
 * and the JavaScript line separators) are escaped and cannot close the script element.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
