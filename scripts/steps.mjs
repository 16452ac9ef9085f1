// Shared steps of `npm start` and `npm test`: each one is skipped when its output is up to date.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// Next.js would otherwise try to send telemetry over a network this project may not have.
process.env.NEXT_TELEMETRY_DISABLED = '1';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const BIN = path.join(ROOT, 'node_modules', '.bin');

/** Runs a command in the project root, streaming its output; exits with its code on failure. */
export function run(label, command, args, env = {}) {
  step(label);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${label} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
}

export function bin(name) {
  return path.join(BIN, name);
}

export function step(label) {
  console.log(`\n▸ ${label}`);
}

function hashFiles(paths) {
  const hash = createHash('sha256');
  const visit = (p) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) {
        if (name === 'node_modules' || name === 'generated' || name.startsWith('.')) continue;
        visit(path.join(p, name));
      }
    } else {
      hash.update(path.relative(ROOT, p)).update(fs.readFileSync(p));
    }
  };
  for (const p of paths) visit(path.join(ROOT, p));
  return hash.digest('hex');
}

/** `npm ci` when node_modules is missing or was installed from another package-lock.json. */
export function ensureInstalled() {
  const lock = path.join(ROOT, 'package-lock.json');
  const stamp = path.join(ROOT, 'node_modules', '.install-stamp');
  const want = hashFiles(['package-lock.json']);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === want) return;
  if (!fs.existsSync(lock)) throw new Error('package-lock.json is missing');
  run('Installing dependencies (npm ci)', 'npm', ['ci', '--no-audit', '--no-fund']);
  fs.writeFileSync(stamp, want);
}

/** `prisma generate` when the generated client is missing or older than the schema. */
export function ensurePrismaClient() {
  const stamp = path.join(ROOT, 'lib', 'generated', '.schema-hash');
  const want = hashFiles(['prisma/schema.prisma', 'package-lock.json']);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === want) return;
  run('Generating the Prisma client', bin('prisma'), ['generate']);
  fs.writeFileSync(stamp, want);
}

const BUILD_INPUTS = ['app', 'components', 'lib', 'public', 'next.config.mjs', 'tsconfig.json', 'package-lock.json', 'prisma/schema.prisma'];

/** `next build` unless .next was built from exactly these sources. */
export function ensureBuilt({ force = false } = {}) {
  const stamp = path.join(ROOT, '.next', '.source-hash');
  const want = hashFiles(BUILD_INPUTS);
  const built = fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === want;
  if (built && !force) {
    step('Production build is up to date (skipped)');
    return;
  }
  run('Building for production (next build)', bin('next'), ['build']);
  fs.writeFileSync(stamp, want);
}

/** The Chromium Playwright drives: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    console.error(
      `\n✗ No Chromium found (looked at ${candidates.join(', ')}).\n` +
        '  End-to-end tests drive a real Chromium. Install Debian\'s: apt-get update && apt-get install -y chromium\n' +
        '  or point CHROMIUM_PATH at a Chromium binary.',
    );
    process.exit(1);
  }
  return found;
}
