import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { SLUG_PATTERN } from '../constants';
import { parseFrontMatter, parseYamlFile, type ParsedSource } from './front-matter';
import { didYouMean, type Problem } from './problems';
import { authorityKeys, authoritySchema, camelKey, editionKeys, editionSchema, entryKeys, entrySchema, glossarySchema, topicsSchema, type AuthorityFields, type EditionFields, type EntryFields, type Glossary, type Topic } from './schema';

/** A file that parsed and passed its schema, with what cross-file checks need to point back at it. */
export type SourceFile<T> = {
  id: string;
  /** Path relative to the content folder. */
  file: string;
  /** Path as printed in problems. */
  shown: string;
  data: T;
  body: string;
  lineOf: ParsedSource['lineOf'];
};

export type ContentFiles = {
  editions: SourceFile<EditionFields>[];
  entries: SourceFile<EntryFields>[];
  authorities: SourceFile<AuthorityFields>[];
  topics: SourceFile<Topic[]> | null;
  /** content/glossary.yml, when there is one and it passed its schema. */
  glossary: SourceFile<Glossary> | null;
  /**
   * Files that failed their schema, with the keys that are valid on their own: cross-file checks
   * still see their ids and references, so one typo neither hides nor invents other problems.
   */
  invalid: {
    editions: SourceFile<Partial<EditionFields>>[];
    entries: SourceFile<Partial<EntryFields>>[];
    authorities: SourceFile<Partial<AuthorityFields>>[];
    topicIds: string[];
  };
};

const FOLDERS = ['editions', 'entries', 'authorities'] as const;
const TOPICS_FILE = 'topics.yml';
const GLOSSARY_FILE = 'glossary.yml';

/** How a path is shown to authors: relative to the working directory when inside it. */
export function shownPath(absolute: string): string {
  const rel = path.relative(process.cwd(), absolute);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : absolute;
}

const ignored = (name: string) => name.startsWith('_') || name.startsWith('.');

/**
 * Reads and schema-checks every file of a content folder; problems collect in `problems`.
 * `onValid` sees each Markdown file that passed its schema as soon as it is read; when it returns
 * a promise, reading goes on once it settles (the check lets the render pool's results in so).
 */
export async function readContentFiles(dir: string, problems: Problem[], onValid?: (file: SourceFile<unknown>) => void | Promise<void>): Promise<ContentFiles> {
  const root = path.resolve(dir);
  const files: ContentFiles = {
    editions: [],
    entries: [],
    authorities: [],
    topics: null,
    glossary: null,
    invalid: { editions: [], entries: [], authorities: [], topicIds: [] },
  };
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    problems.push({ file: shownPath(root), line: 1, key: 'folder', message: 'content folder not found' });
    return files;
  }
  for (const item of fs.readdirSync(root, { withFileTypes: true })) {
    if (ignored(item.name)) continue;
    const known = (FOLDERS as readonly string[]).includes(item.name) ? item.isDirectory() : (item.name === TOPICS_FILE || item.name === GLOSSARY_FILE) && item.isFile();
    if (!known) {
      problems.push({
        file: shownPath(path.join(root, item.name)),
        line: 1,
        key: 'file',
        message: `unexpected ${item.isDirectory() ? 'folder' : 'file'}; a content folder holds editions/, entries/, authorities/, topics.yml and glossary.yml${didYouMean(item.name, [...FOLDERS, TOPICS_FILE, GLOSSARY_FILE])}`,
      });
    }
  }

  for (const folder of FOLDERS) {
    const base = path.join(root, folder);
    if (!fs.existsSync(base) || !fs.statSync(base).isDirectory()) continue;
    for (const abs of listMarkdown(base, folder === 'entries', problems)) {
      const shown = shownPath(abs);
      const id = path.basename(abs, '.md');
      if (!SLUG_PATTERN.test(id)) {
        problems.push({
          file: shown,
          line: 1,
          key: 'file name',
          message: `'${id}' is not a valid ${folder === 'entries' ? 'slug' : 'id'}: use lower-case letters and digits in words joined by single hyphens`,
        });
        continue;
      }
      const parsed = parseFrontMatter(fs.readFileSync(abs, 'utf8'));
      const file = path.relative(root, abs).split(path.sep).join('/');
      const [schema, keys] = folder === 'entries' ? [entrySchema, entryKeys] : folder === 'editions' ? [editionSchema, editionKeys] : [authoritySchema, authorityKeys];
      const data = validate(schema, parsed, shown, problems);
      if (data === undefined) {
        const partial = { id, file, shown, data: validKeys(keys, parsed.data), body: parsed.body, lineOf: parsed.lineOf };
        (files.invalid[folder] as SourceFile<unknown>[]).push(partial);
        continue;
      }
      const record = { id, file, shown, data, body: parsed.body, lineOf: parsed.lineOf };
      (files[folder] as SourceFile<unknown>[]).push(record);
      const wait = onValid?.(record);
      if (wait) await wait;
    }
  }

  const topicsPath = path.join(root, TOPICS_FILE);
  if (fs.existsSync(topicsPath)) {
    const parsed = parseYamlFile(fs.readFileSync(topicsPath, 'utf8'));
    const shown = shownPath(topicsPath);
    const data = validate(topicsSchema, parsed, shown, problems);
    if (data) files.topics = { id: 'topics', file: TOPICS_FILE, shown, data, body: '', lineOf: parsed.lineOf };
    else if (Array.isArray(parsed.data)) {
      files.invalid.topicIds = parsed.data.flatMap((t: unknown) => {
        const id = (t as { id?: unknown } | null)?.id;
        return typeof id === 'string' && SLUG_PATTERN.test(id) ? [id] : [];
      });
    }
  }

  // Optional: a missing glossary is an empty one.
  const glossaryPath = path.join(root, GLOSSARY_FILE);
  if (fs.existsSync(glossaryPath)) {
    const parsed = parseYamlFile(fs.readFileSync(glossaryPath, 'utf8'));
    const shown = shownPath(glossaryPath);
    const data = validate(glossarySchema, parsed.data === null ? { ...parsed, data: [] } : parsed, shown, problems);
    if (data) files.glossary = { id: 'glossary', file: GLOSSARY_FILE, shown, data, body: '', lineOf: parsed.lineOf };
  }
  return files;
}

/**
 * The keys of a front matter that pass their own schema (defaults applied), from a file that
 * failed as a whole, named as in the domain shape (camelCase).
 */
function validKeys(schema: z.ZodObject, raw: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [key, sub] of Object.entries(schema.shape)) {
    const r = (sub as z.ZodType).safeParse((raw as Record<string, unknown>)[key]);
    if (r.success && r.data !== undefined) out[camelKey(key)] = r.data;
  }
  return out;
}

function listMarkdown(base: string, nested: boolean, problems: Problem[]): string[] {
  const out: string[] = [];
  for (const item of fs.readdirSync(base, { withFileTypes: true })) {
    if (ignored(item.name)) continue;
    const abs = path.join(base, item.name);
    if (item.isDirectory()) {
      if (nested) out.push(...listMarkdown(abs, true, problems));
      else problems.push({ file: shownPath(abs), line: 1, key: 'file', message: 'sub-folders are allowed only under entries/' });
    } else if (item.name.endsWith('.md')) {
      out.push(abs);
    } else {
      problems.push({ file: shownPath(abs), line: 1, key: 'file', message: "not a content file: content files end in '.md'" });
    }
  }
  return out.sort();
}

function validate<S extends z.ZodType>(schema: S, parsed: ParsedSource, shown: string, problems: Problem[]): z.infer<S> | undefined {
  if (parsed.errors.length) {
    for (const e of parsed.errors) problems.push({ file: shown, line: e.line, key: 'front matter', message: `invalid YAML: ${e.message}` });
    return undefined;
  }
  const data = parsed.data ?? {};
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schema, issue.path);
      for (const key of issue.keys) {
        problems.push({
          file: shown,
          line: parsed.lineOf([...issue.path, key]),
          key: keyName([...issue.path, key]),
          message: `unknown key${didYouMean(key, allowed) || `; allowed keys: ${allowed.join(', ')}`}`,
        });
      }
      continue;
    }
    const missing = issue.input === undefined;
    problems.push({
      file: shown,
      line: missing && issue.path.length === 1 ? 1 : parsed.lineOf(issue.path),
      key: keyName(issue.path) || 'front matter',
      message: describe(issue, missing),
    });
  }
  return undefined;
}

function describe(issue: z.core.$ZodIssue, missing: boolean): string {
  if (missing) return 'required key is missing';
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${article(issue.expected)} (got ${typeName(issue.input)})`;
    case 'invalid_value': {
      const got = JSON.stringify(issue.input);
      const values = issue.values.map(String);
      const hint = typeof issue.input === 'string' ? didYouMean(issue.input, values) : '';
      return `${got} is not allowed; allowed values: ${values.join(', ')}${hint}`;
    }
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    int: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping of keys to values',
  };
  return names[expected] ?? expected;
}

function typeName(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text ${JSON.stringify(value)}`;
  return `${typeof value} ${String(value)}`;
}

function keyName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, step) => (typeof step === 'number' ? `${acc}[${step}]` : acc ? `${acc}.${String(step)}` : String(step)), '');
}

function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  // Walk object/array/default wrappers down to the object the unknown key sits in.
  let node: unknown = schema;
  for (const step of path) {
    node = unwrap(node);
    const def = (node as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } }).def;
    if (def?.type === 'object' && typeof step === 'string') node = def.shape?.[step];
    else if (def?.type === 'array') node = def.element;
  }
  node = unwrap(node);
  const def = (node as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } }).def;
  if (def?.type === 'array') node = unwrap(def.element);
  const shape = (node as { def?: { shape?: Record<string, unknown> } }).def?.shape;
  return shape ? Object.keys(shape) : [];
}

function unwrap(node: unknown): unknown {
  let current = node as { def?: { type?: string; innerType?: unknown } } | undefined;
  // A domain schema is a pipe from its front-matter keys to the transform: walk its input side.
  while (current?.def && ['default', 'optional', 'nullable', 'pipe'].includes(current.def.type ?? '')) {
    current = (current.def.type === 'pipe' ? (current.def as { in?: unknown }).in : current.def.innerType) as typeof current;
  }
  return current;
}
