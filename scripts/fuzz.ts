// Seeded fuzzer on the production server: hostile queries to /search and /api/search (zero 5xx,
// every answer within 1 s), then addresses with unknown or malformed ids on every route that takes
// one: the server's heap after a forced garbage collection may grow by less than 20 MB.
// Usage: npm run fuzz -- [--requests 2000] [--unknown 3000] [--seed 20221219]
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { numberFlag, parseFlags } from './args.mjs';
import { residentMiB, startServer } from './server';

const USAGE = 'usage: npm run fuzz -- [--requests 2000] [--unknown 3000] [--seed 20221219]';
const flags = parseFlags(USAGE, { requests: { type: 'string' }, unknown: { type: 'string' }, seed: { type: 'string' } });
const REQUESTS = numberFlag(USAGE, 'requests', flags.requests, 2000);
const UNKNOWN = numberFlag(USAGE, 'unknown', flags.unknown, 3000);
/** Heap growth allowed over the unknown-id requests, after a forced garbage collection. */
const HEAP_GROWTH_LIMIT_MB = 20;
const SEED = numberFlag(USAGE, 'seed', flags.seed, 20221219);
const LIMIT_MS = 1000;
const CONCURRENCY = 4;

// mulberry32: small, fast, and the same sequence for the same seed everywhere.
let state = SEED >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const int = (max: number) => Math.floor(random() * max);

const RANGES: [number, number][] = [
  [0x20, 0x7e], // ASCII
  [0x00, 0x1f], // control characters, NUL included
  [0x4e00, 0x9fff], // CJK
  [0x0590, 0x06ff], // Hebrew, Arabic (right to left)
  [0x0300, 0x036f], // combining marks
  [0x1f300, 0x1faff], // emoji
  [0xff01, 0xff5e], // full-width forms
  [0x200b, 0x200f], // zero-width and direction marks
  [0xfff0, 0xffff], // specials
];

function randomText(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    const [a, b] = pick(RANGES);
    out += String.fromCodePoint(a + int(b - a + 1));
  }
  return out;
}

// Lone surrogates cannot be percent-encoded as UTF-8; raw malformed sequences are sent separately.
const enc = (value: string) => encodeURIComponent(value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
const IDS = ['cac', 'cac-shanghai', 'miit', 'no-such-body', 'CAC', 'cac-shangai', '../etc/passwd', '', ' ', '%'];
const DATES = ['2023-01-01', '2023-02-30', '2023-13-01', '20230101', '2023-1-1', '0000-00-00', '9999-99-99', 'yesterday', '', '2022-12-19T00:00:00Z'];
const PAGES = ['1', '2', '0', '-1', '1e309', 'NaN', '999999999', '501', '1.5', '', '0x10', ' 3'];
const HOSTILE_Q = [
  "' OR 1=1 --",
  '"; DROP TABLE Entry; --',
  '(.*+?[\\',
  '$where: function() { return true }',
  '<script>alert(1)</script>',
  '"""',
  '"unclosed phrase',
  '*',
  '%',
  'a'.repeat(10_000),
  '数据'.repeat(2_500),
];

/** One random query string. Some parts are raw (malformed percent-encoding on purpose). */
function randomQuery(): string {
  const parts: string[] = [];
  const n = 1 + int(4);
  for (let i = 0; i < n; i++) {
    switch (int(14)) {
      case 0:
        parts.push(`q=${enc(randomText(1 + int(40)))}`);
        break;
      case 1:
        parts.push(`q=${enc(pick(HOSTILE_Q))}`);
        break;
      case 2:
        parts.push(`q=${enc(randomText(10_000).slice(0, 10_000))}`);
        break;
      case 3:
        parts.push(`issuer=${enc(pick(IDS))}`);
        break;
      case 4:
        parts.push(Array.from({ length: 100 + int(300) }, () => `issuer=${enc(pick(IDS))}`).join('&'));
        break;
      case 5:
        parts.push(`from=${enc(pick(DATES))}`, `to=${enc(pick(DATES))}`);
        break;
      case 6:
        parts.push(`page=${enc(pick(PAGES))}`);
        break;
      case 7:
        parts.push(`category=${enc(pick(['regulation', 'standard', 'law', 'REGULATION', '', randomText(5)]))}`);
        break;
      case 8:
        parts.push(`status=${enc(pick(['in-force', 'draft-for-comment', 'live', randomText(3)]))}`);
        break;
      case 9:
        parts.push(`sort=${enc(pick(['relevance', 'newest', 'oldest', 'random', '']))}&local=${enc(pick(['1', '0', 'maybe']))}`);
        break;
      case 10:
        parts.push(pick(['q=%', 'q=%G1', 'q=%E0%A4', 'q=%ED%A0%80', '%=%', '&&&', '=', 'q', 'page']));
        break;
      case 11:
        parts.push(`topic=${enc(pick(['data-security', 'nope', randomText(8)]))}&edition=${enc(pick(['2023-01', '1999-01']))}`);
        break;
      case 12:
        parts.push(`${enc(randomText(5))}=${enc(randomText(5))}`);
        break;
      default:
        parts.push(`jurisdiction=${enc(pick(['Shanghai', 'national', randomText(12)]))}`);
    }
  }
  return parts.join('&');
}

/** An id nobody published: long (up to 15 kB), odd characters, or plausible. */
function unknownId(n: number): string {
  switch (n % 4) {
    case 0:
      return `${'no-such-entry-'.repeat(1 + int(1000))}${n}`.slice(0, 15_000);
    case 1:
      return enc(randomText(1 + int(60)));
    case 2:
      return `cac-${n}-${int(1e9)}`;
    default:
      return `%F0%9F%98%80-${n}`;
  }
}

const UNKNOWN_ROUTES = [
  (id: string) => `/entries/${id}`,
  (id: string) => `/authorities/${id}`,
  (id: string) => `/topics/${id}`,
  (id: string) => `/editions/${id}`,
  (id: string) => `/authorities/${id}/feed.xml`,
  (id: string) => `/topics/${id}/feed.xml`,
  (id: string) => `/entries/${id}/calendar.ics?kind=effective`,
];

/** Sends `count` GETs, CONCURRENCY at a time, to the URL `urlFor(n)`; `seen` gets each status (or error) and time. */
async function sendAll(count: number, urlFor: (n: number) => string, seen: (url: string, status: number | string, ms: number) => void): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const url = urlFor(next++);
      const started = performance.now();
      let status: number | string;
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
        await response.arrayBuffer();
        status = response.status;
      } catch (error) {
        status = `error: ${(error as Error).name}`;
      }
      seen(url, status, performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

/** The server's heap in use (MB) after a forced garbage collection (scripts/serve.mjs, SIGUSR2). */
async function heapUsedMB(pid: number, file: string): Promise<number> {
  const before = fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
  process.kill(pid, 'SIGUSR2');
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 50));
    if (fs.existsSync(file) && fs.statSync(file).mtimeMs !== before) {
      const report = JSON.parse(fs.readFileSync(file, 'utf8')) as { heapUsed: number; collected: boolean };
      if (!report.collected) throw new Error('the server was not started with --expose-gc');
      return Math.round((report.heapUsed / 1024 / 1024) * 10) / 10;
    }
  }
  throw new Error('the server did not report its heap');
}

async function main() {
  const database = path.resolve('.data', 'fuzz-catalogue.db');
  const heapFile = path.resolve('.data', 'fuzz-heap.json');
  const load = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/content-load.ts', '--dir', 'content'], {
    env: { ...process.env, DATABASE_PATH: database },
    encoding: 'utf8',
  });
  if (load.status !== 0) throw new Error(`content load failed:\n${load.stderr}`);
  const server = await startServer(database, { HEAP_REPORT_FILE: heapFile }, ['--expose-gc']);
  const statuses = new Map<number | string, number>();
  const failures: string[] = [];
  let slowest = 0;
  try {
    // Warm up, so the first request does not pay for building the index.
    await fetch(`${server.url}/api/search?q=data`);
    const before = residentMiB(server.pid);
    const started = performance.now();
    await sendAll(REQUESTS, (n) => `${server.url}${n % 2 ? '/api/search' : '/search'}?${randomQuery()}`, (url, status, ms) => {
      slowest = Math.max(slowest, ms);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (typeof status !== 'number' || status >= 500 || ms > LIMIT_MS) failures.push(`${status} in ${Math.round(ms)} ms: ${url.slice(0, 200)}`);
    });
    const seconds = (performance.now() - started) / 1000;
    const after = residentMiB(server.pid);
    const histogram = [...statuses.entries()].sort((a, b) => String(a[0]).localeCompare(String(b[0]))).map(([s, n]) => `${s}: ${n}`).join(', ');
    console.log(`fuzz: ${REQUESTS} requests (seed ${SEED}) in ${seconds.toFixed(1)} s to /search and /api/search`);
    console.log(`fuzz: statuses ${histogram}`);
    console.log(`fuzz: slowest ${Math.round(slowest)} ms (limit ${LIMIT_MS} ms); server resident memory ${before} MiB before, ${after} MiB after`);

    // Unknown ids on every route that takes one: answered (404 or 400), and nothing kept for them.
    for (const route of UNKNOWN_ROUTES) await fetch(`${server.url}${route('warm-up')}`).then((r) => r.arrayBuffer());
    const heapBefore = await heapUsedMB(server.pid, heapFile);
    const unknownStatuses = new Map<number | string, number>();
    await sendAll(UNKNOWN, (n) => `${server.url}${UNKNOWN_ROUTES[n % UNKNOWN_ROUTES.length]!(unknownId(n))}`, (url, status) => {
      unknownStatuses.set(status, (unknownStatuses.get(status) ?? 0) + 1);
      if (typeof status !== 'number' || status >= 500 || status < 400) failures.push(`${status}: ${url.slice(0, 200)}`);
    });
    const heapAfter = await heapUsedMB(server.pid, heapFile);
    const growth = Math.round((heapAfter - heapBefore) * 10) / 10;
    const unknownHistogram = [...unknownStatuses.entries()].map(([s, n]) => `${s}: ${n}`).join(', ');
    console.log(`fuzz: ${UNKNOWN} requests for unknown ids on ${UNKNOWN_ROUTES.length} routes: statuses ${unknownHistogram}`);
    console.log(`fuzz: heap in use after a forced GC: ${heapBefore} MB before, ${heapAfter} MB after (growth ${growth} MB, limit ${HEAP_GROWTH_LIMIT_MB} MB); resident ${residentMiB(server.pid)} MiB`);
    if (growth >= HEAP_GROWTH_LIMIT_MB) failures.push(`the heap grew by ${growth} MB over ${UNKNOWN} unknown-id requests`);

    for (const f of failures.slice(0, 20)) console.error(`fuzz: FAILED ${f}`);
    // One check (npm test counts it as one), over this many requests.
    console.log(`fuzz: ${REQUESTS + UNKNOWN} requests, ${failures.length} failed`);
  } finally {
    await server.stop();
  }
  process.exit(failures.length ? 1 : 0);
}

void main();
