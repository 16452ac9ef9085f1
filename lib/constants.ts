/** The digest's four parts, in the order an edition presents them. */
export const CATEGORIES = [
  { id: 'regulation', label: 'Regulations, Policies & Judicial Interpretations', singular: 'Regulation or policy' },
  { id: 'standard', label: 'Sectorial Standards & Practice Guidance', singular: 'Standard or guideline' },
  { id: 'enforcement', label: 'Enforcement Highlights', singular: 'Enforcement action' },
  { id: 'judgment', label: 'Court Judgments', singular: 'Court judgment' },
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

export function categoryLabel(id: string): string {
  return CATEGORIES.find((c) => c.id === id)?.label ?? id;
}
