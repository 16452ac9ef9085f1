import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '@/lib/catalogue/client';
import { COLUMNS, columnValues, schemaTemplate, writeCatalogue } from '@/lib/catalogue/load';
import { checkContent } from '@/lib/content/check';
import type { Catalogue } from '@/lib/content/types';
import { CALENDAR, GOOD, removeAll, SEED_CONTENT, tempDir } from './helpers/fixtures';

afterAll(removeAll);

/** The writer as it was with Prisma's createMany, kept here as the reference the SQL writer must match. */
async function prismaWrite(catalogue: Catalogue, file: string, contentDir: string): Promise<void> {
  const published = catalogue.entries.filter((e) => !e.draft);
  const live = new Set(published.map((e) => e.slug));
  const db = openDb(file);
  try {
    await db.$transaction([
      db.topic.createMany({ data: catalogue.topics.map((t, position) => ({ ...t, position })) }),
      db.edition.createMany({ data: catalogue.editions }),
      db.authority.createMany({ data: catalogue.authorities.map(({ aliases: _a, parent: _p, ...a }) => a) }),
      ...catalogue.authorities.filter((a) => a.parent).map((a) => db.authority.update({ where: { id: a.id }, data: { parent: a.parent } })),
      db.authorityAlias.createMany({
        data: catalogue.authorities.flatMap((a) => a.aliases.map((alias, position) => ({ authorityId: a.id, position, alias }))),
      }),
      db.entry.createMany({
        data: published.map(({ issuers: _i, topics: _t, sources: _s, related: _r, aliases: _a, draft: _d, ...e }) => e),
      }),
      db.entryIssuer.createMany({ data: published.flatMap((e) => e.issuers.map((authorityId, position) => ({ entrySlug: e.slug, position, authorityId }))) }),
      db.entryTopic.createMany({ data: published.flatMap((e) => e.topics.map((topicId, position) => ({ entrySlug: e.slug, position, topicId }))) }),
      db.source.createMany({ data: published.flatMap((e) => e.sources.map((s, position) => ({ entrySlug: e.slug, position, ...s }))) }),
      db.relatedLink.createMany({
        data: published.flatMap((e) => e.related.filter((to) => live.has(to)).map((toSlug, position) => ({ fromSlug: e.slug, position, toSlug }))),
      }),
      db.entryAlias.createMany({ data: published.flatMap((e) => e.aliases.map((alias) => ({ alias, entrySlug: e.slug }))) }),
      db.glossaryTerm.createMany({ data: catalogue.glossary.flatMap((group, groupIndex) => group.map((term, position) => ({ groupIndex, position, term }))) }),
      db.catalogueInfo.create({ data: { id: 1, version: 'v', loadedAt: 't', contentDir, entryCount: published.length } }),
    ]);
  } finally {
    await db.$disconnect();
  }
}

/** Every row of every table as SQLite holds it (quote() shows the storage class too), in key order. */
function dump(file: string): Record<string, string[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_prisma%' ESCAPE '\\' ORDER BY name").pluck().all() as string[];
    return Object.fromEntries(
      tables.map((table) => {
        const columns = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
        const shown = columns.map((c) => (table === 'CatalogueInfo' && (c === 'version' || c === 'loadedAt') ? `'-'` : `quote("${c}")`));
        const rows = db.prepare(`SELECT ${shown.join(" || ' | ' || ")} FROM "${table}" ORDER BY 1`).pluck().all() as string[];
        return [table, rows];
      }),
    );
  } finally {
    db.close();
  }
}

describe('writeCatalogue writes the rows the Prisma writer wrote', () => {
  it.each([
    ['the seed content', SEED_CONTENT],
    ['the good fixtures (a draft, aliases, related links)', GOOD],
    ['the calendar fixtures', CALENDAR],
  ])('%s', async (_name, dir) => {
    const result = await checkContent(dir);
    if (!result.ok) throw new Error(`${dir} should be valid`);
    const out = tempDir('tmt-digest-sql-');
    const ours = path.join(out, 'catalogue.db');
    await writeCatalogue(result.catalogue, ours, dir);
    const reference = path.join(out, 'reference.db');
    fs.copyFileSync(schemaTemplate(out), reference);
    await prismaWrite(result.catalogue, reference, dir);

    const a = dump(ours);
    expect(a.Entry!.length).toBe(result.catalogue.entries.filter((e) => !e.draft).length);
    expect(a).toEqual(dump(reference));
  });
});

describe('the writer binds columns by name, from the Prisma schema', () => {
  const one = async () => {
    const result = await checkContent(GOOD);
    if (!result.ok) throw new Error('the good fixtures should be valid');
    return result.catalogue;
  };

  it("writes every column of each table that Prisma's model has, no more and no fewer", () => {
    const out = tempDir('tmt-digest-columns-');
    const file = path.join(out, 'template.db');
    fs.copyFileSync(schemaTemplate(out), file);
    const db = new Database(file, { readonly: true });
    try {
      for (const [table, columns] of Object.entries(COLUMNS)) {
        const inDatabase = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name).sort();
        expect(inDatabase, table).toEqual([...columns].sort());
      }
    } finally {
      db.close();
    }
  });

  it('an entry, an authority and an edition have a value for each column, and each field has a column', async () => {
    const c = await one();
    expect(() => columnValues('Entry', c.entries[0]!)).not.toThrow();
    expect(() => columnValues('Authority', c.authorities[0]!)).not.toThrow();
    expect(() => columnValues('Edition', c.editions[0]!)).not.toThrow();
    expect(Object.keys(columnValues('Entry', c.entries[0]!)).sort()).toEqual([...COLUMNS.Entry].sort());
  });

  it('refuses a domain field with no column, and a column with no field, naming them', async () => {
    const entry = (await one()).entries[0]!;
    expect(() => columnValues('Entry', { ...entry, newKey: 'x' })).toThrow("Entry: field 'newKey' has no column (add it to prisma/schema.prisma with a migration)");
    const { docNumber: _dropped, ...without } = entry;
    expect(() => columnValues('Entry', without)).toThrow('Entry.docNumber: the record has no field of that name');
  });
});
