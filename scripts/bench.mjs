// `npm run bench`: install and generate the Prisma client if needed (as npm start does), then run
// the benchmark with the flags it needs: an exposed GC for heap numbers and room for the 100k tier.
import { spawnSync } from 'node:child_process';
import { ensureInstalled, ensurePrismaClient, ROOT } from './steps.mjs';

ensureInstalled();
ensurePrismaClient();
const result = spawnSync(
  process.execPath,
  ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', 'scripts/bench/index.ts', ...process.argv.slice(2)],
  { cwd: ROOT, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
