// `npm run publish -- --dir PATH`: validates the content once, then loads it into every instance of
// the running cluster in turn, waiting until each serves the new version (see docs/deploy.md).
import path from 'node:path';
import { parseFlags } from './args.mjs';
import { publish, readState } from './cluster/cluster';

const USAGE = 'usage: npm run publish -- [--dir PATH] [--state DIR]   (defaults: $CONTENT_DIR or content/, .data/cluster)';
const flags = parseFlags(USAGE, { dir: { type: 'string' }, state: { type: 'string' } });
try {
  const state = readState(flags.state ?? path.join('.data', 'cluster'));
  const report = await publish(state, flags.dir ?? process.env.CONTENT_DIR ?? 'content');
  console.log(`✓ every instance serves ${report.version.slice(0, 8)} after ${report.totalMs} ms; pages nginx keeps are revalidated within their s-maxage (CACHE_S_MAXAGE, default 300 s).`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
