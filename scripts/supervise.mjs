// Runs the production server (scripts/serve.mjs) as a child process and starts it again when it
// dies on its own (a crash, an out-of-memory kill): `npm start` and `npm run cluster` use it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './steps.mjs';

export const SERVE = path.join(ROOT, 'scripts', 'serve.mjs');

/** Restarts allowed within a minute before giving up (a server that cannot start would loop forever). */
const MAX_RESTARTS_PER_MINUTE = 5;

/**
 * Starts `node scripts/serve.mjs` with `env` and keeps it running. `onOutput` sees its stdout;
 * `log` gets one line per start, exit and restart. Returns `stop()`, which ends it for good.
 * @param {{ env: Record<string, string>, name?: string, stdio?: 'inherit' | 'pipe', onOutput?: (chunk: string) => void, log?: (line: string) => void, nodeArgs?: string[] }} options
 */
export function superviseServer({ env, name = 'server', stdio = 'pipe', onOutput, log = console.log, nodeArgs = [] }) {
  let child;
  let stopping = false;
  const starts = [];
  const start = () => {
    starts.push(Date.now());
    child = spawn(process.execPath, [...nodeArgs, SERVE], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', stdio, stdio === 'pipe' ? 'pipe' : 'inherit'] });
    if (stdio === 'pipe') {
      child.stdout.on('data', (chunk) => onOutput?.(String(chunk)));
      child.stderr.on('data', (chunk) => onOutput?.(String(chunk)));
    }
    const current = child;
    current.on('exit', (code, signal) => {
      if (stopping || current !== child) return;
      const recent = starts.filter((t) => Date.now() - t < 60_000);
      if (code === 1 && recent.length === 1 && Date.now() - recent[0] < 10_000) {
        // It refused to start (a port in use, no SITE_URL): its message says why; restarting cannot help.
        log(`✗ ${name} could not start (exit 1).`);
        process.exitCode = 1;
        return;
      }
      if (recent.length >= MAX_RESTARTS_PER_MINUTE) {
        log(`✗ ${name} died ${recent.length} times within a minute (last: ${signal ?? `exit ${code}`}); not restarting.`);
        process.exitCode = 1;
        return;
      }
      log(`! ${name} stopped (${signal ?? `exit ${code}`}); starting it again.`);
      setTimeout(start, 500);
    });
  };
  start();
  return {
    get pid() {
      return child?.pid;
    },
    stop(signal = 'SIGTERM') {
      stopping = true;
      return new Promise((resolve) => {
        if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      });
    },
  };
}
