import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../generated/subscribers/client';

export type SubscribersDb = InstanceType<typeof PrismaClient>;

/**
 * A Prisma client on the subscribers database (prisma/subscribers/schema.prisma), through the
 * better-sqlite3 driver adapter. The file must exist with its migrations applied
 * (lib/subscribers/migrate.ts): nothing here creates tables.
 */
export function openSubscribersDb(file: string): SubscribersDb {
  // `timeout`: how long a write waits for another process's (the server's or mail:send's) to finish.
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file, fileMustExist: true, timeout: 10_000 }) });
}
