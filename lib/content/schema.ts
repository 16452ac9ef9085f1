import { z } from 'zod';
import { AUTHORITY_LEVEL_IDS, CATEGORY_IDS, SLUG_PATTERN, STAGES } from '../constants';
import { calendarDate } from '../dates';

// The one definition of what a content file holds. Each schema checks a file's front matter with
// the contract's snake_case keys, then turns it into the domain shape the rest of the code uses:
// camelCase keys, and every optional key present, null when absent (as in the database's rows).
// A key added here reaches the catalogue, the search corpus and the pages by type inference.

const text = z.string().trim().min(1, { error: 'must not be empty' });
const slug = z.string().regex(SLUG_PATTERN, {
  error: 'must be lower-case letters and digits in words joined by single hyphens (e.g. cac-shanghai)',
});
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http: or https: URL' });
const slugList = z.array(slug);

/** 'comment_deadline' → 'commentDeadline', at the type level. */
type Camel<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** A front matter as the domain holds it: camelCase keys, each optional key present and null when absent. */
export type Domain<T> = { [K in keyof T as Camel<K & string>]-?: undefined extends T[K] ? Exclude<T[K], undefined> | null : T[K] };

/** The domain name of a front-matter key. */
export const camelKey = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The front-matter schema `keys`, transformed to its domain shape (see `Domain`). */
function domain<Shape extends z.ZodRawShape>(keys: z.ZodObject<Shape, z.core.$strict>) {
  const names = Object.keys(keys.shape).map((key) => [key, camelKey(key)] as const);
  return keys.transform((data) => {
    const out: Record<string, unknown> = {};
    for (const [key, name] of names) out[name] = (data as Record<string, unknown>)[key] ?? null;
    return out as Domain<z.output<typeof keys>>;
  });
}

/** An entry's front matter: exactly the keys of the contract, nothing else. */
export const entryKeys = z.strictObject({
  title: text,
  short: text.optional(),
  title_zh: text.optional(),
  category: z.enum(CATEGORY_IDS),
  type: text.optional(),
  issuers: slugList.min(1, { error: 'must list at least one authority id' }),
  issuers_note: text.optional(),
  issued: calendarDate,
  effective: calendarDate.optional(),
  comment_deadline: calendarDate.optional(),
  stage: z.enum(STAGES).default('final'),
  trial: z.boolean().default(false),
  repealed: calendarDate.optional(),
  doc_number: text.optional(),
  jurisdiction: text.default('national'),
  topics: slugList.default([]),
  edition: slug.optional(),
  order: z.int().positive({ error: 'must be a positive whole number' }).optional(),
  summary: text.optional(),
  sources: z.array(z.strictObject({ label: text, url: httpUrl })).default([]),
  related: slugList.default([]),
  aliases: slugList.default([]),
  draft: z.boolean().default(false),
});
export const entrySchema = domain(entryKeys);
/** An entry's fields as written in its front matter, in domain shape. */
export type EntryFields = z.output<typeof entrySchema>;

export const authorityKeys = z.strictObject({
  name: text,
  abbr: text.optional(),
  name_zh: text.optional(),
  aliases: z.array(text).default([]),
  level: z.enum(AUTHORITY_LEVEL_IDS),
  parent: slug.optional(),
  region: text.optional(),
  url: httpUrl.optional(),
});
export const authoritySchema = domain(authorityKeys);
export type AuthorityFields = z.output<typeof authoritySchema>;

export const editionKeys = z.strictObject({
  title: text,
  period_start: calendarDate,
  period_end: calendarDate,
  published: calendarDate.optional(),
});
export const editionSchema = domain(editionKeys);
export type EditionFields = z.output<typeof editionSchema>;

export const topicKeys = z.strictObject({
  id: slug,
  label: text,
  label_zh: text.optional(),
});
export const topicSchema = domain(topicKeys);
export const topicsSchema = z.array(topicSchema);
export type Topic = z.output<typeof topicSchema>;

/**
 * The glossary (content/glossary.yml): groups of terms that mean the same thing to a reader, for
 * search. A term is 1 to 100 characters; a group has at least two.
 */
const glossaryTerm = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .refine((t) => [...t].length <= 100, { error: 'must be at most 100 characters' });
export const glossarySchema = z.array(z.array(glossaryTerm).min(2, { error: 'a group needs at least two terms that mean the same thing' }));
/** Groups of terms, each as written. */
export type Glossary = z.output<typeof glossarySchema>;
