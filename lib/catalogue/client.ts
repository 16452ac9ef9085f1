import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../generated/prisma/client';

export type Db = InstanceType<typeof PrismaClient>;

/** A Prisma client on one SQLite file, through the better-sqlite3 driver adapter (no native Prisma engine). */
export function openDb(file: string, options: { readonly?: boolean } = {}): Db {
  return new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: file, readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false }),
  });
}
