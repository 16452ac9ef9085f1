// Several production instances behind nginx, for a local trial, the tests and docs/deploy.md:
// each instance has its own catalogue file built from the same content; nginx balances between
// them, retries on the other when one is down, and keeps pages as long as they say it may.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeCatalogue } from '../../lib/catalogue/load';
import { checkContent } from '../../lib/content/check';
import { formatProblem } from '../../lib/content/problems';
import type { Catalogue } from '../../lib/content/types';
import { superviseServer } from '../supervise.mjs';

export type Instance = { index: number; port: number; database: string };
/** What `npm run publish` needs to find a running cluster (written to <state>/cluster.json). */
export type ClusterState = { port: number; siteUrl: string; prefix: string; contentDir: string; instances: Instance[] };
export type Cluster = {
  state: ClusterState;
  url: string;
  /** Kills an instance as a crash would (SIGKILL); its supervisor starts it again. */
  kill(index: number): void;
  /** The process id of an instance now. */
  pid(index: number): number | undefined;
  stop(): Promise<void>;
};

export type ClusterOptions = {
  instances: number;
  /** nginx listens here (on HOST, default 127.0.0.1). */
  port: number;
  /** The instances listen on basePort, basePort + 1... (default: port + 1). */
  basePort?: number;
  contentDir: string;
  /** Where catalogues, nginx's prefix (config, cache, logs) and cluster.json go. */
  stateDir: string;
  /** The public origin (default http://localhost:<port>). */
  siteUrl?: string;
  /** Seconds nginx may keep a page before revalidating it (CACHE_S_MAXAGE, default 300). */
  sharedMaxAge?: number;
  log?: (line: string) => void;
};

const TEMPLATE = path.join(path.dirname(new URL(import.meta.url).pathname), 'nginx.conf.template');
export const STATE_FILE = 'cluster.json';

/** nginx's binary: NGINX_BIN, else the first of `nginx` on PATH and Debian's /usr/sbin/nginx. */
export function nginxBinary(): string {
  const candidates = [process.env.NGINX_BIN, 'nginx', '/usr/sbin/nginx'].filter((c): c is string => !!c);
  for (const c of candidates) if (spawnSync(c, ['-v'], { stdio: 'ignore' }).status === 0) return c;
  throw new Error("nginx is not installed: on Debian, `apt-get install -y nginx` (or set NGINX_BIN to its path). .ci/run installs it when it is missing.");
}

/** The nginx configuration for these instances, from scripts/cluster/nginx.conf.template. */
export function nginxConfig(values: { prefix: string; host: string; port: number; instances: Instance[]; cacheSize?: string }): string {
  const upstreams = values.instances.map((i) => `    server 127.0.0.1:${i.port} max_fails=1 fail_timeout=2s;`).join('\n');
  const filled: Record<string, string> = { PREFIX: values.prefix, HOST: values.host, PORT: String(values.port), UPSTREAMS: upstreams, CACHE_SIZE: values.cacheSize ?? '256m' };
  return fs.readFileSync(TEMPLATE, 'utf8').replace(/\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
    if (!(name in filled)) throw new Error(`nginx.conf.template: no value for {{${name}}}`);
    return filled[name]!;
  });
}

/**
 * Run as root, nginx's master hands its workers to the unprivileged user `nobody`, which must be
 * able to write the cache and the temporary files (run as another user, nginx keeps that user).
 */
function workersMayWrite(prefix: string): void {
  if (process.getuid?.() !== 0) return;
  const id = (flag: string) => Number(spawnSync('id', [flag, 'nobody'], { encoding: 'utf8' }).stdout.trim());
  const [uid, gid] = [id('-u'), id('-g')];
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error("running as root, nginx's workers run as 'nobody', which this machine lacks");
  for (const dir of ['cache', 'temp']) fs.chownSync(path.join(prefix, dir), uid, gid);
  const reach = spawnSync('runuser', ['-u', 'nobody', '--', 'test', '-w', path.join(prefix, 'cache')]);
  if (reach.status !== 0) throw new Error(`nginx's workers run as 'nobody', which cannot reach ${prefix}: choose a --state directory whose parents others may enter (e.g. under /tmp)`);
}

/** Validates a content folder once; throws with every problem listed. */
export async function checkOnce(contentDir: string): Promise<Catalogue> {
  const result = await checkContent(contentDir);
  if (!result.ok) throw new Error(`${result.problems.map(formatProblem).join('\n')}\n${result.problems.length} problem(s) in ${contentDir}: nothing was changed.`);
  return result.catalogue;
}

async function waitFor(what: string, test: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await test()) return;
    } catch {
      // not answering yet
    }
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The catalogue version an instance serves now (GET /api/status). */
export async function servedVersion(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/api/status`);
  if (!response.ok) throw new Error(`status ${response.status}`);
  return ((await response.json()) as { version: string }).version;
}

/** Starts the instances on their catalogues, then nginx in front of them; resolves when all answer. */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const log = options.log ?? console.log;
  const host = process.env.HOST || '127.0.0.1';
  const siteUrl = options.siteUrl ?? `http://localhost:${options.port}`;
  const state = path.resolve(options.stateDir);
  const prefix = path.join(state, 'nginx');
  const nginx = nginxBinary();
  for (const dir of ['logs', 'cache', 'temp']) fs.mkdirSync(path.join(prefix, dir), { recursive: true });
  workersMayWrite(prefix);

  const catalogue = await checkOnce(options.contentDir);
  const base = options.basePort ?? options.port + 1;
  const instances: Instance[] = Array.from({ length: options.instances }, (_, index) => ({ index, port: base + index, database: path.join(state, `instance-${index}`, 'catalogue.db') }));
  const version = randomUUID();
  for (const i of instances) await writeCatalogue(catalogue, i.database, path.resolve(options.contentDir), version);

  const servers = instances.map((i) =>
    superviseServer({
      name: `instance ${i.index} (port ${i.port})`,
      env: {
        PORT: String(i.port),
        HOST: '127.0.0.1',
        SITE_URL: siteUrl,
        DATABASE_PATH: i.database,
        NODE_ENV: 'production',
        ...(options.sharedMaxAge !== undefined ? { CACHE_S_MAXAGE: String(options.sharedMaxAge) } : {}),
      },
      onOutput: (chunk) => fs.appendFileSync(path.join(prefix, 'logs', `instance-${i.index}.log`), chunk),
      log,
    }),
  );
  let proxy: ChildProcess | undefined;
  const stop = async () => {
    if (proxy && proxy.exitCode === null) {
      const gone = new Promise((r) => proxy!.once('exit', r));
      proxy.kill('SIGQUIT');
      await Promise.race([gone, new Promise((r) => setTimeout(r, 3000))]);
      if (proxy.exitCode === null) proxy.kill('SIGKILL');
    }
    await Promise.all(servers.map((s) => s.stop()));
  };
  try {
    await Promise.all(instances.map((i) => waitFor(`instance ${i.index} answering on port ${i.port}`, async () => !!(await servedVersion(i.port)))));
    const config = path.join(prefix, 'nginx.conf');
    fs.writeFileSync(config, nginxConfig({ prefix, host, port: options.port, instances }));
    const test = spawnSync(nginx, ['-t', '-p', prefix, '-c', config], { encoding: 'utf8' });
    if (test.status !== 0) throw new Error(`nginx rejected ${config}:\n${test.stderr}`);
    proxy = spawn(nginx, ['-p', prefix, '-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
    proxy.stderr!.on('data', (d) => log(`nginx: ${String(d).trim()}`));
    const url = `http://${host}:${options.port}`;
    await waitFor(`nginx answering on port ${options.port}`, async () => (await fetch(`${url}/api/status`)).ok);
    const clusterState: ClusterState = { port: options.port, siteUrl, prefix, contentDir: path.resolve(options.contentDir), instances };
    fs.writeFileSync(path.join(state, STATE_FILE), `${JSON.stringify(clusterState, null, 2)}\n`);
    return {
      state: clusterState,
      url,
      kill: (index) => {
        const pid = servers[index]?.pid;
        if (pid) process.kill(pid, 'SIGKILL');
      },
      pid: (index) => servers[index]?.pid,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

export type PublishReport = { version: string; instances: { index: number; ms: number }[]; totalMs: number };

/**
 * Validates a content folder once, then loads it into every instance in turn (each load is the
 * atomic swap of `npm run content:load`), waiting after each until that instance serves the new
 * version: at every moment at least all but one instance answer, none with a half catalogue.
 */
export async function publish(state: ClusterState, contentDir: string, log: (line: string) => void = console.log): Promise<PublishReport> {
  const started = Date.now();
  const catalogue = await checkOnce(contentDir);
  const done: { index: number; ms: number }[] = [];
  // One version for every instance: the same content is the same catalogue everywhere.
  const version = randomUUID();
  for (const instance of state.instances) {
    const t0 = Date.now();
    await writeCatalogue(catalogue, instance.database, path.resolve(contentDir), version);
    await waitFor(`instance ${instance.index} serving version ${version.slice(0, 8)}`, async () => (await servedVersion(instance.port)) === version, 30_000);
    done.push({ index: instance.index, ms: Date.now() - t0 });
    log(`instance ${instance.index} (port ${instance.port}) serves ${version.slice(0, 8)} after ${Date.now() - t0} ms`);
  }
  return { version, instances: done, totalMs: Date.now() - started };
}

/** The state of the cluster started from `stateDir`, or an error saying how to start one. */
export function readState(stateDir: string): ClusterState {
  const file = path.join(stateDir, STATE_FILE);
  if (!fs.existsSync(file)) throw new Error(`no cluster state at ${file}: start one with npm run cluster`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ClusterState;
}
