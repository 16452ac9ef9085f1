// `npm run load`: the production server under load, route by route (autocannon, 50 connections,
// 20 s each), then a content load published while traffic runs. Zero errors and zero unexpected
// statuses, or exit 1. `--smoke` runs a few seconds of each (what `npm test` runs).
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { numberFlag, parseFlags } from './args.mjs';
import { startServer, type RunningServer } from './server';

const USAGE = 'usage: npm run load -- [--smoke] [--duration SECONDS] [--connections N]   (defaults: 20 s and 50 connections; 2 s and 10 with --smoke)';
const flags = parseFlags(USAGE, { smoke: { type: 'boolean' }, duration: { type: 'string' }, connections: { type: 'string' } });
const SMOKE = flags.smoke ?? false;
const DURATION = numberFlag(USAGE, 'duration', flags.duration, SMOKE ? 2 : 20);
const CONNECTIONS = numberFlag(USAGE, 'connections', flags.connections, SMOKE ? 10 : 50);

const ROUTES = [
  { name: 'home', path: '/' },
  { name: 'entry', path: '/entries/twenty-data-measures' },
  { name: 'search page', path: '/search?q=data' },
  { name: 'search API with filters', path: '/api/search?q=data&category=regulation&category=standard&from=2022-01-01&issuer=cac&local=1' },
  { name: 'feed', path: '/feed.xml' },
];

type Row = { route: string; requests: number; rps: number; p50: number; p99: number; errors: number; unexpected: number };

function run(url: string, paths: string[], duration: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, connections: CONNECTIONS, duration, requests: paths.map((p) => ({ method: 'GET', path: p })), expectBody: undefined },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    void instance;
  });
}

function row(route: string, r: autocannon.Result): Row {
  return {
    route,
    requests: r.requests.total,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    unexpected: r.non2xx,
  };
}

function table(rows: Row[]): string {
  const lines = ['| route | requests | req/s | p50 ms | p99 ms | errors | non-2xx |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const r of rows) lines.push(`| ${r.route} | ${r.requests} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.unexpected} |`);
  return lines.join('\n');
}

function load(dir: string, database: string): { status: number; output: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/content-load.ts', '--dir', dir], {
    env: { ...process.env, DATABASE_PATH: database },
    encoding: 'utf8',
  });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

/** The publishing scenario's changes: one entry added, one title edited, one entry deleted. */
function changeContent(dir: string) {
  const entries = path.join(dir, 'entries', '2023-01');
  fs.writeFileSync(
    path.join(entries, 'load-test-added-entry.md'),
    `---\ntitle: Quokkaplex Measures Added While Serving\ncategory: regulation\nissuers: [cac]\nissued: 2023-01-20\nedition: 2023-01\n---\nAn entry published during the load test; its title word is unique.\n`,
  );
  const edited = path.join(entries, 'nea-power-cybersecurity-measures.md');
  fs.writeFileSync(edited, fs.readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: Measures for Cybersecurity Management in the Power Industry (Wombatine Edition)'));
  fs.rmSync(path.join(entries, 'hangzhou-internet-court-nft-virtual-property.md'));
}

async function check(server: RunningServer, what: string, path: string, test: (status: number, body: string) => boolean) {
  const response = await fetch(`${server.url}${path}`);
  const body = await response.text();
  const ok = test(response.status, body);
  console.log(`load: ${ok ? 'ok' : 'FAILED'}: ${what}`);
  return ok;
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tmt-load-'));
  const content = path.join(work, 'content');
  fs.cpSync('content', content, { recursive: true });
  const database = path.join(work, 'catalogue.db');
  const first = load(content, database);
  if (first.status !== 0) throw new Error(first.output);

  const server = await startServer(database);
  const rows: Row[] = [];
  // Assertions made and failed: each route's run, the two content loads, the surfaces afterwards.
  let asserted = 0;
  let failed = 0;
  try {
    // Warm up each route once (the first search builds the index).
    for (const r of ROUTES) await fetch(`${server.url}${r.path}`);
    for (const r of ROUTES) rows.push(row(r.name, await run(server.url, [r.path], DURATION)));

    // Publishing under traffic: every route at once while a failing load, then a good load, run.
    const traffic = run(server.url, ROUTES.map((r) => r.path), Math.max(DURATION, 4));
    await new Promise((r) => setTimeout(r, Math.max(DURATION, 4) * 250));
    const broken = path.join(work, 'broken');
    fs.cpSync(content, broken, { recursive: true });
    fs.appendFileSync(path.join(broken, 'entries', '2023-01', 'twenty-data-measures.md'), '\n');
    fs.writeFileSync(path.join(broken, 'entries', '2023-01', 'broken.md'), '---\ntitle: [unclosed\n---\n');
    const failing = load(broken, database);
    changeContent(content);
    const started = performance.now();
    const publish = load(content, database);
    const publishMs = Math.round(performance.now() - started);
    const during = row('all routes, while publishing', await traffic);
    rows.push(during);

    console.log(`\n${table(rows)}\n`);
    console.log(`load: a broken content load while serving exited ${failing.status} (expected 1)${failing.status === 1 ? '' : `\n${failing.output}`}`);
    console.log(`load: the good content load while serving exited ${publish.status} in ${publishMs} ms${publish.status === 0 ? '' : `\n${publish.output}`}`);
    console.log(`load: requests failed during the content loads: ${during.errors + during.unexpected} of ${during.requests}`);
    asserted += 1 + rows.length;
    if (failing.status !== 1 || publish.status !== 0) failed++;
    for (const r of rows) if (r.errors || r.unexpected || r.requests === 0) failed++;

    // Afterwards, every surface shows the new content, without a restart.
    const checks = [
      await check(server, 'search finds the added entry', '/api/search?q=quokkaplex', (s, b) => s === 200 && JSON.parse(b).total === 1),
      await check(server, 'the added entry has its page', '/entries/load-test-added-entry', (s, b) => s === 200 && b.includes('Quokkaplex')),
      await check(server, 'the edited title shows on its page', '/entries/nea-power-cybersecurity-measures', (s, b) => s === 200 && b.includes('Wombatine Edition')),
      await check(server, 'search finds the edited title', '/api/search?q=wombatine', (s, b) => s === 200 && JSON.parse(b).total === 1),
      await check(server, 'the deleted entry is gone (404)', '/entries/hangzhou-internet-court-nft-virtual-property', (s) => s === 404),
      await check(server, 'search no longer finds the deleted entry', '/api/search?q=nft', (s, b) => s === 200 && JSON.parse(b).total === 0),
      await check(server, 'the feed has the added entry and not the deleted one', '/feed.xml', (s, b) => s === 200 && b.includes('Quokkaplex') && !b.includes('hangzhou-internet-court-nft')),
      await check(server, 'the home page lists the added entry', '/', (s, b) => s === 200 && b.includes('Quokkaplex')),
    ];
    asserted += checks.length;
    failed += checks.filter((ok) => !ok).length;
  } finally {
    await server.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
  // One check (npm test counts it as one: these assert on one run), over this many assertions.
  console.log(`load: ${asserted} assertions, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

void main();
