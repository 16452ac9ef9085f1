import os from 'node:os';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { renderMarkdown, type RenderedMarkdown } from '../markdown';
import { bodyKey, RenderCache, type RenderCacheOptions } from './render-cache';

export type RenderOptions = {
  /**
   * Worker threads to render with, besides the calling thread, which renders too once it has read
   * every file; 0 renders everything on the calling thread. Default: one fewer than the cores.
   */
  workers?: number;
  /** Bodies a check must have before workers are started (they take a moment to start). Default 200. */
  parallelFrom?: number;
  /** Reuse renderings of earlier checks (see RenderCache). Default: none, every body is rendered. */
  cache?: RenderCacheOptions;
  /** The worker's script (tests point it at a failing one). */
  workerScript?: URL;
};

type Batch = { id: number; tickets: number[]; bodies: string[] };
type Reply = { ready?: true; batch?: number; results?: RenderedMarkdown[]; error?: string };
type Thread = { worker: Worker; port: MessagePort; inFlight: Batch[]; failed: boolean };

const BATCH_BYTES = 32 * 1024;
const IN_FLIGHT = 2;
/** Without a word from any worker for this long, the rest is rendered on the calling thread. */
const STALL_MS = 15_000;

/**
 * Renders Markdown bodies, on worker threads when there are enough of them, while the caller
 * stays synchronous: `submit` hands a body over as soon as its file is read (the workers render
 * while the caller goes on reading and checking), `result` blocks until that body is rendered.
 * Every result is what `renderMarkdown` returns on the calling thread; if a worker fails, its
 * bodies are rendered on the calling thread instead.
 */
export class Renderer {
  private readonly bodies: string[] = [];
  private readonly results: (RenderedMarkdown | undefined)[] = [];
  private readonly workers: number;
  private readonly parallelFrom: number;
  private readonly workerScript: URL;
  private threads: Thread[] | null = null;
  private readonly queue: Batch[] = [];
  private open: Batch | null = null;
  private openBytes = 0;
  private nextBatch = 0;
  private signal: Int32Array | null = null;
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
    if (this.threads) this.add(ticket);
    else if (this.misses >= this.parallelFrom) this.start(); // takes every body so far, this one included
    if (this.threads) this.pump();
    return ticket;
  }

  /** The rendering of a submitted body (blocks until a worker has it, or renders it here). */
  result(ticket: number): RenderedMarkdown {
    if (this.results[ticket] === undefined && this.threads) this.drain();
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

  /** Stops the workers (nothing more will be asked) and closes the cache. */
  close(): void {
    this.cache?.close();
    for (const t of this.threads ?? []) {
      t.port.close();
      void t.worker.terminate();
    }
    this.threads = null;
  }

  private start(): void {
    const signal = new SharedArrayBuffer(4);
    this.signal = new Int32Array(signal);
    this.threads = Array.from({ length: this.workers }, () => {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(this.workerScript, {
        workerData: { port: port2, signal },
        transferList: [port2],
        execArgv: [],
        stdout: false,
        stderr: false,
      });
      // Errors reach the caller as messages on the port; this only keeps an exit from being an unhandled event.
      worker.on('error', () => {});
      worker.unref();
      return { worker, port: port1, inFlight: [], failed: false };
    });
    for (let ticket = 0; ticket < this.bodies.length; ticket++) if (this.results[ticket] === undefined) this.add(ticket);
  }

  private add(ticket: number): void {
    const body = this.bodies[ticket]!;
    this.open ??= { id: this.nextBatch++, tickets: [], bodies: [] };
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

  /** Takes in what the workers have finished and hands out more; never waits. Returns whether anything came in. */
  private pump(): boolean {
    let heard = false;
    for (const t of this.threads ?? []) {
      for (let m = receiveMessageOnPort(t.port); m; m = receiveMessageOnPort(t.port)) {
        heard = true;
        const reply = m.message as Reply;
        if (reply.error !== undefined) {
          // This worker is done for: what it holds goes back in the queue, for another worker or this thread.
          t.failed = true;
          this.queue.unshift(...t.inFlight.splice(0));
          continue;
        }
        if (reply.batch === undefined) continue;
        const index = t.inFlight.findIndex((b) => b.id === reply.batch);
        const [batch] = t.inFlight.splice(index, 1);
        batch!.tickets.forEach((ticket, i) => (this.results[ticket] = reply.results![i]));
        this.renderedOnWorkers += batch!.tickets.length;
      }
      while (!t.failed && t.inFlight.length < IN_FLIGHT && this.queue.length) {
        const batch = this.queue.shift()!;
        t.inFlight.push(batch);
        t.port.postMessage({ id: batch.id, bodies: batch.bodies });
      }
    }
    return heard;
  }

  /**
   * Renders queued batches here and takes in the workers' results until every submitted body is
   * rendered; if the workers fail or hang, what they held is left for `result` to render here.
   */
  private drain(): void {
    this.seal();
    let quietSince = performance.now();
    for (;;) {
      const seen = Atomics.load(this.signal!, 0);
      if (this.pump()) quietSince = performance.now();
      // The workers take batches from the front of the queue; this thread takes them from the back.
      const batch = this.queue.pop();
      if (batch) {
        batch.tickets.forEach((ticket, i) => (this.results[ticket] = renderMarkdown(batch.bodies[i]!)));
        quietSince = performance.now();
        continue;
      }
      if (!this.threads!.some((t) => t.inFlight.length)) return;
      if (this.threads!.every((t) => t.failed) || performance.now() - quietSince > STALL_MS) break;
      Atomics.wait(this.signal!, 0, seen, 100);
    }
    // Workers failed or hung: the remaining bodies are rendered by `result` on this thread.
    this.close();
  }
}
