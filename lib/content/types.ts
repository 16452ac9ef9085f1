import type { AuthorityFields, EditionFields, EntryFields, Glossary, Topic } from './schema';

export type { Glossary, Topic } from './schema';

/** A content file's Markdown body: as written, and rendered (sanitised) once, at load time. */
export type Body = { bodyMd: string; bodyHtml: string };

/**
 * An entry as validated from its file, with its body rendered: its front matter (lib/content/schema.ts,
 * the one definition of its fields) plus what the file itself gives. Drafts are kept here; the load
 * leaves them out.
 */
export type Entry = Omit<EntryFields, 'summary'> &
  Body & {
    /** The file name without `.md`: the entry's URL. */
    slug: string;
    /** Path relative to the content folder, e.g. `entries/2023-01/spc-opinions.md`. */
    file: string;
    /** As written, or the body's first paragraph as plain text. */
    summary: string;
    /** The body as plain text, for search and snippets. */
    bodyText: string;
  };

export type Authority = AuthorityFields & Body & { id: string };

export type Edition = EditionFields & Body & { id: string };

/** A whole content folder, validated and cross-checked: what the load writes to SQLite. */
export type Catalogue = {
  editions: Edition[];
  entries: Entry[];
  authorities: Authority[];
  topics: Topic[];
  /** Groups of terms that mean the same thing, for search (content/glossary.yml; empty without one). */
  glossary: Glossary;
};
