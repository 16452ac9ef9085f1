import 'server-only';
import fs from 'node:fs';
import { openDb, type Db } from './client';
import { databasePath } from './location';

type Open = { db: Db; key: string };
const state = globalThis as unknown as { __catalogue?: Open };

// A content load renames a new file over the catalogue; the inode tells us it changed.
function fileKey(file: string): string {
  try {
    const s = fs.statSync(file);
    return `${s.ino}:${s.mtimeMs}:${s.size}`;
  } catch {
    throw new Error(`The catalogue ${file} does not exist: run \`npm run content:load\` (or \`npm start\`) first.`);
  }
}

/**
 * The Prisma client on the current catalogue file. After a content load it opens the new file;
 * the old client is closed a little later so requests already running on it finish.
 */
export function getDb(): Db {
  const file = databasePath();
  const key = fileKey(file);
  const current = state.__catalogue;
  if (current?.key === key) return current.db;
  const next = { db: openDb(file, { readonly: true }), key };
  state.__catalogue = next;
  if (current) setTimeout(() => void current.db.$disconnect(), 30_000).unref();
  return next.db;
}

/** An identifier of the catalogue now being served, cheap enough to check on every request. */
export function getCatalogueKey(): string {
  return fileKey(databasePath());
}
