import path from 'node:path';

/** Absolute path of the subscribers database (`SUBSCRIBERS_DATABASE_PATH`, default `.data/subscribers.db`). */
export function subscribersDatabasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.SUBSCRIBERS_DATABASE_PATH || path.join('.data', 'subscribers.db'));
}
