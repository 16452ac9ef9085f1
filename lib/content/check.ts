import { didYouMean, sortProblems, type Problem } from './problems';
import { readContentFiles, type SourceFile } from './read';
import { Renderer, type RenderOptions } from './render-pool';
import { glossaryKey } from '../search/glossary';
import type { Authority, Catalogue, Edition, Entry, Glossary, Topic } from './types';

export type CheckResult =
  | { ok: true; catalogue: Catalogue; problems: [] }
  | { ok: false; catalogue: null; problems: Problem[] };

export type CheckOptions = RenderOptions;

/**
 * Reads a content folder and checks it as a whole: every file against its schema, then every
 * reference across files. Returns the catalogue only when nothing at all is wrong.
 * Markdown bodies are rendered while the files are read, on a piscina pool of worker threads for
 * a large folder (see Renderer), and the pool is destroyed before this settles; a folder with
 * problems wastes that work, which is cheap next to a load.
 * With `cache`, bodies rendered by an earlier check are taken from it, and a check that passes
 * stores its renderings there.
 */
export async function checkContent(dir: string, options: CheckOptions = {}): Promise<CheckResult> {
  const renderer = new Renderer(options);
  try {
    const result = await check(dir, renderer);
    if (result.ok) renderer.saveCache();
    return result;
  } finally {
    await renderer.close();
  }
}

async function check(dir: string, renderer: Renderer): Promise<CheckResult> {
  const problems: Problem[] = [];
  const tickets = new Map<SourceFile<unknown>, number>();
  const files = await readContentFiles(dir, problems, (file) => {
    tickets.set(file, renderer.submit(file.body));
    return renderer.turn();
  });
  const render = (file: SourceFile<unknown>) => renderer.result(tickets.get(file)!);
  const at = (f: SourceFile<unknown>, path: readonly PropertyKey[], key: string, message: string) =>
    problems.push({ file: f.shown, line: f.lineOf(path), key, message });

  const topics: Topic[] = [];
  const topicIds = new Set<string>(files.invalid.topicIds);
  if (files.topics) {
    files.topics.data.forEach((t, i) => {
      if (topicIds.has(t.id)) at(files.topics!, [i, 'id'], `[${i}].id`, `duplicate topic id '${t.id}'`);
      topicIds.add(t.id);
      topics.push(t);
    });
  }

  // Glossary: each term in one group, compared as search compares them (case, width, script).
  const glossary: Glossary = files.glossary?.data ?? [];
  if (files.glossary) {
    const g = files.glossary;
    const owner = new Map<string, { group: number; term: string }>();
    glossary.forEach((group, i) => {
      group.forEach((term, j) => {
        const key = glossaryKey(term);
        const where = `[${i}][${j}]`;
        if (!key) return at(g, [i, j], where, `'${term}' has no letters or digits, so no search would ever match it`);
        const first = owner.get(key);
        if (!first) owner.set(key, { group: i, term });
        else if (first.group === i) at(g, [i, j], where, `'${term}' is the same term as '${first.term}' in this group`);
        else at(g, [i, j], where, `'${term}' is already in group ${first.group + 1} (line ${g.lineOf([first.group])}) as '${first.term}'; a term may be in one group only`);
      });
    });
  }

  // Files that failed their schema still take part, with their valid keys (see ContentFiles.invalid).
  const allAuthorities = [...files.authorities, ...files.invalid.authorities];
  const allEntries = [...files.entries, ...files.invalid.entries];
  const authorityIds = new Set(allAuthorities.map((a) => a.id));
  const editionIds = new Set([...files.editions, ...files.invalid.editions].map((e) => e.id));
  const entryBySlug = new Map<string, SourceFile<unknown>>();
  const unknown = (kind: string, id: string, known: Set<string>) => `unknown ${kind} '${id}'${didYouMean(id, known)}`;

  // Authorities: parents exist and never loop back.
  const parentOf = new Map(allAuthorities.map((a) => [a.id, a.data.parent]));
  for (const a of allAuthorities) {
    const parent = a.data.parent;
    if (!parent) continue;
    if (!authorityIds.has(parent)) {
      at(a, ['parent'], 'parent', unknown('authority', parent, authorityIds));
      continue;
    }
    const seen = [a.id];
    for (let p: string | null | undefined = parent; p; p = parentOf.get(p)) {
      if (seen.includes(p)) {
        at(a, ['parent'], 'parent', `parent cycle: ${[...seen, p].join(' → ')}`);
        break;
      }
      seen.push(p);
    }
  }

  for (const e of files.editions) {
    if (e.data.periodEnd < e.data.periodStart) {
      at(e, ['period_end'], 'period_end', `${e.data.periodEnd} is before period_start ${e.data.periodStart}`);
    }
  }

  // Entries: unique slugs, then every reference.
  for (const e of allEntries) {
    const first = entryBySlug.get(e.id);
    if (first) problems.push({ file: e.shown, line: 1, key: 'file name', message: `duplicate slug '${e.id}': ${first.shown} has the same name` });
    else entryBySlug.set(e.id, e);
  }
  const aliasOwner = new Map<string, string>();
  const orderTaken = new Map<string, string>();
  for (const e of allEntries) {
    const d = e.data;
    const issuers = d.issuers ?? [];
    issuers.forEach((id, i) => {
      if (!authorityIds.has(id)) at(e, ['issuers', i], `issuers[${i}]`, unknown('issuer', id, authorityIds));
      if (issuers.indexOf(id) !== i) at(e, ['issuers', i], `issuers[${i}]`, `'${id}' is listed twice`);
    });
    (d.topics ?? []).forEach((id, i) => {
      if (!topicIds.has(id)) at(e, ['topics', i], `topics[${i}]`, `${unknown('topic', id, topicIds)} (topics are listed in topics.yml)`);
    });
    if (d.edition && !editionIds.has(d.edition)) at(e, ['edition'], 'edition', unknown('edition', d.edition, editionIds));
    if (d.order != null) {
      if (!d.edition) at(e, ['order'], 'order', 'order is a position within an edition: set edition too');
      else if (d.category) {
        const slot = `${d.edition}/${d.category}/${d.order}`;
        const holder = orderTaken.get(slot);
        if (holder) at(e, ['order'], 'order', `${d.category} number ${d.order} of edition ${d.edition} is already '${holder}'`);
        else orderTaken.set(slot, e.id);
      }
    }
    (d.related ?? []).forEach((slug, i) => {
      if (slug === e.id) at(e, ['related', i], `related[${i}]`, 'an entry cannot be related to itself');
      else if (!entryBySlug.has(slug)) at(e, ['related', i], `related[${i}]`, unknown('entry', slug, new Set(entryBySlug.keys())));
    });
    (d.aliases ?? []).forEach((alias, i) => {
      const key = `aliases[${i}]`;
      if (entryBySlug.has(alias)) at(e, ['aliases', i], key, `alias '${alias}' is the slug of ${entryBySlug.get(alias)!.shown}`);
      else if (aliasOwner.has(alias)) at(e, ['aliases', i], key, `alias '${alias}' is already an alias of '${aliasOwner.get(alias)}'`);
      else aliasOwner.set(alias, e.id);
    });
    if (d.issued && d.effective && d.effective < d.issued) at(e, ['effective'], 'effective', `${d.effective} is before issued ${d.issued}`);
    if (d.issued && d.repealed && d.repealed < d.issued) at(e, ['repealed'], 'repealed', `${d.repealed} is before issued ${d.issued}`);
  }

  if (problems.length) return { ok: false, catalogue: null, problems: sortProblems(problems) };

  await renderer.finish();
  const entries: Entry[] = files.entries.map((source) => {
    const md = render(source);
    return {
      ...source.data,
      slug: source.id,
      file: source.file,
      summary: source.data.summary ?? md.firstParagraph,
      bodyMd: source.body,
      bodyHtml: md.html,
      bodyText: md.text,
    };
  });
  const authorities: Authority[] = files.authorities.map((source) => ({ ...source.data, id: source.id, bodyMd: source.body, bodyHtml: render(source).html }));
  const editions: Edition[] = files.editions.map((source) => ({ ...source.data, id: source.id, bodyMd: source.body, bodyHtml: render(source).html }));
  return { ok: true, catalogue: { editions, entries, authorities, topics, glossary }, problems: [] };
}

/** Counts per kind, as the check command prints them. */
export function countCatalogue(c: Catalogue) {
  const drafts = c.entries.filter((e) => e.draft).length;
  return {
    editions: c.editions.length,
    entries: c.entries.length - drafts,
    drafts,
    authorities: c.authorities.length,
    topics: c.topics.length,
  };
}
