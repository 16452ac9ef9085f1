import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Catalogue } from '../content/types';
import { Prisma } from '../generated/prisma/client';

const MIGRATIONS = path.resolve('prisma', 'migrations');

/**
 * Writes a catalogue to a new SQLite file and renames it over `target` in one step, so readers see
 * the old catalogue or the new one, never a mix. Drafts are left out: nothing downstream can show them.
 * Returns the new catalogue version (`version`: one given, e.g. the same for every instance of a
 * cluster, or a new random one).
 */
export async function writeCatalogue(catalogue: Catalogue, target: string, contentDir: string, version: string = randomUUID()): Promise<string> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.tmp-${process.pid}-${Date.now()}`;
  fs.copyFileSync(schemaTemplate(path.dirname(target)), temp);
  try {
    fill(catalogue, temp, contentDir, version);
    fs.renameSync(temp, target);
    return version;
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** An empty database with every committed migration applied by `prisma migrate deploy`, cached per migration set. */
export function schemaTemplate(dir: string): string {
  const hash = createHash('sha256');
  for (const name of fs.readdirSync(MIGRATIONS).sort()) {
    const sql = path.join(MIGRATIONS, name, 'migration.sql');
    if (fs.existsSync(sql)) hash.update(name).update(fs.readFileSync(sql));
  }
  const template = path.join(dir, `schema-${hash.digest('hex').slice(0, 12)}.db`);
  if (fs.existsSync(template)) return template;
  const building = `${template}.tmp-${process.pid}`;
  const prisma = path.resolve('node_modules', 'prisma', 'build', 'index.js');
  try {
    execFileSync(process.execPath, [prisma, 'migrate', 'deploy'], {
      env: { ...process.env, DATABASE_PATH: building },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    fs.rmSync(building, { force: true });
    const out = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`prisma migrate deploy failed:\n${out.stdout ?? ''}${out.stderr ?? ''}`);
  }
  fs.renameSync(building, template);
  return template;
}

/** A table's columns, as Prisma's generated client lists the model's scalar fields (prisma/schema.prisma). */
export const COLUMNS = {
  Topic: Object.values(Prisma.TopicScalarFieldEnum),
  Edition: Object.values(Prisma.EditionScalarFieldEnum),
  Authority: Object.values(Prisma.AuthorityScalarFieldEnum),
  AuthorityAlias: Object.values(Prisma.AuthorityAliasScalarFieldEnum),
  Entry: Object.values(Prisma.EntryScalarFieldEnum),
  EntryIssuer: Object.values(Prisma.EntryIssuerScalarFieldEnum),
  EntryTopic: Object.values(Prisma.EntryTopicScalarFieldEnum),
  Source: Object.values(Prisma.SourceScalarFieldEnum),
  RelatedLink: Object.values(Prisma.RelatedLinkScalarFieldEnum),
  EntryAlias: Object.values(Prisma.EntryAliasScalarFieldEnum),
  CatalogueInfo: Object.values(Prisma.CatalogueInfoScalarFieldEnum),
  GlossaryTerm: Object.values(Prisma.GlossaryTermScalarFieldEnum),
} as const;
export type Table = keyof typeof COLUMNS;

/**
 * Fields of a domain record that are not columns of its table: lists, written to tables of their
 * own, and `draft` (drafts are never written).
 */
export const NOT_COLUMNS: Partial<Record<Table, readonly string[]>> = {
  Entry: ['issuers', 'topics', 'sources', 'related', 'aliases', 'draft'],
  Authority: ['aliases'],
};

/**
 * The values of a record for its table's columns, by name. A column the record has no value for, or
 * a field that is no column, is an error: a key added to the domain (lib/content/schema.ts) or to
 * prisma/schema.prisma alone is caught on the first load, never written half.
 */
export function columnValues(table: Table, record: Record<string, unknown>): Record<string, string | number | null> {
  const columns: readonly string[] = COLUMNS[table];
  const skipped = NOT_COLUMNS[table] ?? [];
  const values: Record<string, string | number | null> = {};
  for (const column of columns) {
    const value = record[column];
    if (value === undefined) throw new Error(`${table}.${column}: the record has no field of that name (add it to lib/content/schema.ts, or drop the column)`);
    // Booleans as Prisma writes them to SQLite.
    values[column] = typeof value === 'boolean' ? (value ? 1 : 0) : (value as string | number | null);
  }
  for (const field of Object.keys(record)) {
    if (!columns.includes(field) && !skipped.includes(field)) throw new Error(`${table}: field '${field}' has no column (add it to prisma/schema.prisma with a migration)`);
  }
  return values;
}

function insert(db: Database.Database, table: Table, records: Iterable<Record<string, unknown>>): void {
  const columns = COLUMNS[table];
  const statement = db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
  for (const record of records) statement.run(columnValues(table, record));
}

/**
 * Fills the empty schema with prepared statements in one transaction, each column bound by name.
 * Prisma's createMany in one transaction takes 8 to 10 s at 10k entries where these take under 1 s
 * (measured 2026-11-29, docs/performance.md); the schema stays Prisma's (the template comes from
 * its migrations) and Prisma Client stays the read path.
 */
function fill(catalogue: Catalogue, file: string, contentDir: string, version: string): void {
  const published = catalogue.entries.filter((e) => !e.draft);
  const live = new Set(published.map((e) => e.slug));
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('foreign_keys = ON');
    db.transaction(() => {
      insert(db, 'Topic', catalogue.topics.map((t, position) => ({ ...t, position })));
      insert(db, 'Edition', catalogue.editions);
      // Written without parents, then linked, so a parent's file need not come first.
      insert(db, 'Authority', catalogue.authorities.map((a) => ({ ...a, parent: null })));
      const link = db.prepare('UPDATE "Authority" SET "parent" = ? WHERE "id" = ?');
      for (const a of catalogue.authorities) if (a.parent) link.run(a.parent, a.id);
      insert(db, 'AuthorityAlias', catalogue.authorities.flatMap((a) => a.aliases.map((alias, position) => ({ authorityId: a.id, position, alias }))));
      insert(db, 'Entry', published);
      insert(db, 'EntryIssuer', published.flatMap((e) => e.issuers.map((authorityId, position) => ({ entrySlug: e.slug, position, authorityId }))));
      insert(db, 'EntryTopic', published.flatMap((e) => e.topics.map((topicId, position) => ({ entrySlug: e.slug, position, topicId }))));
      insert(db, 'Source', published.flatMap((e) => e.sources.map((s, position) => ({ entrySlug: e.slug, position, ...s }))));
      // Links to drafts are dropped: a draft is not published anywhere, not even as a related item.
      insert(db, 'RelatedLink', published.flatMap((e) => e.related.filter((to) => live.has(to)).map((toSlug, position) => ({ fromSlug: e.slug, position, toSlug }))));
      insert(db, 'EntryAlias', published.flatMap((e) => e.aliases.map((alias) => ({ alias, entrySlug: e.slug }))));
      insert(db, 'GlossaryTerm', catalogue.glossary.flatMap((group, groupIndex) => group.map((term, position) => ({ groupIndex, position, term }))));
      insert(db, 'CatalogueInfo', [{ id: 1, version, loadedAt: new Date().toISOString(), contentDir, entryCount: published.length }]);
    })();
  } finally {
    db.close();
  }
}
