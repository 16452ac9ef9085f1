import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { subscribersDatabasePath } from './lib/subscribers/location';

// The subscribers database (prisma/subscribers/): `prisma migrate deploy --config prisma.subscribers.config.ts`.
// The same JS schema engine and driver adapter as prisma.config.ts: no native Prisma engine.
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'subscribers', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'subscribers', 'migrations') },
  async adapter() {
    return new PrismaBetterSQLite3({ url: subscribersDatabasePath() });
  },
});
