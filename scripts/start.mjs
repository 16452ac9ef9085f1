// `npm start`: install, generate the Prisma client, load CONTENT_DIR into the catalogue, build if
// needed, then serve on PORT (default 3000).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { bin, ensureBuilt, ensureInstalled, ensurePrismaClient, loadContent, ROOT, step } from './steps.mjs';
import { migrateSubscribers } from './steps.mjs';

const started = Date.now();
const port = process.env.PORT || '3000';
const contentDir = process.env.CONTENT_DIR || 'content';
const database = path.resolve(ROOT, process.env.DATABASE_PATH || path.join('.data', 'catalogue.db'));

// Say so at once if the port is taken, before minutes of setup.
await new Promise((resolve) => {
  const probe = net.createServer();
  probe.once('error', () => {
    console.error(`✗ Port ${port} is already in use. Stop what is using it, or choose another: PORT=3001 npm start`);
    process.exit(1);
  });
  probe.listen(Number(port), () => probe.close(resolve));
});

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

// Pages read the catalogue on each request: a content change needs no new build.
ensureBuilt();

step(`Starting the server on port ${port}`);
const server = spawn(bin('next'), ['start', '-p', port], { cwd: ROOT, stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, DATABASE_PATH: database } });
let announced = false;
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /ready|started/i.test(String(chunk))) {
    announced = true;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`\nChina TMT Digest is ready at http://localhost:${port}/  (set up in ${seconds} s; Ctrl+C to stop)`);
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
