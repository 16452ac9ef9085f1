import os from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Piscina } from 'piscina';
import { renderMarkdown, type RenderedMarkdown } from '../markdown';
import { bodyKey, RenderCache, type RenderCacheOptions } from './render-cache';

export type RenderOptions = {
  /**
   * Worker threads to render with, besides the calling thread, which renders too once it has read
   * every file; 0 renders everything on the calling thread. Default: one fewer than the cores, at most 3.
   */
  workers?: number;
  /** Bodies a check must have before workers are started (they take a moment to start). Default 200. */
  parallelFrom?: number;
  /** Reuse renderings of earlier checks (see RenderCache). Default: none, every body is rendered. */
  cache?: RenderCacheOptions;
  /** The worker's script, a piscina worker module (tests point it at a failing one). */
  workerScript?: URL;
};

type Batch = { tickets: number[]; bodies: string[] };

/** Bodies go to a worker about 32 KB at a time, so that the cost of a task is small next to its rendering. */
const BATCH_BYTES = 32 * 1024;
/** Batches each worker holds: the next one is already there when it finishes one. */
const PER_WORKER = 2;
/** The longest the calling thread works before it takes in the workers' results and hands out more batches. */
const TURN_MS = 2;
/** Without a result from any worker for this long, the rest is rendered on the calling thread. */
const STALL_MS = 15_000;

/**
 * Renders Markdown bodies, on a piscina pool of worker threads when there are enough of them.
 * `submit` hands a body over as soon as its file is read, so the workers render while the caller
 * goes on reading and checking (awaiting `turn()` now and then lets their results in); `finish`
 * waits for the rest, the calling thread rendering too; `result` then gives each body's rendering.
 * Every result is what `renderMarkdown` returns on the calling thread: if the workers fail, their
 * bodies are rendered on the calling thread instead.
 */
export class Renderer {
  private readonly bodies: string[] = [];
  private readonly results: (RenderedMarkdown | undefined)[] = [];
  private readonly workers: number;
  private readonly parallelFrom: number;
  private readonly workerScript: URL;
  private pool: Piscina<string[], RenderedMarkdown[]> | null = null;
  /** Set once a worker task failed (or the workers hung): no more batches go to the pool. */
  private poolFailed = false;
  /** Sealed batches not handed to the pool yet: workers take them from the front, this thread from the back. */
  private readonly queue: Batch[] = [];
  private open: Batch | null = null;
  private openBytes = 0;
  /** Batches on the workers: each promise settles once its results are stored (or the batch is queued again). */
  private readonly running = new Set<Promise<void>>();
  private lastTurn = 0;
  /** Bodies rendered on worker threads (the rest were rendered on the calling thread or found in the cache). */
  renderedOnWorkers = 0;
  /** Tickets whose body was found in the cache. */
  readonly cached = new Set<number>();
  private readonly cache: RenderCache | null;
  private readonly keys: string[] = [];
  private misses = 0;

  constructor(options: RenderOptions = {}) {
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    this.workers = Math.max(0, options.workers ?? Math.min(cores - 1, 3));
    this.parallelFrom = options.parallelFrom ?? 200;
    this.workerScript = options.workerScript ?? new URL('./render-worker.mjs', import.meta.url);
    this.cache = options.cache ? new RenderCache(options.cache) : null;
  }

  /** Threads the pool runs now (0 before it starts, and once it is closed). */
  get threads(): number {
    return this.pool?.threads.length ?? 0;
  }

  /** Queues a body; returns its ticket for `result`. */
  submit(body: string): number {
    const ticket = this.bodies.push(body) - 1;
    if (this.cache) {
      const key = (this.keys[ticket] = bodyKey(body));
      const hit = this.cache.get(key);
      if (hit) {
        this.results[ticket] = hit;
        this.cached.add(ticket);
        return ticket;
      }
    }
    this.misses++;
    if (!this.workers) return ticket;
    if (this.pool) this.add(ticket);
    else if (this.misses >= this.parallelFrom) this.start(); // takes every body so far, this one included
    this.handOut();
    return ticket;
  }

  /**
   * For a caller submitting in a loop: a promise to await, when the workers run and the calling
   * thread has not let their results in for a while (it gives the event loop one turn); otherwise
   * undefined, so the caller goes straight on.
   */
  turn(): Promise<void> | undefined {
    if (!this.pool || performance.now() - this.lastTurn < TURN_MS) return undefined;
    return nextTurn().then(() => {
      this.lastTurn = performance.now();
    });
  }

  /**
   * Renders every submitted body: hands out the last batches, renders queued ones on this thread
   * meanwhile, and waits for the workers. Without workers it does nothing (`result` renders each
   * body when asked, so a check with problems renders nothing).
   */
  async finish(): Promise<void> {
    if (!this.pool) return;
    this.seal();
    this.handOut();
    while (this.queue.length || this.running.size) {
      const batch = this.queue.pop();
      if (batch) await this.renderHere(batch);
      else await this.nextSettled();
    }
  }

  /** The rendering of a submitted body (after `finish`; renders it here if no worker did). */
  result(ticket: number): RenderedMarkdown {
    return (this.results[ticket] ??= renderMarkdown(this.bodies[ticket]!));
  }

  /** Stores this check's renderings in the cache, if there is one: call once every result was taken. */
  saveCache(): void {
    if (!this.cache) return;
    const all = new Map<string, RenderedMarkdown>();
    const fresh = new Set<string>();
    this.keys.forEach((key, ticket) => {
      all.set(key, this.result(ticket));
      if (!this.cached.has(ticket)) fresh.add(key);
    });
    this.cache.save(all, fresh);
  }

  /** Destroys the pool (its threads have stopped when this settles) and closes the cache. */
  async close(): Promise<void> {
    this.cache?.close();
    const pool = this.pool;
    this.pool = null;
    this.poolFailed = true;
    await pool?.destroy();
  }

  private start(): void {
    this.pool = new Piscina({
      filename: this.workerScript.href,
      minThreads: this.workers,
      maxThreads: this.workers,
      concurrentTasksPerWorker: PER_WORKER,
      // The worker is plain JavaScript: it needs none of the caller's flags (a TypeScript loader, say).
      execArgv: [],
      recordTiming: false,
    });
    // A worker that dies between tasks: its batches come back as failed tasks; this only keeps the event from throwing.
    this.pool.on('error', () => {
      this.poolFailed = true;
    });
    for (let ticket = 0; ticket < this.bodies.length; ticket++) if (this.results[ticket] === undefined) this.add(ticket);
  }

  private add(ticket: number): void {
    const body = this.bodies[ticket]!;
    this.open ??= { tickets: [], bodies: [] };
    this.open.tickets.push(ticket);
    this.open.bodies.push(body);
    this.openBytes += body.length;
    if (this.openBytes >= BATCH_BYTES) this.seal();
  }

  private seal(): void {
    if (this.open) this.queue.push(this.open);
    this.open = null;
    this.openBytes = 0;
  }

  /** Gives the pool batches from the front of the queue, up to PER_WORKER per worker. */
  private handOut(): void {
    while (this.pool && !this.poolFailed && this.running.size < this.workers * PER_WORKER && this.queue.length) {
      const batch = this.queue.shift()!;
      const task: Promise<void> = this.pool
        .run(batch.bodies)
        .then(
          (results) => {
            batch.tickets.forEach((ticket, i) => (this.results[ticket] = results[i]));
            this.renderedOnWorkers += batch.tickets.length;
          },
          () => {
            // A worker could not render it (or the pool was destroyed): this thread will.
            this.poolFailed = true;
            this.queue.push(batch);
          },
        )
        .then(() => {
          this.running.delete(task);
          this.handOut();
        });
      this.running.add(task);
    }
  }

  /** Renders a batch on this thread, letting the workers' results in between bodies. */
  private async renderHere(batch: Batch): Promise<void> {
    for (let i = 0; i < batch.tickets.length; i++) {
      this.results[batch.tickets[i]!] = renderMarkdown(batch.bodies[i]!);
      await this.turn();
    }
  }

  /** Waits until a batch on the workers settles; if none does for STALL_MS, destroys the pool, which sends them back here. */
  private async nextSettled(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const stalled = new Promise<'stalled'>((resolve) => (timer = setTimeout(resolve, STALL_MS, 'stalled')));
    const outcome = await Promise.race([...this.running, stalled]);
    clearTimeout(timer);
    if (outcome === 'stalled') {
      const pool = this.pool;
      this.pool = null;
      this.poolFailed = true;
      await pool?.destroy();
    }
  }
}
