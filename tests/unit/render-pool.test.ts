import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Piscina } from 'piscina';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { Renderer, type RenderOptions } from '@/lib/content/render-pool';
import { renderMarkdown } from '@/lib/markdown';
import { generateCorpus } from '@/scripts/bench/generate';
import { BAD, CALENDAR, ContentCopy, GOOD, removeAll, REPO, SEED_CONTENT, tempDir } from './helpers/fixtures';

afterAll(removeAll);
afterEach(() => {
  vi.restoreAllMocks();
});

const HOSTILE = path.join(REPO, 'tests', 'fixtures', 'content', 'hostile');
const FAILING = new URL('../fixtures/workers/failing-render-worker.mjs', import.meta.url);
const UNLOADABLE = new URL('../fixtures/workers/unloadable-render-worker.mjs', import.meta.url);

/** Bodies of every shape the renderer meets: GFM tables, task lists, raw HTML, footnotes, code, Chinese, long and empty. */
const PARTS = [
  (i: number) => `# Heading ${i}\n\nA paragraph with *emphasis*, **strong** and \`code\`.`,
  (i: number) => `| col | n |\n|---|--:|\n| row ${i} | ${i * 3} |\n| next | ${i % 5} |`,
  (i: number) => `- [x] done ${i}\n- [ ] open\n  - nested ~~struck~~`,
  (i: number) => `Raw <b>bold</b> and <script>alert(${i})</script> and <a href="javascript:x">link</a>.`,
  (i: number) => `A claim[^${i}].\n\n[^${i}]: The note for ${i}.`,
  (i: number) => '```ts\nconst x = ' + i + ';\n```',
  (i: number) => `> 国家互联网信息办公室 第${i}号 — quoted, with https://example.org/${i} autolinked.`,
  (i: number) => `${'word '.repeat((i * 37) % 900)}`,
  () => '',
  (i: number) => `1. one\n2. two ${i}\n\n---\n\n[ref][r${i}]\n\n[r${i}]: https://example.org/r`,
];
const VARIED = Array.from({ length: 300 }, (_, i) =>
  [0, 3, 7]
    .map((k) => PARTS[(i + k * (i % 4)) % PARTS.length]!(i))
    .slice(0, 1 + (i % 3))
    .join('\n\n'),
);
const ON_THIS_THREAD = VARIED.map((body) => renderMarkdown(body));

/** Submits `bodies` as a check does, waits for the rest, and returns each result, with the Renderer (closed). */
async function renderAll(bodies: string[], options: RenderOptions) {
  const renderer = new Renderer(options);
  try {
    const tickets: number[] = [];
    for (const body of bodies) {
      tickets.push(renderer.submit(body));
      await renderer.turn();
    }
    const threadsWhileSubmitting = renderer.threads;
    await renderer.finish();
    return { results: tickets.map((t) => renderer.result(t)), renderer, threadsWhileSubmitting };
  } finally {
    await renderer.close();
  }
}

describe('rendering on a piscina pool', () => {
  it('gives for 300 varied bodies exactly what rendering on the calling thread gives, part of it from the workers', async () => {
    const { results, renderer, threadsWhileSubmitting } = await renderAll(VARIED, { workers: 2, parallelFrom: 1 });
    expect(threadsWhileSubmitting).toBe(2);
    expect(results).toEqual(ON_THIS_THREAD);
    expect(renderer.renderedOnWorkers).toBeGreaterThan(0);
    expect(renderer.threads).toBe(0);
  });

  it('starts no thread below parallelFrom bodies, nor with workers: 0', async () => {
    const below = await renderAll(VARIED.slice(0, 199), { workers: 2, parallelFrom: 200 });
    expect(below.threadsWhileSubmitting).toBe(0);
    expect(below.renderer.renderedOnWorkers).toBe(0);
    expect(below.results).toEqual(ON_THIS_THREAD.slice(0, 199));

    const none = await renderAll(VARIED, { workers: 0, parallelFrom: 1 });
    expect(none.threadsWhileSubmitting).toBe(0);
    expect(none.renderer.renderedOnWorkers).toBe(0);
    expect(none.results).toEqual(ON_THIS_THREAD);

    // The control: the 200th body starts them.
    const at = await renderAll(VARIED.slice(0, 200), { workers: 2, parallelFrom: 200 });
    expect(at.threadsWhileSubmitting).toBe(2);
    expect(at.results).toEqual(ON_THIS_THREAD.slice(0, 200));
  });

  it.each([
    ['throws on every batch', FAILING],
    ['cannot even load', UNLOADABLE],
  ])('renders on the calling thread what a worker that %s could not', async (_name, workerScript) => {
    const { results, renderer } = await renderAll(VARIED, { workers: 2, parallelFrom: 1, workerScript });
    expect(results).toEqual(ON_THIS_THREAD);
    expect(renderer.renderedOnWorkers).toBe(0);
  });
});

describe('checkContent on the pool', () => {
  it.each([
    ['the seed content', SEED_CONTENT],
    ['the good fixtures', GOOD],
    ['the calendar fixtures', CALENDAR],
    ['the hostile fixtures', HOSTILE],
  ])('%s: the same catalogue as rendering on the calling thread', async (_name, dir) => {
    const inline = await checkContent(dir, { workers: 0 });
    const pooled = await checkContent(dir, { workers: 2, parallelFrom: 1 });
    expect(inline.ok).toBe(true);
    expect(pooled).toEqual(inline);
  });

  it('a generated folder of 300 entries, with the default threshold: the same catalogue, rendered on the workers', async () => {
    const dir = path.join(tempDir('tmt-digest-pool-'), 'content');
    generateCorpus(dir, 300);
    const run = vi.spyOn(Piscina.prototype, 'run');
    const pooled = await checkContent(dir, { workers: 2 });
    expect(run).toHaveBeenCalled();
    run.mockRestore();
    const inline = await checkContent(dir, { workers: 0 });
    expect(inline.ok).toBe(true);
    expect(pooled).toEqual(inline);
  });

  it('the same problems for a folder with problems', async () => {
    const broken = new ContentCopy().edit('entries/2023-01/sample-cleanup-campaign.md', 'issuers: [cac]', 'issuers: [cac-shangai]');
    for (const dir of [broken.root, BAD]) {
      const pooled = await checkContent(dir, { workers: 2, parallelFrom: 1 });
      expect(pooled.ok).toBe(false);
      expect(pooled).toEqual(await checkContent(dir, { workers: 0 }));
    }
  });

  it.each([
    ['failing', FAILING],
    ['unloadable', UNLOADABLE],
  ])('a %s worker script still gives the right catalogue', async (_name, workerScript) => {
    const pooled = await checkContent(SEED_CONTENT, { workers: 2, parallelFrom: 1, workerScript });
    expect(pooled.ok).toBe(true);
    expect(pooled).toEqual(await checkContent(SEED_CONTENT, { workers: 0 }));
  });

  it('destroys its pool before it settles: no thread is left running', async () => {
    const destroy = vi.spyOn(Piscina.prototype, 'destroy');
    const result = await checkContent(SEED_CONTENT, { workers: 2, parallelFrom: 1 });
    expect(result.ok).toBe(true);
    expect(destroy).toHaveBeenCalledTimes(1);
    expect((destroy.mock.contexts[0] as Piscina).threads).toHaveLength(0);
  });

  it('lets a process that ran a pooled check exit by itself', () => {
    const script = [
      "const { checkContent } = await import('./lib/content/check.ts');",
      "const r = await checkContent('content', { workers: 2, parallelFrom: 1 });",
      'console.log(JSON.stringify({ ok: r.ok }));',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO, encoding: 'utf8', timeout: 25_000 });
    expect(run.signal).toBeNull();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ ok: true });
  });
});
