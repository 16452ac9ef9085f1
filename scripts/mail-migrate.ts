// `npm run mail:migrate`: creates the subscribers database or brings it up to date with the
// committed migrations (prisma/subscribers/migrations). `npm start`, mail:send and the test servers
// run it; content:load never touches that database.
import { parseArgs } from 'node:util';
import { subscribersDatabasePath } from '../lib/subscribers/location';
import { migrateSubscribers } from '../lib/subscribers/migrate';

const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } }, strict: true });
if (values.help) {
  console.log('usage: npm run mail:migrate   (the file: SUBSCRIBERS_DATABASE_PATH, default .data/subscribers.db)');
  process.exit(0);
}
const file = subscribersDatabasePath();
migrateSubscribers(file);
console.log(`subscribers database ${file} is up to date with its migrations`);
