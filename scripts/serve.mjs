// The production server: Next.js (the build in .next) behind a fast path for answers it already
// made. `npm start`, the end-to-end tests, the benchmark and the cluster all run this.
//   PORT (default 3000), HOST (default: all interfaces), SITE_URL (required: the public origin).
//
// A GET whose answer is kept for the catalogue and day being served (lib/html/serve.ts) is sent
// from here; everything else goes to Next.js's request handler. Next's handling costs a small page
// most of its time (about 1,200 requests/s for a route handler against 3,300 for a static file,
// measured here), while a kept page needs only its bytes and headers.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { COMMON_HEADERS, policyFor } from '../lib/security.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOST || undefined;

// Absolute links (canonical URLs, feeds, citations, exports, emails) are written with SITE_URL and
// pages are kept by shared caches: they must never be guessed from a request's Host header.
if (!process.env.SITE_URL) {
  console.error('✗ SITE_URL is not set. Set it to the public origin the site is reached at, e.g. SITE_URL=https://digest.example.com (npm start sets http://localhost:PORT for a local trial).');
  process.exit(1);
}
try {
  const url = new URL(process.env.SITE_URL);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
} catch {
  console.error(`✗ SITE_URL '${process.env.SITE_URL}' is not an http(s) origin such as https://digest.example.com`);
  process.exit(1);
}

const app = next({ dev: false, dir: ROOT, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const common = Object.fromEntries(COMMON_HEADERS);
const headersFor = (url) => ({ ...common, 'Content-Security-Policy': policyFor(url.split('?', 1)[0]) });

const server = http.createServer((request, response) => {
  const fast = globalThis.__tmtFastAnswer?.(request, headersFor(request.url ?? '/'));
  if (fast) {
    response.writeHead(fast.status, fast.headers);
    response.end(fast.body ?? undefined);
    return;
  }
  handle(request, response);
});

server.once('error', (error) => {
  console.error(error.code === 'EADDRINUSE' ? `✗ Port ${port} is already in use: stop what is using it, or choose another (PORT=${port + 1}).` : error);
  process.exit(1);
});
server.listen(port, hostname, () => console.log(`✓ Ready on http://${hostname ?? 'localhost'}:${port} (serving ${process.env.SITE_URL})`));

// For the fuzzer's memory check: on SIGUSR2, collect garbage (with node --expose-gc) and write the
// heap in use to HEAP_REPORT_FILE. Off unless that variable is set; never reachable over HTTP.
if (process.env.HEAP_REPORT_FILE) {
  process.on('SIGUSR2', () => {
    globalThis.gc?.();
    fs.writeFileSync(process.env.HEAP_REPORT_FILE, JSON.stringify({ ...process.memoryUsage(), collected: typeof globalThis.gc === 'function', at: Date.now() }));
  });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold it open: give requests in flight a moment, then go.
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
