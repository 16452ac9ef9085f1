/**
 * The digest's four parts, in the order an edition presents them. Each has ONE label, the edition's
 * own part heading, used wherever there is room (editions, the archive, filters, an entry's facts),
 * and a short form of that same label where space demands it (a card's kicker, an entry's eyebrow,
 * the archive's counts). Nothing else names a category: lib/labels.ts reads them from here.
 */
export const CATEGORIES = [
  { id: 'regulation', label: 'Regulations, Policies & Judicial Interpretations', short: 'Regulations & Policies' },
  { id: 'standard', label: 'Sectorial Standards & Practice Guidance', short: 'Standards & Guidance' },
  { id: 'enforcement', label: 'Enforcement Highlights', short: 'Enforcement' },
  { id: 'judgment', label: 'Court Judgments', short: 'Court Judgments' },
] as const;

export type CategoryId = (typeof CATEGORIES)[number]['id'];
export const CATEGORY_IDS = CATEGORIES.map((c) => c.id) as [CategoryId, ...CategoryId[]];

export const AUTHORITY_LEVELS = [
  { id: 'party', label: 'Party bodies' },
  { id: 'state-council', label: 'State Council' },
  { id: 'ministry', label: 'Ministries and commissions' },
  { id: 'legislature', label: 'Legislatures' },
  { id: 'court', label: 'Courts' },
  { id: 'procuratorate', label: 'Procuratorates' },
  { id: 'standards-body', label: 'Standards bodies' },
  { id: 'local', label: 'Local authorities' },
] as const;

export type AuthorityLevel = (typeof AUTHORITY_LEVELS)[number]['id'];
export const AUTHORITY_LEVEL_IDS = AUTHORITY_LEVELS.map((l) => l.id) as [AuthorityLevel, ...AuthorityLevel[]];

/** Derived statuses (never written in content); ids are used in URLs and the API. */
export const STATUSES = [
  { id: 'draft-for-comment', label: 'Draft for comment' },
  { id: 'not-yet-in-force', label: 'Not yet in force' },
  { id: 'in-force', label: 'In force' },
  { id: 'repealed', label: 'Repealed' },
] as const;

export type StatusId = (typeof STATUSES)[number]['id'];
export const STATUS_IDS = STATUSES.map((s) => s.id) as [StatusId, ...StatusId[]];

export const STAGES = ['draft', 'final'] as const;
export type Stage = (typeof STAGES)[number];

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const NATIONAL = 'national';

/** Site name, used in titles, feeds and citations. */
export const SITE_NAME = 'China TMT Digest';

/** A category's label: "Regulations, Policies & Judicial Interpretations". */
export function categoryLabel(id: string): string {
  return CATEGORIES.find((c) => c.id === id)?.label ?? id;
}

/** The same label's short form, where space demands it: "Regulations & Policies". */
export function categoryShort(id: string): string {
  return CATEGORIES.find((c) => c.id === id)?.short ?? id;
}
