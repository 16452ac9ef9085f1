import path from 'node:path';

/** Absolute path of the served SQLite catalogue (`DATABASE_PATH`, default `.data/catalogue.db`). */
export function databasePath(): string {
  return path.resolve(process.env.DATABASE_PATH || path.join('.data', 'catalogue.db'));
}

/** Absolute path of the content folder the site serves (`CONTENT_DIR`, default `content/`). */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR || 'content');
}
