// Markdown tables from tier results, and the numbers the targets are checked against.
import { CLASS_LABELS, CLASSES, ENGLISH_CLASSES, type QueryClass } from './queries';
import { CONTENDERS, type ContenderName, type TierResult } from './harness';
import { geomean, median, quantile } from './shared';

export type Stat = { p50: number; p95: number } | null;

/** p50 and p95 of a class (samples of its queries pooled per round), as medians over rounds. */
export function classStat(t: TierResult, name: ContenderName, cls: QueryClass, only?: Set<number>): Stat {
  const idx = t.queries.map((q, i) => (q.cls === cls && (!only || only.has(i)) ? i : -1)).filter((i) => i >= 0);
  const supported = idx.filter((i) => t.samples[name][i]!.every((r) => r.length > 0));
  if (supported.length === 0) return null;
  const rounds = t.samples[name][supported[0]!]!.length;
  const p50: number[] = [];
  const p95: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const pooled = supported.flatMap((i) => t.samples[name][i]![r]!).sort((a, b) => a - b);
    p50.push(quantile(pooled, 0.5));
    p95.push(quantile(pooled, 0.95));
  }
  return { p50: median(p50), p95: median(p95) };
}

/** Queries of a class a contender can express. */
export function supportedQueries(t: TierResult, name: ContenderName, cls: QueryClass): Set<number> {
  return new Set(t.queries.map((q, i) => i).filter((i) => t.queries[i]!.cls === cls && t.samples[name][i]!.every((r) => r.length > 0)));
}

/** Per-query p50 (median over rounds), null when unsupported. */
export function queryP50(t: TierResult, name: ContenderName, qi: number): number | null {
  const rounds = t.samples[name][qi]!;
  if (rounds.some((r) => r.length === 0)) return null;
  return median(rounds.map((r) => quantile([...r].sort((a, b) => a - b), 0.5)));
}

/** Geometric mean of per-query p50 over the English mix (queries both contenders support). */
export function englishGeomean(t: TierResult, a: ContenderName, b: ContenderName): { a: number; b: number } {
  const idx = t.queries.map((q, i) => i).filter((i) => ENGLISH_CLASSES.includes(t.queries[i]!.cls));
  const both = idx.filter((i) => queryP50(t, a, i) !== null && queryP50(t, b, i) !== null);
  return { a: geomean(both.map((i) => queryP50(t, a, i)!)), b: geomean(both.map((i) => queryP50(t, b, i)!)) };
}

/** Lowest recall over a class's queries (an unsupported query counts as 0). */
export function classRecall(t: TierResult, name: ContenderName, cls: QueryClass): { min: number; unsupported: number; minPrecision: number } {
  let min = 1;
  let minPrecision = 1;
  let unsupported = 0;
  t.queries.forEach((q, i) => {
    if (q.cls !== cls) return;
    const c = t.correctness[name][i]!;
    if (c.recall === null) {
      unsupported++;
      min = 0;
    } else {
      min = Math.min(min, c.recall);
      minPrecision = Math.min(minPrecision, c.precision ?? 1);
    }
  });
  return { min, unsupported, minPrecision };
}

export const ms = (v: number | null | undefined) =>
  v === null || v === undefined || !Number.isFinite(v) ? 'n/s' : v < 0.1 ? v.toFixed(3) : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0);
export const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a === null || b === null || a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0 ? '–' : `${Number((a / b).toPrecision(2))}`;
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const pct = (v: number) => (v === 1 ? '1' : v.toFixed(3));
const thousands = (n: number) => n.toLocaleString('en-US');

const PEERS: ContenderName[] = ['MiniSearch', 'FTS5', 'linear scan'];

/** The main table of a tier: each measure, each contender, and ours/peer. */
export function tierTable(t: TierResult): string {
  const head = `| measure | ours | ${PEERS.map((p) => `${p} | ours/${p}`).join(' | ')} |`;
  const sep = `|---|---:|${PEERS.map(() => '---:|---:').join('|')}|`;
  const rows: string[] = [head, sep];
  const row = (label: string, values: Record<ContenderName, string>, ratios: Record<string, string> = {}) =>
    rows.push(`| ${label} | ${values.ours} | ${PEERS.map((p) => `${values[p]} | ${ratios[p] ?? ''}`).join(' | ')} |`);

  const build = (n: ContenderName) => median(t.builds[n].ms);
  row('index build (ms)', rec((n) => ms(build(n))), rec((n) => ratio(build('ours'), build(n))));
  row(
    'index memory (MB)',
    rec((n) => `${mb(t.builds[n].bytes)}${t.builds[n].kind === 'sqlite' ? ' (SQLite pages)' : ''}`),
    rec((n) => (t.builds[n].kind === 'heap' ? ratio(t.builds.ours.bytes, t.builds[n].bytes) : '–')),
  );
  for (const cls of CLASSES) {
    const ours = classStat(t, 'ours', cls);
    const stats = rec((n) => classStat(t, n, cls));
    // Ratios on the queries both can express (FTS5 cannot express 2-character Chinese runs).
    const oursOn = rec((n) => classStat(t, 'ours', cls, supportedQueries(t, n, cls)));
    const note = (n: ContenderName) => {
      const s = supportedQueries(t, n, cls).size;
      const all = t.queries.filter((q) => q.cls === cls).length;
      return s < all ? ` (${s} of ${all} queries)` : '';
    };
    row(`${CLASS_LABELS[cls]}: p50 (ms)`, rec((n) => (n === 'ours' ? ms(ours?.p50) : `${ms(stats[n]?.p50)}${note(n)}`)), rec((n) => ratio(oursOn[n]?.p50, stats[n]?.p50)));
    row(`${CLASS_LABELS[cls]}: p95 (ms)`, rec((n) => ms(n === 'ours' ? ours?.p95 : stats[n]?.p95)), rec((n) => ratio(oursOn[n]?.p95, stats[n]?.p95)));
    row(
      `${CLASS_LABELS[cls]}: recall`,
      rec((n) => {
        const r = classRecall(t, n, cls);
        return `${pct(r.min)}${r.unsupported ? ` (${r.unsupported} n/s)` : ''}${r.minPrecision < 1 ? `, precision ${pct(r.minPrecision)}` : ''}`;
      }),
    );
  }
  row('all classes: worst p95 (ms)', rec((n) => ms(Math.max(...CLASSES.map((c) => classStat(t, n, c)?.p95 ?? 0)))));
  row(
    'English mix: geomean of p50 (ms)',
    rec((n) => ms(n === 'ours' ? englishGeomean(t, 'ours', 'ours').a : englishGeomean(t, 'ours', n).b)),
    rec((n) => {
      const g = englishGeomean(t, 'ours', n);
      return ratio(g.a, g.b);
    }),
  );
  return rows.join('\n');
}

/** Per query: what the linear scan finds, and whether each contender finds the same. */
export function correctnessTable(t: TierResult): string {
  const rows = [
    `| query | class | linear scan matches | ours = linear (total and mode, page 1, facets) | ${CONTENDERS.filter((c) => c !== 'linear scan').map((c) => `${c} recall`).join(' | ')} |`,
    `|---|---|---:|---|${CONTENDERS.filter((c) => c !== 'linear scan').map(() => '---:').join('|')}|`,
  ];
  t.queries.forEach((q, i) => {
    const same = t.sameAsLinear[i]!;
    const agree = same.total && same.page && same.facets ? 'yes' : `no (${[!same.total && 'total or mode', !same.page && 'page 1', !same.facets && 'facets'].filter(Boolean).join(', ')})`;
    const cells = CONTENDERS.filter((c) => c !== 'linear scan').map((c) => {
      const k = t.correctness[c][i]!;
      if (k.recall === null) return '0 (n/s)';
      return `${pct(k.recall)}${k.precision !== null && k.precision < 1 ? ` (precision ${pct(k.precision)})` : ''}`;
    });
    rows.push(`| \`${decodeURIComponent(q.qs.replace(/\+/g, ' '))}\` | ${CLASS_LABELS[q.cls]} | ${thousands(same.linearTotal)} | ${agree} | ${cells.join(' | ')} |`);
  });
  return rows.join('\n');
}

/** Load and build, one row per tier. */
export function loadTable(tiers: TierResult[]): string {
  const rows = [
    '| entries (files) | published | content:check (s) | content:load write (s) | check + load (s) | index build, ours (ms) | index heap, ours (MB) |',
    '|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const t of tiers) {
    const check = t.load ? median(t.load.check) / 1000 : NaN;
    const write = t.load ? median(t.load.write) / 1000 : NaN;
    const both = t.load ? median(t.load.check.map((c, i) => c + t.load!.write[i]!)) / 1000 : NaN;
    const s = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '–');
    rows.push(`| ${thousands(t.n)} | ${thousands(t.published)} | ${s(check)} | ${s(write)} | ${s(both)} | ${ms(median(t.builds.ours.ms))} | ${mb(t.builds.ours.bytes)} |`);
  }
  return rows.join('\n');
}

function rec<T>(f: (n: ContenderName) => T): Record<ContenderName, T> {
  return Object.fromEntries(CONTENDERS.map((n) => [n, f(n)])) as Record<ContenderName, T>;
}
