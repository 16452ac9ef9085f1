// `npm start`: install, generate the Prisma client, load CONTENT_DIR into the catalogue, build if
// needed, then serve on PORT (default 3000), starting the server again if it ever dies.
import fs from 'node:fs';
import path from 'node:path';
import { envPort, isPortFree } from './ports.mjs';
import { ensureBuilt, ensureInstalled, ensurePrismaClient, loadContent, migrateSubscribers, ROOT, step } from './steps.mjs';
import { superviseServer } from './supervise.mjs';

const started = Date.now();
const port = envPort('PORT', 3000);
const contentDir = process.env.CONTENT_DIR || 'content';
const database = path.resolve(ROOT, process.env.DATABASE_PATH || path.join('.data', 'catalogue.db'));
// Absolute links are written with SITE_URL; for a trial on this machine, this machine's address.
const siteUrl = process.env.SITE_URL || `http://localhost:${port}`;

// Say so at once if the port is taken, before minutes of setup.
if (!(await isPortFree(port))) {
  console.error(`✗ Port ${port} is already in use. Stop what is using it, or choose another: PORT=3001 npm start`);
  process.exit(1);
}

ensureInstalled();
ensurePrismaClient();

if (!loadContent(contentDir, database)) {
  if (!fs.existsSync(database)) {
    console.error('\n✗ The content has problems (above) and there is no earlier catalogue to serve. Fix them and run npm start again.');
    process.exit(1);
  }
  console.error('\n! The content has problems (above): serving the previous catalogue until they are fixed.');
}

// Email (docs/email.md): subscribers live in their own database, which a content load never touches.
process.env.SUBSCRIBERS_DATABASE_PATH = migrateSubscribers();

// Email (docs/email.md): subscribers live in their own database, which a content load never touches.
process.env.SUBSCRIBERS_DATABASE_PATH = migrateSubscribers();

// Pages read the catalogue on each request: a content change needs no new build.
ensureBuilt();

step(`Starting the server on port ${port} (SITE_URL ${siteUrl})`);
let announced = false;
const server = superviseServer({
  env: { PORT: String(port), SITE_URL: siteUrl, DATABASE_PATH: database, NODE_ENV: 'production' },
  onOutput: (chunk) => {
    process.stdout.write(chunk);
    if (!announced && /ready/i.test(chunk)) {
      announced = true;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`\nChina TMT Digest is ready at http://localhost:${port}/  (set up in ${seconds} s; Ctrl+C to stop)`);
    }
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void server.stop(signal).then(() => process.exit(0)));
