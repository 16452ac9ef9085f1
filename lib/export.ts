import { stringify } from 'csv-stringify/sync';
import type { AuthorityRecord, EntryRecord, Topic } from './catalogue/types';
import { categoryLabel, type StatusId } from './constants';
import type { SearchMatch } from './search/types';
import { statusLabel } from './status';

/** One search result as the exports give it: the entry's own fields, its issuers and topics named, its status. */
export type ExportRow = Pick<EntryRecord, 'slug' | 'title' | 'short' | 'category' | 'issued' | 'effective' | 'trial'> & {
  url: string;
  title_zh: EntryRecord['titleZh'];
  issuers: Pick<AuthorityRecord, 'id' | 'name' | 'abbr'>[];
  status: StatusId | null;
  topics: Pick<Topic, 'id' | 'label'>[];
};

/** Where the exports take names from (the catalogue snapshot). */
export type ExportNames = { authority(id: string): AuthorityRecord | undefined; topic(id: string): Topic | undefined };

/** The rows of every match, with absolute permalinks on `origin`. */
export function exportRows(matches: SearchMatch[], names: ExportNames, origin: string): ExportRow[] {
  return matches.map(({ doc, status }) => ({
    slug: doc.slug,
    url: `${origin}/entries/${doc.slug}`,
    title: doc.title,
    short: doc.short,
    title_zh: doc.titleZh,
    category: doc.category,
    issuers: doc.issuers.map((id) => {
      const a = names.authority(id);
      return { id, name: a?.name ?? id, abbr: a?.abbr ?? null };
    }),
    issued: doc.issued,
    effective: doc.effective,
    status,
    trial: doc.trial,
    topics: doc.topics.map((id) => ({ id, label: names.topic(id)?.label ?? id })),
  }));
}

export const CSV_COLUMNS = ['slug', 'url', 'title', 'short', 'title_zh', 'category', 'issuers', 'issued', 'effective', 'status', 'topics'] as const;

/**
 * CSV for people opening it in Excel: UTF-8 with a BOM (so Excel reads Chinese as UTF-8), CRLF,
 * RFC 4180 quoting. Words, not ids: category and status as labelled on the site, issuers by name and
 * topics by label, several joined with "; ".
 */
export function toCsv(rows: ExportRow[]): string {
  return stringify(
    rows.map((r) => ({
      ...r,
      category: categoryLabel(r.category),
      issuers: r.issuers.map((i) => i.name).join('; '),
      status: r.status ? statusLabel(r.status, r.trial) : '',
      topics: r.topics.map((t) => t.label).join('; '),
    })),
    {
      bom: true,
      header: true,
      columns: [...CSV_COLUMNS],
      record_delimiter: 'windows',
      // RFC 4180 quotes a field with any line break, not only CRLF (csv-stringify's default).
      quoted_match: [/[\r\n]/],
      // A cell starting with = + - @ would run as a formula in Excel: csv-stringify prefixes a quote.
      escape_formulas: true,
    },
  );
}
