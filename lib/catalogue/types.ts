import type { StatusId } from '../constants';
import type { Authority, Edition, Entry, Topic } from '../content/types';

// The served catalogue's shapes, each derived from the domain types (lib/content/types.ts, which
// the zod schemas define): a field added to a schema reaches every shape here by inference.

/** A published entry as the served catalogue holds it in memory: everything but its body's Markdown and HTML. */
export type EntryRecord = Omit<Entry, 'bodyMd' | 'bodyHtml' | 'draft'>;
export type AuthorityRecord = Omit<Authority, 'bodyMd' | 'bodyHtml'>;
export type EditionRecord = Omit<Edition, 'bodyMd' | 'bodyHtml'>;
export type { Topic };

/** An issuer as a list names it. */
export type IssuerRef = Pick<AuthorityRecord, 'id' | 'name' | 'abbr' | 'nameZh' | 'parent'>;

/** What a list shows of an entry: its own fields, its issuers named, and its status on the day shown. */
export type EntryCard = Omit<EntryRecord, 'issuers' | 'topics' | 'sources' | 'related' | 'aliases' | 'bodyText' | 'file'> & {
  issuers: IssuerRef[];
  status: StatusId | null;
  /** The day (China time, YYYY-MM-DD) `status` was derived for: "comments close" or "closed", "as of". */
  asOf: string;
};

export type EditionPart = { category: EntryRecord['category']; label: string; entries: EntryCard[] };

/** An edition with its observations and its four parts in order, entries in the digest's numbering. */
export type EditionDetail = EditionRecord & { bodyHtml: string; parts: EditionPart[] };

/** Everything an entry's permalink shows. */
export type EntryDetail = Omit<EntryCard, 'edition'> &
  Pick<EntryRecord, 'sources'> & {
    bodyHtml: string;
    /** True when the summary was written for the entry, not taken from the body's first paragraph. */
    summaryWritten: boolean;
    topics: Topic[];
    edition: EditionRecord | null;
    related: EntryCard[];
    previous: EntryCard | null;
    next: EntryCard | null;
  };

/** An authority with its number of published entries (its own, not its offices'). */
export type AuthoritySummary = AuthorityRecord & { entryCount: number };

/** An authority's page: its names, offices and newest entries (its own and its local offices'). */
export type AuthorityDetail = AuthoritySummary & {
  bodyHtml: string;
  parentRef: Pick<AuthorityRecord, 'id' | 'name'> | null;
  offices: Pick<AuthorityRecord, 'id' | 'name'>[];
  /** Newest first; `viaOffice` marks the offices'. */
  entries: (EntryCard & { viaOffice: boolean })[];
  /** Its entries and its offices' in all (`entries` may hold only the newest of them). */
  total: number;
  /** The issued date of every one of them, for the activity chart. */
  issuedDates: string[];
};

export type TopicSummary = Topic & { entryCount: number };
export type TopicDetail = TopicSummary & { entries: EntryCard[]; issuedDates: string[] };

export type EditionSummary = EditionRecord & { counts: Record<EntryRecord['category'], number> };
