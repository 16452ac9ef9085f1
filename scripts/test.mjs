// `npm test`: every check, in the order a failure is cheapest to find. Ends with one summary line.
import fs from 'node:fs';
import path from 'node:path';
import { e2ePorts, isPortFree, portInUse } from './ports.mjs';
import { bin, ensureBuilt, ensureInstalled, ensurePrismaClient, findChromium, ROOT, run, runCheck, typecheck } from './steps.mjs';

const started = Date.now();
// The end-to-end servers' ports (another checkout's npm test may hold them): say so at once, not
// after minutes of checks and a build. scripts/e2e-server.mjs checks again before it listens.
for (const { port, variable } of Object.values(e2ePorts())) {
  if (!(await isPortFree(port))) {
    console.error(portInUse(port, variable));
    process.exit(1);
  }
}
// Not test-results/: Playwright empties that folder when it starts.
const out = path.join(ROOT, 'test-reports');
fs.mkdirSync(out, { recursive: true });

ensureInstalled();
ensurePrismaClient();
const chromium = findChromium();

typecheck();
run('Linting (eslint)', bin('eslint'), ['.', '--max-warnings=0']);
run('Unit tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${path.join(out, 'vitest.json')}`]);
// Type-checked once, above: the build skips its own TypeScript pass.
ensureBuilt({ force: true, typechecked: true });
run('End-to-end tests in Chromium (playwright)', bin('playwright'), ['test'], {
  CHROMIUM_PATH: chromium,
});

// The production server under hostile queries and unknown ids, then under load while content is
// published, then two instances behind nginx under load while one is killed. Each is one check,
// as a test is one test however many expectations it holds: `total` counts tests, and their
// requests and assertions are shown beside them.
const fuzz = runCheck('Fuzzing: 2,000 seeded hostile searches, then 3,000 unknown ids and the heap after them (npm run fuzz)', bin('tsx'), ['scripts/fuzz.ts']);
const load = runCheck('Load smoke test and publishing under traffic (npm run load -- --smoke)', bin('tsx'), ['scripts/load.ts', '--smoke']);
const cluster = runCheck('Two instances behind nginx: load, a publish and a killed instance (npm run cluster:check)', bin('tsx'), ['scripts/cluster-check.ts']);

const unit = JSON.parse(fs.readFileSync(path.join(out, 'vitest.json'), 'utf8'));
const e2e = JSON.parse(fs.readFileSync(path.join(out, 'playwright.json'), 'utf8'));
const unitPassed = unit.numPassedTests;
const unitFailed = unit.numFailedTests;
const e2ePassed = e2e.stats.expected;
const e2eFailed = e2e.stats.unexpected + e2e.stats.flaky;
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`\nunit: ${unitPassed} passed, ${unitFailed} failed`);
console.log(`e2e: ${e2ePassed} passed, ${e2eFailed} failed`);
console.log(`fuzz: ${fuzz.passed} passed, ${fuzz.failed} failed (${fuzz.detail})`);
console.log(`load: ${load.passed} passed, ${load.failed} failed (${load.detail})`);
console.log(`cluster: ${cluster.passed} passed, ${cluster.failed} failed (${cluster.detail})`);
console.log(`checks: typecheck, lint, unit, build, e2e, fuzz, load, cluster in ${seconds} s`);
const passed = unitPassed + e2ePassed + fuzz.passed + load.passed + cluster.passed;
const failed = unitFailed + e2eFailed + fuzz.failed + load.failed + cluster.failed;
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
