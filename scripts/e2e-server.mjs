// The end-to-end tests' server (Playwright's webServer): the test catalogue, a production build
// (skipped when `npm test` has just made one), then `next start` on that catalogue.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { bin, ensureBuilt, prepareE2eCatalogue, ROOT } from './steps.mjs';

const port = process.env.E2E_PORT || '3100';
const { databasePath } = prepareE2eCatalogue();
ensureBuilt();

const server = spawn(bin('next'), ['start', '-p', port], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, DATABASE_PATH: path.resolve(ROOT, databasePath) },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
