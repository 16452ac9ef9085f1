import { stringify } from 'csv-stringify/sync';
import type { AuthorityRecord, EntryRecord, Topic } from './catalogue/types';
import { categoryLabel, type StatusId } from './constants';
import type { SearchFilters, SearchMatch } from './search/types';
import { statusLabel } from './status';

/**
 * One search result as the exports give it: the entry's own fields, its issuers and topics named,
 * its status and the day that status was derived for (`status_as_of`), and its official source: the
 * first of its sources, which the content contract reserves for the official text
 * (docs/content-format.md, `sources`); null when it has none.
 */
export type ExportRow = Pick<EntryRecord, 'slug' | 'title' | 'short' | 'category' | 'issued' | 'effective' | 'repealed' | 'summary' | 'trial'> & {
  url: string;
  title_zh: EntryRecord['titleZh'];
  doc_number: EntryRecord['docNumber'];
  comment_deadline: EntryRecord['commentDeadline'];
  issuers: Pick<AuthorityRecord, 'id' | 'name' | 'abbr'>[];
  status: StatusId | null;
  status_as_of: string;
  topics: Pick<Topic, 'id' | 'label'>[];
  official_source: string | null;
};

/** Where the exports take names from (the catalogue snapshot). */
export type ExportNames = { authority(id: string): AuthorityRecord | undefined; topic(id: string): Topic | undefined };

/** The rows of every match, with absolute permalinks on `origin`; statuses as derived for `today`. */
export function exportRows(matches: SearchMatch[], names: ExportNames, origin: string, today: string): ExportRow[] {
  return matches.map(({ doc, status }) => ({
    slug: doc.slug,
    url: `${origin}/entries/${doc.slug}`,
    title: doc.title,
    short: doc.short,
    title_zh: doc.titleZh,
    doc_number: doc.docNumber,
    category: doc.category,
    issuers: doc.issuers.map((id) => {
      const a = names.authority(id);
      return { id, name: a?.name ?? id, abbr: a?.abbr ?? null };
    }),
    issued: doc.issued,
    effective: doc.effective,
    comment_deadline: doc.commentDeadline,
    repealed: doc.repealed,
    status,
    status_as_of: today,
    trial: doc.trial,
    topics: doc.topics.map((id) => ({ id, label: names.topic(id)?.label ?? id })),
    summary: doc.summary,
    official_source: doc.sources[0]?.url ?? null,
  }));
}

/** The CSV's columns, in order; dates are YYYY-MM-DD, each column named by what its date is. */
export const CSV_COLUMNS = [
  'slug',
  'url',
  'title',
  'short',
  'title_zh',
  'doc_number',
  'category',
  'issuers',
  'issued',
  'effective',
  'comment_deadline',
  'repealed',
  'status',
  'status_as_of',
  'topics',
  'summary',
  'official_source',
] as const;

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

/** Lower-case ASCII words joined by hyphens: "Data Export (draft)" → "data-export-draft"; "" for 数据. */
function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const NAME_MAX = 80;

/**
 * The file name of a search's export, named after the search and the day: the query's ASCII words,
 * then each filter's values, then `today`, e.g. `tmt-digest-cac-regulation-2026-11-29.csv`;
 * `tmt-digest-all-2026-11-29.csv` for everything, `tmt-digest-search-…` for a query in Chinese alone. Only [a-z0-9-.], so it is safe as it stands in a
 * Content-Disposition header; long searches are cut at a word.
 */
export function exportFileName(filters: SearchFilters, today: string, extension: 'csv' | 'json'): string {
  const parts = [
    asciiSlug(filters.q),
    ...filters.issuer,
    ...(filters.issuer.length && filters.local ? ['local'] : []),
    ...filters.category,
    ...filters.topic,
    ...filters.status,
    ...filters.jurisdiction,
    ...filters.edition.map((e) => `edition-${e}`),
    filters.from ? `from-${filters.from}` : '',
    filters.to ? `to-${filters.to}` : '',
  ]
    .map(asciiSlug)
    .filter(Boolean);
  let name = parts.join('-');
  if (name.length > NAME_MAX) name = name.slice(0, NAME_MAX).replace(/-[^-]*$/, '');
  // A query in Chinese alone has no ASCII words: the file is still a search's, not everything.
  return `tmt-digest-${name || (filters.q ? 'search' : 'all')}-${today}.${extension}`;
}
