import fs from 'node:fs';
import path from 'node:path';
import { Snapshot } from '@/lib/catalogue/snapshot';
import { checkContent } from '@/lib/content/check';
import type { Catalogue } from '@/lib/content/types';
import { corpusFromCatalogue } from '@/lib/search/corpus';
import { openSubscribersDb, type SubscribersDb } from '@/lib/subscribers/client';
import { migrateSubscribers } from '@/lib/subscribers/migrate';
import { REPO, tempDir } from './fixtures';

let template: string | undefined;

/** A fresh subscribers database with the committed migrations applied (migrated once per test file, then copied). */
export function subscribersDb(): { db: SubscribersDb; file: string } {
  if (!template) {
    template = path.join(tempDir('tmt-subscribers-'), 'template.db');
    migrateSubscribers(template, REPO);
  }
  const file = path.join(tempDir(), 'subscribers.db');
  fs.copyFileSync(template, file);
  return { db: openSubscribersDb(file), file };
}

/** A validated content folder's catalogue; throws on any problem. */
export async function catalogueOf(dir: string): Promise<Catalogue> {
  const result = await checkContent(dir);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  return result.catalogue;
}

/** A snapshot of a catalogue as one served version: loaded at `loadedAt` (what "first published" records). */
export function versionOf(catalogue: Catalogue, version: string, loadedAt: Date): Snapshot {
  const bodies = new Map<string, string>([
    ...catalogue.entries.map((e) => [`entry:${e.slug}`, e.bodyHtml] as const),
    ...catalogue.editions.map((e) => [`edition:${e.id}`, e.bodyHtml] as const),
    ...catalogue.authorities.map((a) => [`authority:${a.id}`, a.bodyHtml] as const),
  ]);
  const editions = catalogue.editions.map(({ bodyMd: _m, bodyHtml: _h, ...e }) => e);
  const { docs, authorities, topics } = corpusFromCatalogue(catalogue);
  return new Snapshot({ entries: docs, authorities, topics, editions, glossary: catalogue.glossary }, version, loadedAt, { read: async (kind, id) => bodies.get(`${kind}:${id}`) ?? '' });
}

/** The token in a link of a message's text: `/subscribe/confirm?token=...`, `/subscriptions?token=...`. */
export function tokenIn(text: string, path: string): string {
  const found = new RegExp(`${path.replace(/[?/]/g, '\\$&')}\\?token=([A-Za-z0-9_-]{43})`).exec(text);
  if (!found) throw new Error(`no ${path} link in:\n${text}`);
  return found[1]!;
}

/** A moment, as minutes after a fixed start: tests move through time explicitly. */
export const at = (minutes: number) => new Date(Date.UTC(2026, 10, 1, 0, 0) + minutes * 60_000);
