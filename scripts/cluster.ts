// `npm run cluster -- --instances 2 --port 8080`: nginx in front of N production instances, each
// on its own catalogue built from CONTENT_DIR, for a local trial (see docs/deploy.md). Runs until
// Ctrl+C; `npm run publish -- --dir PATH` loads new content into every instance.
import path from 'node:path';
import { numberFlag, parseFlags } from './args.mjs';
import { startCluster } from './cluster/cluster';

const USAGE =
  'usage: npm run cluster -- [--instances N] [--port PORT] [--base-port PORT] [--dir PATH] [--state DIR]   (defaults: 2 instances, nginx on 8080, instances on 8081..., $CONTENT_DIR or content/, .data/cluster)';
const flags = parseFlags(USAGE, { instances: { type: 'string' }, port: { type: 'string' }, 'base-port': { type: 'string' }, dir: { type: 'string' }, state: { type: 'string' } });
const instances = numberFlag(USAGE, 'instances', flags.instances, 2);
const port = numberFlag(USAGE, 'port', flags.port, 8080);

const cluster = await startCluster({
  instances,
  port,
  basePort: flags['base-port'] === undefined ? undefined : numberFlag(USAGE, 'base-port', flags['base-port'], port + 1),
  contentDir: flags.dir ?? process.env.CONTENT_DIR ?? 'content',
  stateDir: flags.state ?? path.join('.data', 'cluster'),
  siteUrl: process.env.SITE_URL,
});
console.log(`✓ ${instances} instances behind nginx at ${cluster.url} (SITE_URL ${cluster.state.siteUrl}); instances on ports ${cluster.state.instances.map((i) => i.port).join(', ')}. Ctrl+C to stop.`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void cluster.stop().then(() => process.exit(0));
  });
}
