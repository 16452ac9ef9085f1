import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * Applies the committed migrations (prisma/subscribers/migrations) to the subscribers database with
 * `prisma migrate deploy`, creating the file if needed, and switches it to WAL so the server and
 * mail:send can read while the other writes. Run by mail:send, `npm start` and the test servers;
 * never by content:load.
 */
export function migrateSubscribers(file: string, root: string = process.cwd()): void {
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
    throw new Error(`prisma migrate deploy (subscribers) failed:\n${out.stdout ?? ''}${out.stderr ?? ''}`);
  }
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
}
