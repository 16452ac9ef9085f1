import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Catalogue } from '../content/types';
import { openDb } from './client';

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
    const version = await fill(catalogue, temp, contentDir);
    fs.renameSync(temp, target);
    return version;
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** An empty database with every committed migration applied by `prisma migrate deploy`, cached per migration set. */
function schemaTemplate(dir: string): string {
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

async function fill(catalogue: Catalogue, file: string, contentDir: string): Promise<string> {
  const published = catalogue.entries.filter((e) => !e.draft);
  const live = new Set(published.map((e) => e.slug));
  const version = randomUUID();
  const db = openDb(file);
  try {
    await db.$transaction([
      db.topic.createMany({ data: catalogue.topics.map((t, position) => ({ ...t, position })) }),
      db.edition.createMany({ data: catalogue.editions }),
      // Written without parents, then linked, so a parent's file need not come first.
      db.authority.createMany({
        data: catalogue.authorities.map(({ aliases: _a, parent: _p, ...a }) => a),
      }),
      ...catalogue.authorities
        .filter((a) => a.parent)
        .map((a) => db.authority.update({ where: { id: a.id }, data: { parentId: a.parent } })),
      db.authorityAlias.createMany({
        data: catalogue.authorities.flatMap((a) => a.aliases.map((alias, position) => ({ authorityId: a.id, position, alias }))),
      }),
      db.entry.createMany({
        data: published.map((e) => ({
          slug: e.slug,
          file: e.file,
          title: e.title,
          short: e.short,
          titleZh: e.titleZh,
          category: e.category,
          type: e.type,
          issuersNote: e.issuersNote,
          issued: e.issued,
          effective: e.effective,
          commentDeadline: e.commentDeadline,
          stage: e.stage,
          trial: e.trial,
          repealed: e.repealed,
          docNumber: e.docNumber,
          jurisdiction: e.jurisdiction,
          editionId: e.edition,
          order: e.order,
          summary: e.summary,
          bodyMd: e.bodyMd,
          bodyHtml: e.bodyHtml,
          bodyText: e.bodyText,
        })),
      }),
      db.entryIssuer.createMany({
        data: published.flatMap((e) => e.issuers.map((authorityId, position) => ({ entrySlug: e.slug, position, authorityId }))),
      }),
      db.entryTopic.createMany({
        data: published.flatMap((e) => e.topics.map((topicId, position) => ({ entrySlug: e.slug, position, topicId }))),
      }),
      db.source.createMany({
        data: published.flatMap((e) => e.sources.map((s, position) => ({ entrySlug: e.slug, position, ...s }))),
      }),
      // Links to drafts are dropped: a draft is not published anywhere, not even as a related item.
      db.relatedLink.createMany({
        data: published.flatMap((e) =>
          e.related.filter((to) => live.has(to)).map((toSlug, position) => ({ fromSlug: e.slug, position, toSlug })),
        ),
      }),
      db.entryAlias.createMany({
        data: published.flatMap((e) => e.aliases.map((alias) => ({ alias, entrySlug: e.slug }))),
      }),
      db.catalogueInfo.create({
        data: { id: 1, version, loadedAt: new Date().toISOString(), contentDir, entryCount: published.length },
      }),
    ]);
  } finally {
    await db.$disconnect();
  }
  return version;
}
