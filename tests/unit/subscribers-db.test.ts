import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/subscribers/client';
import { migrateSubscribers, pendingMigrations } from '@/lib/subscribers/migrate';
import { REPO, removeAll, tempDir } from './helpers/fixtures';

afterAll(removeAll);

describe('the subscribers database', () => {
  it('is created from the committed migrations, in WAL mode, and then has nothing pending', () => {
    const file = path.join(tempDir(), 'data', 'subscribers.db');
    expect(pendingMigrations(file, REPO).length).toBeGreaterThan(0);
    migrateSubscribers(file, REPO);
    expect(pendingMigrations(file, REPO)).toEqual([]);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
  });

  it('has every field of prisma/subscribers/schema.prisma as a column: a schema change without its migration fails here', () => {
    const file = path.join(tempDir(), 'subscribers.db');
    migrateSubscribers(file, REPO);
    const db = new Database(file, { readonly: true });
    const models = {
      Subscriber: Prisma.SubscriberScalarFieldEnum,
      Subscription: Prisma.SubscriptionScalarFieldEnum,
      Token: Prisma.TokenScalarFieldEnum,
      Message: Prisma.MessageScalarFieldEnum,
      Published: Prisma.PublishedScalarFieldEnum,
      CatalogueVersion: Prisma.CatalogueVersionScalarFieldEnum,
    };
    try {
      for (const [table, fields] of Object.entries(models)) {
        const columns = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name).sort();
        expect(columns, table).toEqual(Object.values(fields).sort());
      }
    } finally {
      db.close();
    }
  });

  it('is left alone when up to date, even while another process has it open (Prisma would need it exclusively)', () => {
    const file = path.join(tempDir(), 'subscribers.db');
    migrateSubscribers(file, REPO);
    const server = new Database(file);
    try {
      server.prepare('SELECT count(*) FROM "Subscriber"').get();
      expect(() => migrateSubscribers(file, REPO)).not.toThrow();
    } finally {
      server.close();
    }
  });
});
