// The end-to-end tests' servers (Playwright's webServer). Without arguments: the test catalogue
// (content/ plus tests/fixtures/e2e-content), a production build if the build is missing or stale
// (`npm test` has just made one), then the production server (scripts/serve.mjs) on that catalogue. With
// `--content DIR --database FILE`: another catalogue on the same build, which it waits for
// rather than building twice at once. It serves on E2E_PORT (default 3100); `--port-variable`
// names the variable the caller took that port from, for the message when the port is taken.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseFlags } from './args.mjs';
import { envPort, isPortFree, portInUse } from './ports.mjs';
import { ensureBuilt, isBuilt, loadContent, prepareE2eCatalogue, ROOT } from './steps.mjs';
import { SERVE } from './supervise.mjs';

const USAGE = 'usage: node scripts/e2e-server.mjs [--content DIR [--database FILE]] [--port-variable NAME]   (port: $E2E_PORT, default 3100)';
const flags = parseFlags(USAGE, { content: { type: 'string' }, database: { type: 'string' }, 'port-variable': { type: 'string' } });
const port = envPort('E2E_PORT', 3100);
const portVariable = flags['port-variable'] ?? 'E2E_PORT';

/** Exits with a message naming the port and its variable when the port is taken (the server would fail on it later). */
async function checkPort() {
  if (await isPortFree(port)) return;
  console.error(portInUse(port, portVariable));
  process.exit(1);
}

// At once, before loading content and waiting for a build; and again just before the server starts.
await checkPort();
const content = flags.content;
let databasePath;
if (content) {
  databasePath = flags.database ?? path.join('.data', `e2e-${path.basename(content)}.db`);
  if (!loadContent(content, databasePath)) process.exit(1);
  const deadline = Date.now() + 600_000;
  while (!isBuilt()) {
    if (Date.now() > deadline) {
      console.error('no up-to-date production build appeared within 10 minutes');
      process.exit(1);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
} else {
  databasePath = prepareE2eCatalogue().databasePath;
  ensureBuilt();
}

await checkPort();
const server = spawn(process.execPath, [SERVE], {
  cwd: ROOT,
  stdio: 'inherit',
  // The tests expect absolute links on the default public origin, whatever port they reach it on.
  env: { ...process.env, PORT: String(port), SITE_URL: process.env.SITE_URL || 'http://localhost:3000', NODE_ENV: 'production', DATABASE_PATH: path.resolve(ROOT, databasePath) },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
