import path from 'node:path';

// turbopackIgnore: these paths are run-time settings, not files to trace into the build.

/** Absolute path of the served SQLite catalogue (`DATABASE_PATH`, default `.data/catalogue.db`). */
export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH || path.join('.data', 'catalogue.db'));
}

/** Absolute path of the content folder the site serves (`CONTENT_DIR`, default `content/`). */
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR || 'content');
}
