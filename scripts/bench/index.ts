// `npm run bench`: search, load, HTTP and page weight, with peers, in one run.
//   npm run bench                    1k and 10k tiers, HTTP and page weight
//   npm run bench -- --full          adds the 100k tier
//   npm run bench -- --tiers=1000    chosen tiers only
//   other flags: --rounds=N --no-http --no-weight --http-duration=S --http-connections=N --quick
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberFlag, parseFlags, usageError } from '../args.mjs';
import { runTier, type TierResult } from './harness';
import { ensureBuild, hammer, startServer, STATIC_PATH, stopServer, type HttpResult } from './http';
import { CLASS_LABELS, CLASSES, HTTP_NO_MATCH, HTTP_SEARCH, HTTP_SEARCH_UNCACHED } from './queries';
import { classRecall, classStat, correctnessTable, englishGeomean, loadTable, ms, supportedQueries, tierTable } from './report';
import { hasGc, median } from './shared';
import { MARKERS, weighRoutes, type RouteWeight } from './weight';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = path.join(ROOT, 'bench-out');

const USAGE =
  'usage: npm run bench -- [--full] [--tiers=1000,10000|none] [--rounds=N] [--quick] [--no-http] [--no-weight] [--http-duration=10] [--http-connections=10]';

function flags(argv: string[]) {
  const f = parseFlags(
    USAGE,
    {
      full: { type: 'boolean' },
      'no-http': { type: 'boolean' },
      'no-weight': { type: 'boolean' },
      quick: { type: 'boolean' },
      tiers: { type: 'string' },
      rounds: { type: 'string' },
      'http-duration': { type: 'string' },
      'http-connections': { type: 'string' },
    },
    argv,
  );
  const quick = f.quick ?? false;
  // --tiers=none: only HTTP and page weight, on the catalogue an earlier run loaded.
  const tiers = f.tiers === 'none' ? [] : f.tiers ? f.tiers.split(',').map(Number) : f.full ? [1000, 10_000, 100_000] : [1000, 10_000];
  if (tiers.some((n) => !Number.isInteger(n) || n < 20)) usageError(USAGE, '--tiers takes entry counts of 20 or more (or none), e.g. --tiers=1000,10000');
  return {
    tiers,
    rounds: numberFlag(USAGE, 'rounds', f.rounds, quick ? 2 : 5),
    quick,
    http: !f['no-http'],
    weight: !f['no-weight'],
    httpDuration: numberFlag(USAGE, 'http-duration', f['http-duration'], quick ? 5 : 10),
    httpConnections: numberFlag(USAGE, 'http-connections', f['http-connections'], 10),
  };
}

async function main() {
  const opt = flags(process.argv.slice(2));
  const load0 = os.loadavg();
  const started = Date.now();
  if (!hasGc()) console.warn('! run with node --expose-gc (npm run bench does) for heap numbers');
  fs.mkdirSync(OUT, { recursive: true });

  const tiers: TierResult[] = [];
  for (const n of opt.tiers) {
    console.log(`\n▸ ${n.toLocaleString('en-US')} entries`);
    const big = n >= 100_000;
    tiers.push(
      await runTier({
        n,
        out: OUT,
        rounds: big ? Math.min(opt.rounds, 3) : opt.rounds,
        loadRuns: opt.quick || big ? 1 : 3,
        buildRuns: opt.quick || big ? 1 : 3,
        sampling: opt.quick ? { min: 3, max: 50, budgetMs: 40 } : { min: 5, max: 200, budgetMs: 100 },
        log: (l) => console.log(l),
      }),
    );
  }

  // HTTP and page weight on the production build, serving the 10k catalogue (else the largest loaded).
  const http: HttpResult[] = [];
  let weights: RouteWeight[] = [];
  let served: TierResult | undefined;
  if (opt.http || opt.weight) {
    served = tiers.find((t) => t.n === 10_000 && t.database) ?? [...tiers].reverse().find((t) => t.database) ?? earlierTier();
    if (!served) throw new Error('HTTP and page weight need a loaded tier: run a tier first (e.g. --tiers=10000)');
    console.log(`\n▸ Production build and server (catalogue: ${served.n.toLocaleString('en-US')}-entry tier)`);
    ensureBuild(ROOT);
    const server = await startServer(ROOT, served.database!, OUT);
    try {
      const entryPath = `/entries/${served.sampleEntry}`;
      if (opt.weight) {
        weights = await weighRoutes(ROOT, server.url, [
          { route: 'home (newest edition)', path: '/' },
          { route: 'entry page', path: entryPath },
          { route: 'search page', path: '/search?q=data' },
          { route: 'authorities', path: '/authorities' },
          { route: 'authority page', path: '/authorities/cac' },
        ]);
      }
      if (opt.http) {
        const o = { connections: opt.httpConnections, duration: opt.httpDuration };
        const newestEdition = (await (await fetch(`${server.url}/sitemap.xml`)).text()).match(/\/editions\/([\w-]+)</)?.[1] ?? '';
        // Each page type warm (its rendering kept, as for every reader after the first) and cold (an
        // ignored parameter with a new value on every request: rendered every time).
        const pages: [string, string][] = [
          ['home', '/'],
          ['edition', `/editions/${newestEdition}`],
          ['entry', entryPath],
          ['authority', '/authorities/cac'],
          ['topic', '/topics/data-security'],
          ['search with filters', '/search?q=data&issuer=cac&local=1&category=regulation'],
          ['calendar', '/calendar'],
          ['feed', '/feed.xml'],
        ];
        const runs: [string, string][] = [
          ['static file (ceiling)', STATIC_PATH],
          ['/api/search (repeated: its answer is kept)', HTTP_SEARCH],
          ['/api/search, the same search never answered from the cache', HTTP_SEARCH_UNCACHED],
          ['/api/search, nothing matches (route overhead)', HTTP_NO_MATCH],
          ...pages.flatMap(([name, p]): [string, string][] => [
            [`${name} (warm)`, p],
            [`${name} (cold: rendered every time)`, `${p}${p.includes('?') ? '&' : '?'}bench=[<id>]`],
          ]),
        ];
        for (const [label, p] of runs) {
          console.log(`  autocannon ${p} (${o.connections} connections × ${o.duration} s)`);
          http.push(await hammer(server, label, p, o));
        }
      }
    } finally {
      await stopServer(server);
    }
  }

  const md = render(tiers, http, weights, served, opt, load0, os.loadavg(), Date.now() - started);
  console.log(`\n${md}`);
  fs.writeFileSync(path.join(OUT, 'results.md'), md);
  fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify({ tiers: tiers.map(({ samples: _s, ...t }) => t), http, weights }, null, 2));
  console.log(`\nwritten: ${path.relative(ROOT, path.join(OUT, 'results.md'))}`);
}

/** The 10k (else 1k) catalogue an earlier run left in bench-out/, for --tiers=none. */
function earlierTier(): TierResult | undefined {
  for (const n of [10_000, 1000]) {
    const database = path.join(OUT, `db-${n}`, 'catalogue.db');
    if (!fs.existsSync(database)) continue;
    const db = new Database(database, { readonly: true });
    try {
      const row = db.prepare('SELECT slug FROM Entry WHERE edition IS NOT NULL ORDER BY file LIMIT 1').get() as { slug: string } | undefined;
      if (row) return { n, database, sampleEntry: row.slug } as TierResult;
    } finally {
      db.close();
    }
  }
  return undefined;
}

type Verdict = { target: string; measured: string; met: boolean | null };

/** The issue's targets against this run's numbers. */
export function verdicts(tiers: TierResult[], http: HttpResult[], weights: RouteWeight[]): Verdict[] {
  const out: Verdict[] = [];
  const t10 = tiers.find((t) => t.n === 10_000);
  if (t10) {
    const worst = Math.max(...CLASSES.map((c) => classStat(t10, 'ours', c)!.p95));
    out.push({ target: '10k: search p95 ≤ 2 ms (every class, filters and facets included)', measured: `worst class p95 ${ms(worst)} ms`, met: worst <= 2 });
    const g = englishGeomean(t10, 'ours', 'FTS5');
    out.push({ target: '10k: ≥ 20× faster than FTS5 bm25 (geomean p50, English mix)', measured: `${(g.b / g.a).toFixed(1)}× (ours ${ms(g.a)} ms, FTS5 ${ms(g.b)} ms)`, met: g.b / g.a >= 20 });
    const slower: string[] = [];
    for (const peer of ['MiniSearch', 'FTS5', 'linear scan'] as const) {
      for (const cls of CLASSES) {
        const only = supportedQueries(t10, peer, cls);
        const a = classStat(t10, 'ours', cls, only);
        const b = classStat(t10, peer, cls);
        if (a && b && a.p50 > b.p50) slower.push(`${CLASS_LABELS[cls]} vs ${peer} (${(a.p50 / b.p50).toFixed(1)}×)`);
      }
    }
    out.push({ target: '10k: not slower than any peer on any query class (p50)', measured: slower.length ? `slower on ${slower.length}: ${slower.join('; ')}` : 'never slower', met: slower.length === 0 });
    const recall = Math.min(...CLASSES.map((c) => classRecall(t10, 'ours', c).min));
    const agree = t10.sameAsLinear.every((s) => s.total && s.page && s.facets);
    out.push({ target: '10k: same recall as the linear scan', measured: `recall ${recall === 1 ? '1' : recall.toFixed(3)} on every query; total, page 1 and facets ${agree ? 'identical' : 'differ'}`, met: recall === 1 && agree });
    const build = median(t10.builds.ours.ms);
    out.push({ target: '10k: index build ≤ 1 s', measured: `${(build / 1000).toFixed(2)} s`, met: build <= 1000 });
    if (t10.load) {
      const both = median(t10.load.check.map((c, i) => c + t10.load!.write[i]!));
      out.push({ target: '10k: content:check + content:load ≤ 10 s', measured: `${(both / 1000).toFixed(1)} s`, met: both <= 10_000 });
    }
  }
  const t100 = tiers.find((t) => t.n === 100_000);
  if (t100) {
    const worst = Math.max(...CLASSES.map((c) => classStat(t100, 'ours', c)!.p95));
    out.push({ target: '100k: search p95 ≤ 20 ms with facets', measured: `worst class p95 ${ms(worst)} ms`, met: worst <= 20 });
  } else out.push({ target: '100k: search p95 ≤ 20 ms with facets', measured: 'not run (add --full)', met: null });
  const entry = weights.find((w) => w.route === 'entry page');
  if (entry) {
    out.push({
      target: 'entry page ≤ 60 kB JavaScript (gzip), no search index or Markdown renderer',
      measured: `${(entry.js / 1000).toFixed(1)} kB${entry.found.length ? `; ships ${entry.found.join(', ')}` : '; neither shipped'}`,
      met: entry.js <= 60_000 && entry.found.length === 0,
    });
  }
  const st = http.find((h) => h.path === STATIC_PATH);
  const api = http.find((h) => h.path === HTTP_SEARCH);
  if (st && api) out.push({ target: '/api/search ≥ ½ the requests/s of the static file', measured: `${(api.rps / st.rps).toFixed(2)} (${api.rps.toFixed(0)} vs ${st.rps.toFixed(0)} req/s)`, met: api.rps / st.rps >= 0.5 });
  const warm = http.filter((h) => h.label.endsWith('(warm)'));
  if (st && warm.length) {
    const worst = warm.reduce((a, b) => (b.rps < a.rps ? b : a));
    out.push({
      target: 'every page type (warm) ≥ ½ the requests/s of the static file',
      measured: `worst: ${worst.label.replace(' (warm)', '')} ${(worst.rps / st.rps).toFixed(2)} (${worst.rps.toFixed(0)} vs ${st.rps.toFixed(0)} req/s)`,
      met: warm.every((h) => h.rps / st.rps >= 0.5),
    });
  }
  return out;
}

function render(
  tiers: TierResult[],
  http: HttpResult[],
  weights: RouteWeight[],
  served: TierResult | undefined,
  opt: ReturnType<typeof flags>,
  load0: number[],
  load1: number[],
  elapsed: number,
): string {
  const cpu = os.cpus();
  const lines: string[] = [];
  lines.push('# Benchmark results', '');
  lines.push(
    `Machine: ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length}, Node ${process.version}, ${os.platform()}; load average ${load0.map((v) => v.toFixed(1)).join(' / ')} at start, ${load1.map((v) => v.toFixed(1)).join(' / ')} at end (1/5/15 min). Run took ${(elapsed / 1000).toFixed(0)} s.`,
  );
  lines.push(`Command: \`npm run bench -- ${process.argv.slice(2).join(' ')}\`; ${opt.rounds} timing rounds per tier (3 at 100k); statuses derived on a fixed today.`, '');
  if (Math.max(...load0, ...load1) > cpu.length * 0.5) lines.push(`**Provisional:** the machine was busy (load average above ${(cpu.length * 0.5).toFixed(1)} on ${cpu.length} cores) while this ran; re-run on a quiet machine for final numbers.`, '');

  lines.push('## Targets', '', '| target | measured | met |', '|---|---|---|');
  for (const v of verdicts(tiers, http, weights)) lines.push(`| ${v.target} | ${v.measured} | ${v.met === null ? '–' : v.met ? 'yes' : '**no**'} |`);

  lines.push('', '## Loading and index build', '', loadTable(tiers), '');
  for (const t of tiers) {
    lines.push(`## Search, ${t.n.toLocaleString('en-US')} entries (${t.published.toLocaleString('en-US')} published, ${t.authorities} authorities)`, '');
    lines.push('Latency of one search with filters, the five facet counts and page 1 (ms, median over rounds of each round\'s p50/p95). Ratios are ours ÷ peer on the queries both can express: below 1, ours is faster. Recall is the lowest over the class\'s queries, against the linear scan\'s full match set.', '');
    lines.push(tierTable(t), '');
    lines.push('<details><summary>Per query: matches and recall</summary>', '', correctnessTable(t), '', '</details>', '');
  }
  if (http.length) {
    const st = http.find((h) => h.path === STATIC_PATH)!;
    lines.push(`## HTTP (the production server, ${served!.n.toLocaleString('en-US')}-entry catalogue, ${opt.httpConnections} connections × ${opt.httpDuration} s, autocannon)`, '');
    lines.push('| route | path | response bytes | requests/s | ÷ static | p50 (ms) | p99 (ms) | non-2xx |', '|---|---|---:|---:|---:|---:|---:|---:|');
    for (const h of http) lines.push(`| ${h.label} | \`${h.path}\` | ${h.bytes} | ${h.rps.toFixed(0)} | ${(h.rps / st.rps).toFixed(2)} | ${h.p50} | ${h.p99} | ${h.non2xx + h.errors} |`);
    lines.push('');
  }
  if (weights.length) {
    lines.push('## Page weight (production build, gzip)', '');
    lines.push('| route | JavaScript (kB) | files | of which inline scripts (kB) | CSS (kB) | HTML (kB) | noModule polyfills, not loaded by module browsers (kB) | search index or Markdown renderer in its JS |', '|---|---:|---:|---:|---:|---:|---:|---|');
    for (const w of weights) lines.push(`| ${w.route} (\`${w.path}\`) | ${(w.js / 1000).toFixed(1)} | ${w.jsFiles} | ${(w.inline / 1000).toFixed(1)} | ${(w.css / 1000).toFixed(1)} | ${(w.html / 1000).toFixed(1)} | ${(w.legacy / 1000).toFixed(1)} | ${w.found.length ? w.found.join(', ') : 'none'} |`);
    lines.push('', `Markers looked for: ${MARKERS.map((m) => `\`${m.text}\` (${m.lib})`).join(', ')}; each is checked to occur in its library's own file first.`, '');
  }
  return lines.join('\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
