// HTTP: the production server (scripts/serve.mjs) under autocannon, /api/search and an entry page
// against a static file the same server sends (the ceiling).
import autocannon from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const STATIC_PATH = '/bench-static.txt';

export type Server = { url: string; child: ChildProcess; log: string };

/** `next build` unless .next was built from these sources (the same check `npm start` uses). */
export function ensureBuild(root: string): void {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', "import { ensureBuilt } from './scripts/steps.mjs'; ensureBuilt();"], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) throw new Error('next build failed');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts the production server on a free port with DATABASE_PATH = `database`; resolves when the static file answers. */
export async function startServer(root: string, database: string, out: string): Promise<Server> {
  const port = await freePort();
  const log = path.join(out, 'server.log');
  const fd = fs.openSync(log, 'w');
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs')], {
    cwd: root,
    stdio: ['ignore', fd, fd],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SITE_URL: process.env.SITE_URL || 'http://localhost:3000', DATABASE_PATH: database, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  fs.closeSync(fd);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}; see ${log}`);
    try {
      const r = await fetch(url + STATIC_PATH);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`the server did not answer within 60 s; see ${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, child, log };
}

export async function stopServer(s: Server): Promise<void> {
  if (s.child.exitCode !== null) return;
  const exited = new Promise((r) => s.child.once('exit', r));
  s.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (s.child.exitCode === null) s.child.kill('SIGKILL');
}

export type HttpResult = { label: string; path: string; rps: number; p50: number; p99: number; non2xx: number; errors: number; bytes: number };

/** autocannon against one path: a short warm-up, then `duration` seconds with `connections` connections. */
export async function hammer(server: Server, label: string, p: string, o: { connections: number; duration: number }): Promise<HttpResult> {
  const probe = await fetch(server.url + p);
  const body = Buffer.from(await probe.arrayBuffer());
  if (!probe.ok) throw new Error(`${p} answered ${probe.status}`);
  // A path holding [<id>] gets a unique id there on every request.
  const idReplacement = p.includes('[<id>]');
  await autocannon({ url: server.url + p, connections: o.connections, duration: 2, idReplacement });
  const r = await autocannon({ url: server.url + p, connections: o.connections, duration: o.duration, idReplacement });
  return { label, path: p, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors, bytes: body.length };
}
