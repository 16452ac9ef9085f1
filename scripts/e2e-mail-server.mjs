// The email end-to-end tests' server (Playwright's webServer for tests/e2e/mail.spec.ts): a copy of
// content/ that the spec adds to (.data/e2e-mail-content), its own catalogue (.data/e2e-mail.db),
// a fresh subscribers database with the migrations applied, SITE_URL set to its own origin (the
// links in the emails lead back to it, and form POSTs come from it), and SMTP_URL set to the real
// SMTP server the spec runs on E2E_SMTP_PORT. Then the usual test server on that catalogue.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { migrateSubscribers, ROOT } from './steps.mjs';

const MAIL_E2E = {
  content: path.join('.data', 'e2e-mail-content'),
  catalogue: path.join('.data', 'e2e-mail.db'),
  subscribers: path.join('.data', 'e2e-mail-subscribers.db'),
};

parseArgs({ options: {}, strict: true });
const port = process.env.E2E_PORT || '3110';
const smtpPort = process.env.E2E_SMTP_PORT || '3125';

const content = path.join(ROOT, MAIL_E2E.content);
fs.rmSync(content, { recursive: true, force: true });
fs.cpSync(path.join(ROOT, 'content'), content, { recursive: true });
for (const suffix of ['', '-wal', '-shm', '.send-lock']) fs.rmSync(path.join(ROOT, `${MAIL_E2E.subscribers}${suffix}`), { force: true });
const subscribers = migrateSubscribers(MAIL_E2E.subscribers);

const server = spawn(process.execPath, [path.join(ROOT, 'scripts', 'e2e-server.mjs'), '--content', MAIL_E2E.content, '--database', MAIL_E2E.catalogue], {
  cwd: ROOT,
  stdio: 'inherit',
  env: {
    ...process.env,
    E2E_PORT: port,
    SITE_URL: `http://localhost:${port}`,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_FROM: '"China TMT Digest" <digest@localhost>',
    SUBSCRIBERS_DATABASE_PATH: subscribers,
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
