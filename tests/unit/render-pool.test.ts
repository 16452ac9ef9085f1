import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { Renderer } from '@/lib/content/render-pool';
import { renderMarkdown } from '@/lib/markdown';
import { BAD, CALENDAR, ContentCopy, GOOD, removeAll, REPO, SEED_CONTENT } from './helpers/fixtures';

afterAll(removeAll);

const HOSTILE = path.join(REPO, 'tests', 'fixtures', 'content', 'hostile');

describe('rendering on worker threads', () => {
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

  it('the same problems for a folder with problems', async () => {
    const broken = new ContentCopy().edit('entries/2023-01/sample-cleanup-campaign.md', 'issuers: [cac]', 'issuers: [cac-shangai]');
    for (const dir of [broken.root, BAD]) {
      const pooled = await checkContent(dir, { workers: 2, parallelFrom: 1 });
      expect(pooled.ok).toBe(false);
      expect(pooled).toEqual(await checkContent(dir, { workers: 0 }));
    }
  });

  it('hands results back by ticket, whatever the order the workers finish in', () => {
    const bodies = Array.from({ length: 60 }, (_, i) => `# Body ${i}\n\n${'word '.repeat((i * 37) % 900)}\n\n- [x] item ${i}${i % 7 ? '' : ' <b>raw</b>'}`);
    const renderer = new Renderer({ workers: 3, parallelFrom: 5 });
    try {
      const tickets = bodies.map((body) => renderer.submit(body));
      expect(tickets.map((t) => renderer.result(t))).toEqual(bodies.map((body) => renderMarkdown(body)));
      expect(renderer.renderedOnWorkers).toBeGreaterThan(0);
    } finally {
      renderer.close();
    }
  });

  it('renders on the calling thread what failing workers could not', () => {
    const bodies = Array.from({ length: 20 }, (_, i) => `Body ${i}: ${'text '.repeat(i * 400)}`);
    const renderer = new Renderer({ workers: 2, parallelFrom: 1, workerScript: new URL('../fixtures/workers/failing-render-worker.mjs', import.meta.url) });
    try {
      const tickets = bodies.map((body) => renderer.submit(body));
      expect(tickets.map((t) => renderer.result(t))).toEqual(bodies.map((body) => renderMarkdown(body)));
      expect(renderer.renderedOnWorkers).toBe(0);
    } finally {
      renderer.close();
    }
  });
});
