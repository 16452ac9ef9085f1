import type { AuthorityLevel, CategoryId, Stage } from '../constants';

/** An entry as validated from its file, with its body rendered. Drafts are kept here; the load leaves them out. */
export type Entry = {
  slug: string;
  /** Path relative to the content folder, e.g. `entries/2023-01/spc-opinions.md`. */
  file: string;
  title: string;
  short: string | null;
  titleZh: string | null;
  category: CategoryId;
  type: string | null;
  issuers: string[];
  issuersNote: string | null;
  issued: string;
  effective: string | null;
  commentDeadline: string | null;
  stage: Stage;
  trial: boolean;
  repealed: string | null;
  docNumber: string | null;
  jurisdiction: string;
  topics: string[];
  edition: string | null;
  order: number | null;
  /** As written, or the body's first paragraph as plain text. */
  summary: string;
  sources: { label: string; url: string }[];
  related: string[];
  aliases: string[];
  draft: boolean;
  bodyMd: string;
  bodyHtml: string;
  bodyText: string;
};

export type Authority = {
  id: string;
  name: string;
  abbr: string | null;
  nameZh: string | null;
  aliases: string[];
  level: AuthorityLevel;
  parent: string | null;
  region: string | null;
  url: string | null;
  bodyMd: string;
  bodyHtml: string;
};

export type Edition = {
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  published: string | null;
  bodyMd: string;
  bodyHtml: string;
};

export type Topic = { id: string; label: string; labelZh: string | null };

/** A whole content folder, validated and cross-checked: what the load writes to SQLite. */
export type Catalogue = {
  editions: Edition[];
  entries: Entry[];
  authorities: Authority[];
  topics: Topic[];
};
