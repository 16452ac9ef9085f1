import type { StatusId } from './constants';
import { formatDate } from './dates';
import { absoluteUrl, paths, siteUrl } from './site';
import { statusLabel } from './status';

export type CitableEntry = {
  slug: string;
  title: string;
  short: string | null;
  issuers: { name: string; abbr: string | null }[];
  issuersNote: string | null;
  issued: string;
};

/**
 * How a reader cites an entry: its short name (or title), the issuers' abbreviations (or names) with
 * the note on who else issued it, the issued date, and the permalink, e.g.
 * `20 Data Measures (CPC Central Committee, State Council), 19 December 2022, https://…/entries/twenty-data-measures`.
 */
export function formatCitation(entry: CitableEntry, origin: string = siteUrl()): string {
  return `${entry.short ?? entry.title} (${issuerNames(entry)}), ${formatDate(entry.issued)}, ${absoluteUrl(paths.entry(entry.slug), origin)}`;
}

/** One line saying who issued an entry, when, and its status: "CPC Central Committee, State Council · 19 December 2022 · In force". */
export function entryByline(entry: CitableEntry & { status: StatusId | null; trial: boolean }): string {
  const status = entry.status ? ` · ${statusLabel(entry.status, entry.trial)}` : '';
  return `${issuerNames(entry)} · ${formatDate(entry.issued)}${status}`;
}

function issuerNames(entry: Pick<CitableEntry, 'issuers' | 'issuersNote'>): string {
  const names = entry.issuers.map((a) => a.abbr ?? a.name);
  return entry.issuersNote ? `${names.join(', ')} ${entry.issuersNote}` : names.join(', ');
}
