import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Catalogue } from '../content/types';

const MIGRATIONS = path.resolve('prisma', 'migrations');

/**
 * Writes a catalogue to a new SQLite file and renames it over `target` in one step, so readers see
 * the old catalogue or the new one, never a mix. Drafts are left out: nothing downstream can show them.
 * Returns the new catalogue version.
 */
export async function writeCatalogue(catalogue: Catalogue, target: string, contentDir: string): Promise<string> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.tmp-${process.pid}-${Date.now()}`;
  fs.copyFileSync(schemaTemplate(path.dirname(target)), temp);
  try {
    const version = fill(catalogue, temp, contentDir);
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

/** One row per column list, in the order the columns are named: better-sqlite3 binds them by position. */
type Row = (string | number | null)[];

function insert(db: Database.Database, table: string, columns: readonly string[], rows: Iterable<Row>): void {
  const names = columns.map((c) => `"${c}"`).join(', ');
  const statement = db.prepare(`INSERT INTO "${table}" (${names}) VALUES (${columns.map(() => '?').join(', ')})`);
  for (const row of rows) statement.run(row);
}

/**
 * Fills the empty schema with plain prepared statements in one transaction: Prisma's createMany
 * took most of a load's write time (7.5 s at 10k entries) for what SQLite does in a fraction of a
 * second. The schema stays Prisma's (the template comes from its migrations) and Prisma Client
 * stays the read path; values are written as Prisma writes them (booleans as 0 and 1).
 */
function fill(catalogue: Catalogue, file: string, contentDir: string): string {
  const published = catalogue.entries.filter((e) => !e.draft);
  const live = new Set(published.map((e) => e.slug));
  const version = randomUUID();
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('foreign_keys = ON');
    db.transaction(() => {
      insert(db, 'Topic', ['id', 'label', 'labelZh', 'position'], catalogue.topics.map((t, position) => [t.id, t.label, t.labelZh, position]));
      insert(
        db,
        'Edition',
        ['id', 'title', 'periodStart', 'periodEnd', 'published', 'bodyMd', 'bodyHtml'],
        catalogue.editions.map((e) => [e.id, e.title, e.periodStart, e.periodEnd, e.published, e.bodyMd, e.bodyHtml]),
      );
      // Written without parents, then linked, so a parent's file need not come first.
      insert(
        db,
        'Authority',
        ['id', 'name', 'abbr', 'nameZh', 'level', 'region', 'url', 'bodyMd', 'bodyHtml'],
        catalogue.authorities.map((a) => [a.id, a.name, a.abbr, a.nameZh, a.level, a.region, a.url, a.bodyMd, a.bodyHtml]),
      );
      const link = db.prepare('UPDATE "Authority" SET "parentId" = ? WHERE "id" = ?');
      for (const a of catalogue.authorities) if (a.parent) link.run(a.parent, a.id);
      insert(
        db,
        'AuthorityAlias',
        ['authorityId', 'position', 'alias'],
        catalogue.authorities.flatMap((a) => a.aliases.map((alias, position) => [a.id, position, alias])),
      );
      insert(
        db,
        'Entry',
        ENTRY_COLUMNS,
        published.map((e) => [
          e.slug,
          e.file,
          e.title,
          e.short,
          e.titleZh,
          e.category,
          e.type,
          e.issuersNote,
          e.issued,
          e.effective,
          e.commentDeadline,
          e.stage,
          e.trial ? 1 : 0,
          e.repealed,
          e.docNumber,
          e.jurisdiction,
          e.edition,
          e.order,
          e.summary,
          e.bodyMd,
          e.bodyHtml,
          e.bodyText,
        ]),
      );
      insert(
        db,
        'EntryIssuer',
        ['entrySlug', 'position', 'authorityId'],
        published.flatMap((e) => e.issuers.map((authorityId, position) => [e.slug, position, authorityId])),
      );
      insert(
        db,
        'EntryTopic',
        ['entrySlug', 'position', 'topicId'],
        published.flatMap((e) => e.topics.map((topicId, position) => [e.slug, position, topicId])),
      );
      insert(
        db,
        'Source',
        ['entrySlug', 'position', 'label', 'url'],
        published.flatMap((e) => e.sources.map((s, position) => [e.slug, position, s.label, s.url])),
      );
      // Links to drafts are dropped: a draft is not published anywhere, not even as a related item.
      insert(
        db,
        'RelatedLink',
        ['fromSlug', 'position', 'toSlug'],
        published.flatMap((e) => e.related.filter((to) => live.has(to)).map((toSlug, position) => [e.slug, position, toSlug])),
      );
      insert(db, 'EntryAlias', ['alias', 'entrySlug'], published.flatMap((e) => e.aliases.map((alias) => [alias, e.slug])));
      insert(
        db,
        'CatalogueInfo',
        ['id', 'version', 'loadedAt', 'contentDir', 'entryCount'],
        [[1, version, new Date().toISOString(), contentDir, published.length]],
      );
    })();
  } finally {
    db.close();
  }
  return version;
}

const ENTRY_COLUMNS = [
  'slug',
  'file',
  'title',
  'short',
  'titleZh',
  'category',
  'type',
  'issuersNote',
  'issued',
  'effective',
  'commentDeadline',
  'stage',
  'trial',
  'repealed',
  'docNumber',
  'jurisdiction',
  'editionId',
  'order',
  'summary',
  'bodyMd',
  'bodyHtml',
  'bodyText',
] as const;
