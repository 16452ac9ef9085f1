import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** The committed migrations (folder names, in order) that the database at `file` has not applied; all of them when it does not exist. */
export function pendingMigrations(file: string, root: string = process.cwd()): string[] {
  const folder = path.join(root, 'prisma', 'subscribers', 'migrations');
  const committed = fs
    .readdirSync(folder)
    .filter((name) => fs.existsSync(path.join(folder, name, 'migration.sql')))
    .sort();
  if (!fs.existsSync(file)) return committed;
  const db = new Database(file, { readonly: true });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return committed;
    const applied = new Set(
      (db.prepare('SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL').all() as { name: string }[]).map((r) => r.name),
    );
    return committed.filter((name) => !applied.has(name));
  } finally {
    db.close();
  }
}

/**
 * Creates the subscribers database or applies its new committed migrations
 * (prisma/subscribers/migrations) with `prisma migrate deploy`, and switches it to WAL so the
 * server and mail:send can read while the other writes. Run by mail:send, `npm start` and the test
 * servers; never by content:load. When nothing is pending it does not start Prisma at all: Prisma's
 * SQLite migrations take the file in exclusive locking mode, which fails while a running server
 * has it open (a new migration therefore goes in with `npm start`, before the server starts).
 */
export function migrateSubscribers(file: string, root: string = process.cwd()): void {
  const pending = pendingMigrations(file, root);
  if (pending.length === 0) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const prisma = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
  try {
    execFileSync(process.execPath, [prisma, 'migrate', 'deploy', '--config', path.join(root, 'prisma.subscribers.config.ts')], {
      cwd: root,
      env: { ...process.env, SUBSCRIBERS_DATABASE_PATH: file },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const out = error as { stdout?: Buffer; stderr?: Buffer };
    const text = `${out.stdout ?? ''}${out.stderr ?? ''}`;
    const busy = /SQLITE_BUSY|SocketTimeout|database is locked/.test(text)
      ? `\nAnother process (a running server?) has ${file} open; stop it and run this again (npm start migrates before it serves).`
      : '';
    throw new Error(`prisma migrate deploy (subscribers: ${pending.join(', ')}) failed:${busy}\n${text}`);
  }
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
}
