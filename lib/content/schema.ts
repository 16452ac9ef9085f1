import { z } from 'zod';
import { AUTHORITY_LEVEL_IDS, CATEGORY_IDS, SLUG_PATTERN, STAGES } from '../constants';
import { isCalendarDate } from '../dates';

const text = z.string().trim().min(1, { error: 'must not be empty' });
const slug = z.string().regex(SLUG_PATTERN, {
  error: 'must be lower-case letters and digits in words joined by single hyphens (e.g. cac-shanghai)',
});
const date = z.string().refine(isCalendarDate, { error: 'must be a calendar date written YYYY-MM-DD' });
const httpUrl = z.string().refine(isHttpUrl, { error: 'must be an absolute http: or https: URL' });
const slugList = z.array(slug);

/** An entry's front matter: exactly the keys of the contract, nothing else. */
export const entrySchema = z.strictObject({
  title: text,
  short: text.optional(),
  title_zh: text.optional(),
  category: z.enum(CATEGORY_IDS),
  type: text.optional(),
  issuers: slugList.min(1, { error: 'must list at least one authority id' }),
  issuers_note: text.optional(),
  issued: date,
  effective: date.optional(),
  comment_deadline: date.optional(),
  stage: z.enum(STAGES).default('final'),
  trial: z.boolean().default(false),
  repealed: date.optional(),
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
export type EntryFrontMatter = z.infer<typeof entrySchema>;

export const authoritySchema = z.strictObject({
  name: text,
  abbr: text.optional(),
  name_zh: text.optional(),
  aliases: z.array(text).default([]),
  level: z.enum(AUTHORITY_LEVEL_IDS),
  parent: slug.optional(),
  region: text.optional(),
  url: httpUrl.optional(),
});
export type AuthorityFrontMatter = z.infer<typeof authoritySchema>;

export const editionSchema = z.strictObject({
  title: text,
  period_start: date,
  period_end: date,
  published: date.optional(),
});
export type EditionFrontMatter = z.infer<typeof editionSchema>;

export const topicSchema = z.strictObject({
  id: slug,
  label: text,
  label_zh: text.optional(),
});
export const topicsSchema = z.array(topicSchema);
export type TopicRow = z.infer<typeof topicSchema>;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
