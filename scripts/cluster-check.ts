// `npm run cluster:check`: two instances behind nginx under autocannon load, a publish of new
// content and an instance killed while the load runs. Every request must succeed; afterwards every
// instance and the proxy serve the new content. Prints what it measured and `N assertions, N failed`
// (npm test counts it as one check, its assertions beside it).
import autocannon from 'autocannon';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { numberFlag, parseFlags } from './args.mjs';
import { publish, servedVersion, startCluster } from './cluster/cluster';
import { freePort } from './server';

const USAGE = 'usage: npm run cluster:check -- [--duration SECONDS] [--connections N]   (defaults: 20 s, 20 connections)';
const flags = parseFlags(USAGE, { duration: { type: 'string' }, connections: { type: 'string' } });
const DURATION = numberFlag(USAGE, 'duration', flags.duration, 20);
const CONNECTIONS = numberFlag(USAGE, 'connections', flags.connections, 20);
/** How long nginx may keep a page here: the bound within which the proxy serves new content. */
const SHARED_MAX_AGE = 2;

const PATHS = ['/', '/entries/twenty-data-measures', '/search?q=data&issuer=cac&local=1', '/authorities/cac', '/topics/data-security', '/calendar', '/feed.xml', '/editions/2023-01', '/site.css'];
const NEW_SLUG = 'cluster-check-added-measures';

let passed = 0;
let failed = 0;
function expect(ok: boolean, what: string) {
  if (ok) passed++;
  else failed++;
  console.log(`cluster: ${ok ? 'ok' : 'FAILED'}: ${what}`);
}

/** A request with any method (fetch refuses TRACE). */
function rawRequest(url: string, method: string): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    });
    request.on('error', reject);
    request.end();
  });
}

async function waitUntil(test: () => Promise<boolean>, timeoutMs: number): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await test().catch(() => false)) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tmt-cluster-'));
  // mkdtemp makes it private; nginx's workers (run as an unprivileged user) must reach their cache in it.
  fs.chmodSync(work, 0o755);
  const content = path.join(work, 'content');
  fs.cpSync('content', content, { recursive: true });
  const port = await freePort();
  const basePort = await freePort();
  const cluster = await startCluster({ instances: 2, port, basePort, contentDir: content, stateDir: path.join(work, 'state'), sharedMaxAge: SHARED_MAX_AGE, log: (l) => console.log(`cluster: ${l}`) });
  console.log(`cluster: nginx on ${cluster.url}, instances on ${cluster.state.instances.map((i) => i.port).join(' and ')}`);
  try {
    // nginx answers what the site does not serve itself, with the security headers.
    for (const method of ['TRACE', 'PUT', 'DELETE', 'OPTIONS']) {
      const r = await rawRequest(`${cluster.url}/`, method);
      expect(r.status === 405 && r.headers['allow'] === 'GET, HEAD, POST' && r.headers['x-frame-options'] === 'DENY', `${method} / is answered 405 by nginx, with Allow and the security headers`);
    }
    for (const p of PATHS) {
      const r = await fetch(`${cluster.url}${p}`).then(async (res) => ({ status: res.status, length: (await res.arrayBuffer()).byteLength })).catch((e: Error) => ({ status: 0, length: 0, error: String(e.cause ?? e) }));
      expect(r.status === 200, `GET ${p} through nginx: ${JSON.stringify(r)}`);
    }

    // The new content: an entry added and a title edited.
    fs.writeFileSync(
      path.join(content, 'entries', '2023-01', `${NEW_SLUG}.md`),
      `---\ntitle: Numbatine Measures Published to the Cluster\ncategory: regulation\nissuers: [cac]\nissued: 2023-01-21\nedition: 2023-01\n---\nAn entry published while the cluster is under load.\n`,
    );
    const edited = path.join(content, 'entries', '2023-01', 'nea-power-cybersecurity-measures.md');
    fs.writeFileSync(edited, fs.readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: Measures for Cybersecurity Management in the Power Industry (Numbat Edition)'));

    const clientErrors = new Map<string, number>();
    const load = new Promise<autocannon.Result>((resolve, reject) => {
      const run = autocannon({ url: cluster.url, connections: CONNECTIONS, duration: DURATION, requests: PATHS.map((p) => ({ method: 'GET', path: p })) }, (e, r) => (e ? reject(e) : resolve(r)));
      const t0 = Date.now();
      run.on('reqError', (error: Error) => {
        const key = `${error.message} at ${((Date.now() - t0) / 1000).toFixed(1)} s`;
        clientErrors.set(key, (clientErrors.get(key) ?? 0) + 1);
      });
    });
    await new Promise((r) => setTimeout(r, (DURATION * 1000) / 5));
    const loadStarted = Date.now();
    const report = await publish(cluster.state, content, (l) => console.log(`cluster: ${((Date.now() - loadStarted) / 1000 + DURATION / 5).toFixed(1)} s: ${l}`));
    console.log(`cluster: published ${report.version.slice(0, 8)}: every instance served it ${report.totalMs} ms after the publish began`);
    const proxyMs = await waitUntil(async () => (await fetch(`${cluster.url}/`).then((r) => r.text())).includes(NEW_SLUG), (SHARED_MAX_AGE + 10) * 1000);
    console.log(`cluster: the proxy served the new home page ${proxyMs === null ? 'never' : `${proxyMs} ms after the last instance did`} (bound: s-maxage ${SHARED_MAX_AGE} s + one revalidation)`);
    expect(proxyMs !== null && proxyMs <= (SHARED_MAX_AGE + 2) * 1000, `the proxy serves the new version within ${SHARED_MAX_AGE + 2} s of the instances`);

    const killed = cluster.pid(1);
    cluster.kill(1);
    console.log(`cluster: killed instance 1 (pid ${killed}) under load`);
    const back = await waitUntil(async () => cluster.pid(1) !== killed && (await servedVersion(cluster.state.instances[1]!.port)) === report.version, 30_000);
    console.log(`cluster: instance 1 was started again and served ${report.version.slice(0, 8)} after ${back} ms`);
    expect(back !== null, 'a killed instance is started again and serves the current catalogue');

    const result = await load;
    const errors = result.errors + result.timeouts;
    console.log(`cluster: ${result.requests.total} requests in ${DURATION} s (${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms): ${errors} errors (${result.timeouts} timeouts, ${result.resets ?? 0} resets, ${result.mismatches ?? 0} mismatches), ${result.non2xx} non-2xx`);
    if (clientErrors.size) console.log(`cluster: client errors: ${[...clientErrors].map(([m, n]) => `${m} (${n})`).join(', ')}`);
    expect(result.requests.total > 0 && errors === 0 && result.non2xx === 0, 'no request failed through the publish and the kill');

    // Afterwards: both instances and the proxy serve the new content.
    for (const i of cluster.state.instances) {
      const page = await fetch(`http://127.0.0.1:${i.port}/entries/${NEW_SLUG}`);
      expect(page.status === 200, `instance ${i.index} serves the new entry`);
    }
    const viaProxy = await fetch(`${cluster.url}/entries/nea-power-cybersecurity-measures`).then((r) => r.text());
    expect(viaProxy.includes('Numbat Edition'), 'the proxy serves the edited title');
    const cached = await fetch(`${cluster.url}/authorities/cac`);
    expect(['HIT', 'MISS', 'EXPIRED', 'UPDATING', 'STALE', 'REVALIDATED'].includes(cached.headers.get('x-cache-status') ?? ''), `nginx caches pages (X-Cache-Status: ${cached.headers.get('x-cache-status')})`);
  } finally {
    await cluster.stop();
    // What nginx and the instances logged, when something failed.
    if (failed > 0 || process.exitCode) {
      for (const log of fs.readdirSync(path.join(cluster.state.prefix, 'logs'))) console.log(`--- ${log}\n${fs.readFileSync(path.join(cluster.state.prefix, 'logs', log), 'utf8').slice(-3000)}`);
    }
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(`cluster: ${passed + failed} assertions, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log(`cluster: ${passed + failed + 1} assertions, ${failed + 1} failed`);
  process.exit(1);
});
