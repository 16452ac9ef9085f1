import 'server-only';
import fs from 'node:fs';
import { openSubscribersDb, type SubscribersDb } from './client';
import { subscribersDatabasePath } from './location';

const state = globalThis as unknown as {
  __subscribers?: { db: SubscribersDb; file: string };
  __delivery?: { db: SubscribersDb; file: string };
  __subscribersQueue?: Promise<unknown>;
};

function getSubscribersDb(): SubscribersDb {
  const file = subscribersDatabasePath();
  if (state.__subscribers?.file === file) return state.__subscribers.db;
  if (!fs.existsSync(file)) throw new Error(`The subscribers database ${file} does not exist: \`npm start\` or \`npm run mail:send\` creates it.`);
  state.__subscribers = { db: openSubscribersDb(file), file };
  return state.__subscribers.db;
}

/**
 * Runs `work` on the server's client of the subscribers database, one request's work at a time.
 * Prisma's better-sqlite3 adapter shares one connection, so a query of one request could otherwise
 * land inside another request's open transaction; these are a few milliseconds each.
 */
export function withSubscribers<T>(work: (db: SubscribersDb) => Promise<T>): Promise<T> {
  const run = (state.__subscribersQueue ?? Promise.resolve()).then(() => work(getSubscribersDb()));
  state.__subscribersQueue = run.catch(() => undefined);
  return run;
}

/**
 * A second client on the same file, for sending from the server (the confirmation email right after
 * a subscribe request): its own connection, so a slow SMTP exchange holds up no request, and its
 * statements never land inside a request's transaction.
 */
export function getDeliveryDb(): SubscribersDb {
  const file = subscribersDatabasePath();
  if (state.__delivery?.file === file) return state.__delivery.db;
  getSubscribersDb();
  state.__delivery = { db: openSubscribersDb(file), file };
  return state.__delivery.db;
}
