import { SITE_NAME } from './constants';
import { formatDate } from './dates';
import { issuedLabel, statusText, type StatusSource } from './labels';
import { absoluteUrl, paths, siteUrl } from './site';

export type CitableEntry = {
  slug: string;
  title: string;
  short: string | null;
  titleZh: string | null;
  docNumber: string | null;
  category: string;
  issuers: { name: string; abbr: string | null }[];
  issuersNote: string | null;
  issued: string;
  effective: string | null;
};

/**
 * How a lawyer cites an entry: the full English title, the digest's short name, the Chinese title,
 * the document number, the issuing authorities by their full names, the issued (for a judgment,
 * decided) and effective dates, the permalink, and the day it was accessed (`accessed`, today in
 * China: pages are kept per day, so the date is the reader's), e.g.
 *
 * Security Assessment Measures for Outbound Data Transfers (“Outbound Data Measures”) [数据出境安全评估办法],
 * CAC Order No. 11, issued by Cyberspace Administration of China on 7 July 2022, effective 1 September
 * 2022. China TMT Digest, https://…/entries/outbound-data-security-assessment-measures (accessed 29 November 2026).
 */
export function formatCitation(entry: CitableEntry, accessed: string, origin: string = siteUrl()): string {
  const names = [entry.short ? ` (“${entry.short}”)` : '', entry.titleZh ? ` [${entry.titleZh}]` : ''].join('');
  const number = entry.docNumber ? `, ${entry.docNumber}` : '';
  const by = `${issuedLabel(entry.category).toLowerCase()} by ${issuerNamesText(entry.issuers, entry.issuersNote)} on ${formatDate(entry.issued)}`;
  const effective = entry.effective ? `, effective ${formatDate(entry.effective)}` : '';
  const url = absoluteUrl(paths.entry(entry.slug), origin);
  return `${entry.title}${names}${number}, ${by}${effective}. ${SITE_NAME}, ${url} (accessed ${formatDate(accessed)}).`;
}

/**
 * One line saying who issued an entry, when, and its status with its date, for a page's description
 * and link previews: "CPC Central Committee, State Council · Issued 19 December 2022 · In force".
 */
export function entryByline(entry: Pick<CitableEntry, 'category' | 'issuers' | 'issuersNote' | 'issued'> & StatusSource & { asOf: string }): string {
  const status = entry.status ? ` · ${statusText(entry, entry.asOf)}` : '';
  return `${issuerAbbreviations(entry)} · ${issuedLabel(entry.category)} ${formatDate(entry.issued)}${status}`;
}

/** Issuers by full name as a list reads them (components/issuer-list.tsx): "A, B and C"; "A, B and 3 other departments". */
export function issuerNamesText(issuers: { name: string }[], note: string | null): string {
  const names = issuers.map((a) => a.name);
  if (note) return `${names.join(', ')} ${note}`;
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

function issuerAbbreviations(entry: Pick<CitableEntry, 'issuers' | 'issuersNote'>): string {
  const names = entry.issuers.map((a) => a.abbr ?? a.name);
  return entry.issuersNote ? `${names.join(', ')} ${entry.issuersNote}` : names.join(', ');
}
