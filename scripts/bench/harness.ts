// One tier of the benchmark: generate (or reuse) a corpus, time content:check + content:load,
// build every contender, check each against the linear scan, then time the query mix.
import fs from 'node:fs';
import path from 'node:path';
import { writeCatalogue } from '../../lib/catalogue/load';
import { checkContent } from '../../lib/content/check';
import type { Catalogue } from '../../lib/content/types';
import { corpusFromCatalogue } from '../../lib/search/corpus';
import { BENCH_TODAY, ensureCorpus } from './generate';
import { LinearScan } from './linear';
import { Ours } from './ours';
import { Fts5Peer, MiniSearchPeer } from './peers';
import { QUERIES, type BenchQuery } from './queries';
import { facetKey, heapUsed, knownIds, median, type Contender } from './shared';

export const CONTENDERS = ['ours', 'MiniSearch', 'FTS5', 'linear scan'] as const;
export type ContenderName = (typeof CONTENDERS)[number];

export type TierOptions = {
  /** Entries in the corpus. */
  n: number;
  /** Where corpora and databases go (bench-out/). */
  out: string;
  /** Timing rounds over the whole mix; each measure is the median over rounds. */
  rounds: number;
  /** Runs of content:check + content:load (0 skips the load, as the smoke test does). */
  loadRuns: number;
  /** Index builds per contender. */
  buildRuns: number;
  /** Per query and round: at least `min` samples, then more until `budgetMs` or `max`. */
  sampling: { min: number; max: number; budgetMs: number };
  queries?: BenchQuery[];
  log?: (line: string) => void;
};

export type Correctness = {
  /** |ours ∩ linear| / |linear| over the full match set; null when the query cannot be expressed. */
  recall: number | null;
  precision: number | null;
  size: number | null;
};

export type TierResult = {
  n: number;
  published: number;
  authorities: number;
  editions: number;
  corpusDir: string;
  /** The catalogue written by the last load run (for the HTTP part), if any. */
  database: string | null;
  /** A published entry slug in an edition (for the HTTP and page weight parts). */
  sampleEntry: string;
  load: { check: number[]; write: number[] } | null;
  builds: Record<ContenderName, { ms: number[]; bytes: number; kind: 'heap' | 'sqlite' }>;
  queries: BenchQuery[];
  /** Per contender, per query: linear-scan agreement. */
  correctness: Record<ContenderName, Correctness[]>;
  /** Per query: ours and the linear scan agree on total (and mode: all terms or any), page 1 and every facet count. */
  sameAsLinear: { total: boolean; page: boolean; facets: boolean; linearTotal: number }[];
  /** Per contender, per query, per round: latency samples in ms (empty when unsupported). */
  samples: Record<ContenderName, number[][][]>;
};

/**
 * content:check + content:load, in process, as scripts/content-load.ts runs them; returns the
 * timings and what search needs. The catalogue (Markdown, HTML, line maps of every file) stays
 * inside this function, so nothing keeps it alive while the indexes are built and timed.
 */
async function loadTier(dir: string, database: string | null, runs: number, log: (l: string) => void) {
  let catalogue: Catalogue | null = null;
  const load: TierResult['load'] = database ? { check: [], write: [] } : null;
  for (let r = 0; r < Math.max(runs, 1); r++) {
    catalogue = null;
    heapUsed();
    const t0 = performance.now();
    // No render cache: every run renders every body, as the first load of a folder does.
    const result = await checkContent(dir);
    const t1 = performance.now();
    if (!result.ok) throw new Error(`generated corpus does not pass content:check:\n${result.problems.slice(0, 5).map((p) => `${p.file}:${p.line}: ${p.key}: ${p.message}`).join('\n')}`);
    if (database && load) {
      await writeCatalogue(result.catalogue, database, dir);
      const t2 = performance.now();
      load.check.push(t1 - t0);
      load.write.push(t2 - t1);
      log(`  load run ${r + 1}: check ${(t1 - t0).toFixed(0)} ms, load ${(t2 - t1).toFixed(0)} ms`);
    }
    catalogue = result.catalogue;
  }
  const cat = catalogue!;
  const corpus = corpusFromCatalogue(cat);
  const known = knownIds(corpus, cat.editions.map((e) => e.id));
  const sampleEntry = cat.entries.find((e) => !e.draft && e.edition)?.slug ?? corpus.docs[0]!.slug;
  return { load, corpus, known, sampleEntry };
}

/** Runs one tier. Heavy: meant for the CLI (and, at 200 entries, the smoke test). */
export async function runTier(o: TierOptions): Promise<TierResult> {
  const log = o.log ?? (() => {});
  const queries = o.queries ?? QUERIES;
  fs.mkdirSync(o.out, { recursive: true });
  const gen = ensureCorpus(o.out, o.n);
  log(`corpus ${o.n}: ${gen.cached ? 'reused' : 'generated'} ${gen.dir}`);

  const database = o.loadRuns > 0 ? path.join(o.out, `db-${o.n}`, 'catalogue.db') : null;
  const { load, corpus, known, sampleEntry } = await loadTier(gen.dir, database, o.loadRuns, log);

  const makers: Record<ContenderName, () => Contender> = {
    ours: () => new Ours(corpus, known, BENCH_TODAY),
    MiniSearch: () => new MiniSearchPeer(corpus, known, BENCH_TODAY),
    FTS5: () => new Fts5Peer(corpus, known, BENCH_TODAY),
    'linear scan': () => new LinearScan(corpus, known, BENCH_TODAY),
  };
  const built = {} as Record<ContenderName, Contender>;
  const builds = {} as TierResult['builds'];
  for (const name of CONTENDERS) {
    const ms: number[] = [];
    const bytes: number[] = [];
    let instance: Contender | null = null;
    for (let r = 0; r < o.buildRuns; r++) {
      if (instance instanceof Fts5Peer) instance.close();
      instance = null;
      const before = heapUsed();
      const t0 = performance.now();
      instance = makers[name]();
      ms.push(performance.now() - t0);
      bytes.push(instance instanceof Fts5Peer ? instance.size() : heapUsed() - before);
    }
    built[name] = instance!;
    builds[name] = { ms, bytes: median(bytes), kind: instance instanceof Fts5Peer ? 'sqlite' : 'heap' };
    log(`  build ${name}: ${median(ms).toFixed(0)} ms, ${(median(bytes) / 2 ** 20).toFixed(1)} MB`);
  }

  // Correctness against the linear scan, over full match sets.
  const linear = built['linear scan'];
  const correctness = {} as TierResult['correctness'];
  for (const name of CONTENDERS) correctness[name] = [];
  const sameAsLinear: TierResult['sameAsLinear'] = [];
  for (const q of queries) {
    const ref = linear.all(q.qs)!;
    for (const name of CONTENDERS) {
      const got = built[name].all(q.qs);
      if (got === null) {
        correctness[name].push({ recall: null, precision: null, size: null });
        continue;
      }
      let both = 0;
      for (const s of got) if (ref.has(s)) both++;
      correctness[name].push({ recall: ref.size ? both / ref.size : 1, precision: got.size ? both / got.size : 1, size: got.size });
    }
    const a = built.ours.run(q.qs)!;
    const b = linear.run(q.qs)!;
    sameAsLinear.push({
      // The total, and the mode it came from: every term matched ("all") or the fallback ("any").
      total: a.total === b.total && a.mode === b.mode,
      page: a.top.join() === b.top.join(),
      facets: facetKey(a.facets) === facetKey(b.facets),
      linearTotal: b.total,
    });
  }

  // Latency: rounds over the whole mix; the contender order rotates each round.
  const samples = {} as TierResult['samples'];
  for (const name of CONTENDERS) samples[name] = queries.map(() => []);
  let sink = 0;
  for (let round = 0; round < o.rounds; round++) {
    const order = CONTENDERS.map((_, i) => CONTENDERS[(i + round) % CONTENDERS.length]!);
    for (const name of order) {
      const c = built[name];
      queries.forEach((q, qi) => {
        const first = c.run(q.qs); // warm-up (and the support check)
        if (first === null) {
          samples[name][qi]!.push([]);
          return;
        }
        sink += first.total;
        const times: number[] = [];
        const start = performance.now();
        while (times.length < o.sampling.max && (times.length < o.sampling.min || performance.now() - start < o.sampling.budgetMs)) {
          const t0 = performance.now();
          sink += c.run(q.qs)!.total;
          times.push(performance.now() - t0);
        }
        samples[name][qi]!.push(times);
      });
    }
    log(`  round ${round + 1}/${o.rounds} done`);
  }
  if (sink < 0) log('impossible');
  if (built.FTS5 instanceof Fts5Peer) built.FTS5.close();

  return {
    n: o.n,
    published: corpus.docs.length,
    authorities: corpus.authorities.length,
    editions: known.editions ? [...known.editions].length : 0,
    corpusDir: gen.dir,
    database,
    sampleEntry,
    load,
    builds,
    queries,
    correctness,
    sameAsLinear,
    samples,
  };
}
