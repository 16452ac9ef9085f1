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

/**
 * Runs a check that is one test however many requests or assertions it makes (the fuzz run, the
 * load smoke), showing its output. It passed when it exited 0 after its summary line,
 * '<name>: N <things>, N failed', which is returned as the detail ('2000 requests, 0 failed').
 */
export function runCheck(label, command, args, env = {}) {
  step(label);
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  const summary = [...(result.stdout ?? '').matchAll(/^[\w-]+: (\d+ [a-z]+, \d+ failed)$/gm)].pop();
  const ok = result.status === 0 && summary !== undefined;
  return { passed: ok ? 1 : 0, failed: ok ? 0 : 1, detail: summary?.[1] ?? `exited ${result.status ?? result.signal} before its summary line` };
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
  for (const p of paths) visit(path.resolve(ROOT, p));
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
  const want = hashFiles(['prisma/schema.prisma', 'prisma/subscribers/schema.prisma', 'package-lock.json']);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === want) return;
  run('Generating the Prisma client', bin('prisma'), ['generate']);
  // Email: the subscribers database's own client (prisma/subscribers, docs/email.md).
  run('Generating the subscribers Prisma client', bin('prisma'), ['generate', '--config', 'prisma.subscribers.config.ts']);
  fs.writeFileSync(stamp, want);
}

// ── Email (docs/email.md) ──────────────────────────────────────────────────
/**
 * Creates the subscribers database or applies its new committed migrations (SUBSCRIBERS_DATABASE_PATH,
 * default .data/subscribers.db). Run by `npm start` and the test servers, never by a content load.
 */
export function migrateSubscribers(file = process.env.SUBSCRIBERS_DATABASE_PATH || path.join('.data', 'subscribers.db')) {
  const target = path.resolve(ROOT, file);
  run('Applying the subscribers database migrations', bin('tsx'), ['scripts/mail-migrate.ts'], { SUBSCRIBERS_DATABASE_PATH: target });
  return target;
}
// ────────────────────────────────────────────────────────────────────────────

const BUILD_INPUTS = ['app', 'components', 'lib', 'public', 'next.config.mjs', 'tsconfig.json', 'package-lock.json', 'prisma/schema.prisma', 'prisma/subscribers/schema.prisma'];

/**
 * `next build` unless .next was built from exactly these sources (pages read the catalogue per
 * request, so content is not an input). `typechecked`: the caller has just type-checked these
 * sources (see typecheck()), so the build skips its own TypeScript pass (next.config.mjs).
 */
export function ensureBuilt({ force = false, typechecked = false } = {}) {
  const stamp = path.join(ROOT, '.next', '.source-hash');
  const want = hashFiles(BUILD_INPUTS);
  if (isBuilt() && !force) {
    step('Production build is up to date (skipped)');
    return;
  }
  if (typechecked) run('Building for production (next build, types checked above)', bin('next'), ['build'], { BUILD_TYPECHECKED: '1' });
  else run('Building for production (next build)', bin('next'), ['build']);
  fs.writeFileSync(stamp, want);
}

/**
 * What next build's TypeScript pass checks, run once: `next typegen` writes next-env.d.ts and the
 * route types (.next/types) the build would generate, then `tsc --noEmit` checks the whole project
 * with them. Without typegen, tsc on a fresh clone would miss the route types.
 */
export function typecheck() {
  run('Generating route types (next typegen)', bin('next'), ['typegen']);
  run('Type-checking (tsc --noEmit)', bin('tsc'), ['--noEmit']);
}

/** True when .next holds a production build of exactly the current sources. */
export function isBuilt() {
  const stamp = path.join(ROOT, '.next', '.source-hash');
  return fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hashFiles(BUILD_INPUTS);
}

/** Loads a content folder into a catalogue file; returns false (after printing the problems) if it has any. */
export function loadContent(contentDir, databasePath, label = `Loading ${contentDir} into the catalogue (migrations applied to a fresh database)`) {
  step(label);
  const result = spawnSync(bin('tsx'), ['scripts/content-load.ts', '--dir', contentDir], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, DATABASE_PATH: path.resolve(ROOT, databasePath) },
  });
  return result.status === 0;
}

export const E2E_CONTENT_DIR = path.join('.data', 'e2e-content');
export const E2E_DATABASE_PATH = path.join('.data', 'e2e-catalogue.db');

/**
 * The end-to-end tests' catalogue: content/ plus tests/fixtures/e2e-content (entries the seed lacks:
 * aliases, sources, drafts...), composed in .data/e2e-content and loaded into .data/e2e-catalogue.db,
 * the file both the test build and the test server read. Exits on any content problem.
 */
export function prepareE2eCatalogue() {
  const dir = path.join(ROOT, E2E_CONTENT_DIR);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
  const extra = path.join(ROOT, 'tests', 'fixtures', 'e2e-content');
  for (const name of fs.readdirSync(extra)) {
    if (name === 'README.md') continue;
    // errorOnExist: the fixtures add to the digest, never replace part of it.
    fs.cpSync(path.join(extra, name), path.join(dir, name), { recursive: true, force: false, errorOnExist: true });
  }
  if (!loadContent(E2E_CONTENT_DIR, E2E_DATABASE_PATH, 'Loading the end-to-end test content (content/ + tests/fixtures/e2e-content)')) {
    console.error('\n✗ The end-to-end test content has problems (above).');
    process.exit(1);
  }
  return { contentDir: E2E_CONTENT_DIR, databasePath: E2E_DATABASE_PATH };
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
