// `npm run mail:send`: sends what is due. Records the catalogue's new items, composes the due
// edition and alert emails into the outbox, then sends every pending message (SMTP_URL, or .eml
// files under .data/outbox/). Safe to run from cron as often as you like; see docs/email.md.
// Exit status: 0 when everything due was sent (or refused for good), 1 when some messages wait
// for the next run (a temporary failure, an unreachable server), 2 for a usage error.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDb } from '../lib/catalogue/client';
import { databasePath } from '../lib/catalogue/location';
import { readSnapshot } from '../lib/catalogue/snapshot';
import { composeDue } from '../lib/mail/compose';
import { deliverPending } from '../lib/mail/deliver';
import { housekeeping } from '../lib/mail/housekeeping';
import { recordPublished } from '../lib/mail/published';
import { transportFromEnv } from '../lib/mail/transport';
import { siteUrl } from '../lib/site';
import { openSubscribersDb } from '../lib/subscribers/client';
import { subscribersDatabasePath } from '../lib/subscribers/location';
import { migrateSubscribers } from '../lib/subscribers/migrate';
import { plural } from './cli';

const usage = `usage: npm run mail:send [-- --quiet]

Sends what is due: each new edition to edition subscribers, new matches to search subscribers
(daily or weekly), and confirmation emails the server could not send.

Environment: SMTP_URL (smtp://user:pass@host:587; unset: .eml files in MAIL_OUTBOX_DIR, default
.data/outbox), MAIL_FROM, SITE_URL, DATABASE_PATH (the catalogue), SUBSCRIBERS_DATABASE_PATH.`;

let values: { quiet?: boolean; help?: boolean };
try {
  ({ values } = parseArgs({ options: { quiet: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const log = values.quiet ? () => {} : (line: string) => console.log(line);

const file = subscribersDatabasePath();
migrateSubscribers(file);
const release = lock(`${file}.send-lock`);
const catalogue = databasePath();
if (!fs.existsSync(catalogue)) {
  console.error(`mail:send: the catalogue ${catalogue} does not exist: run npm run content:load (or npm start) first.`);
  process.exit(1);
}
if (process.env.SMTP_URL && !siteUrl().startsWith('https://')) {
  console.warn(`mail:send: SITE_URL is ${siteUrl()}: links and List-Unsubscribe should be https (RFC 8058); set SITE_URL to the public https origin.`);
}

const snapshot = await readSnapshot(openDb(catalogue, { readonly: true }));
const db = openSubscribersDb(file);
const transport = transportFromEnv();
let failed = false;
try {
  const now = new Date();
  await recordPublished(db, snapshot);
  const tidy = await housekeeping(db, now);
  const composed = await composeDue(db, snapshot, now);
  for (const s of composed.skipped) console.warn(`mail:send: subscription ${s.subscription} skipped: ${s.reason}`);
  const sent = await deliverPending(db, transport, { log: (line) => log(`  ${line}`) });
  console.log(
    `mail:send: composed ${plural(composed.editions, 'edition email')} and ${plural(composed.alerts, 'alert')}; ` +
      `sent ${sent.sent}, ${sent.retry} to retry, ${sent.refused} refused${sent.suspended ? ` (${plural(sent.suspended, 'address', 'addresses')} suspended)` : ''}, ${sent.dropped} dropped` +
      `${tidy.expired || tidy.forgotten ? `; ${plural(tidy.expired, 'unconfirmed request')} expired, ${plural(tidy.forgotten, 'unconfirmed address', 'unconfirmed addresses')} forgotten` : ''}; via ${transport.name}`,
  );
  if (sent.stopped) console.error(`mail:send: stopped early: ${sent.stopped}`);
  // Exit 1 when anything waits for the next run, so cron (or whatever runs this) can tell.
  failed = sent.retry > 0 || sent.stopped !== null;
} finally {
  transport.close();
  await db.$disconnect();
  release();
}
process.exit(failed ? 1 : 0);

/**
 * One mail:send at a time: a lock file holding the running process's id. A lock left by a process
 * that no longer exists (killed) is taken over.
 */
function lock(path: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(path, String(process.pid), { flag: 'wx' });
      const release = () => fs.rmSync(path, { force: true });
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(fs.readFileSync(path, 'utf8'));
      if (pid && alive(pid)) {
        console.error(`mail:send: another run (process ${pid}) is still sending; this one stops.`);
        process.exit(1);
      }
      fs.rmSync(path, { force: true });
    }
  }
  throw new Error(`could not take the lock ${path}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A killed process whose parent has not reaped it yet (a zombie) still answers kill(pid, 0).
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return true;
  }
}
