import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { Renderer, type RenderOptions } from '@/lib/content/render-pool';
import { renderMarkdown } from '@/lib/markdown';
import { ContentCopy, GOOD, removeAll, SEED_CONTENT, tempDir } from './helpers/fixtures';

afterAll(removeAll);

const BODIES = ['# One\n\nfirst **body**', 'Two: <b>raw</b> and a note[^1]\n\n[^1]: the note', 'Three\n\n| a |\n|---|\n| 1 |'];

/**
 * Renders `bodies` through a Renderer on `file`, as a check does; returns the results, which
 * tickets came from the cache, the threads running once every body was submitted and how many
 * bodies they rendered (none by default).
 */
async function run(file: string, bodies: string[], write = true, pool: RenderOptions = { workers: 0 }) {
  const renderer = new Renderer({ ...pool, cache: { file, write } });
  try {
    const tickets = bodies.map((body) => renderer.submit(body));
    const threads = renderer.threads;
    await renderer.finish();
    const results = tickets.map((t) => renderer.result(t));
    renderer.saveCache();
    return { results, cached: [...renderer.cached].sort((a, b) => a - b), threads, renderedOnWorkers: renderer.renderedOnWorkers };
  } finally {
    await renderer.close();
  }
}

const rows = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM render').pluck().get();
  } finally {
    db.close();
  }
};

describe('the render cache', () => {
  it('renders once, then serves unchanged bodies from the cache with the same result', async () => {
    const file = path.join(tempDir('tmt-digest-cache-'), 'render-cache.db');
    const first = await run(file, BODIES);
    expect(first.cached).toEqual([]);
    expect(first.results).toEqual(BODIES.map((b) => renderMarkdown(b)));
    const second = await run(file, BODIES);
    expect(second.cached).toEqual([0, 1, 2]);
    expect(second.results).toEqual(first.results);
  });

  it('renders a changed body again and forgets bodies no longer there', async () => {
    const file = path.join(tempDir('tmt-digest-cache-'), 'render-cache.db');
    await run(file, BODIES);
    const changed = [BODIES[0]!, `${BODIES[1]!} (edited)`];
    const again = await run(file, changed);
    expect(again.cached).toEqual([0]);
    expect(again.results).toEqual(changed.map((b) => renderMarkdown(b)));
    expect(rows(file)).toBe(2);
  });

  it('ignores a cache written by another renderer (version, code or packages)', async () => {
    const file = path.join(tempDir('tmt-digest-cache-'), 'render-cache.db');
    await run(file, BODIES);
    const db = new Database(file);
    db.prepare("UPDATE meta SET value = 'another renderer' WHERE key = 'renderer'").run();
    db.prepare("UPDATE render SET html = '<p>stale</p>'").run();
    db.close();
    const again = await run(file, BODIES);
    expect(again.cached).toEqual([]);
    expect(again.results).toEqual(BODIES.map((b) => renderMarkdown(b)));
    // ...and replaces it.
    expect((await run(file, BODIES)).cached).toEqual([0, 1, 2]);
  });

  it('treats an unreadable cache file as no cache', async () => {
    const file = path.join(tempDir('tmt-digest-cache-'), 'render-cache.db');
    fs.writeFileSync(file, 'not a database');
    expect((await run(file, BODIES)).results).toEqual(BODIES.map((b) => renderMarkdown(b)));
    expect((await run(file, BODIES)).cached).toEqual([0, 1, 2]);
  });

  it('is only read when write is false', async () => {
    const file = path.join(tempDir('tmt-digest-cache-'), 'render-cache.db');
    await run(file, BODIES, false);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('works with the pool: what the workers render is stored, and a warm run starts no thread', async () => {
    const file = path.join(tempDir('tmt-digest-cache-'), 'render-cache.db');
    const bodies = Array.from({ length: 250 }, (_, i) => `# Body ${i}\n\n${'word '.repeat((i * 37) % 600)}${i % 9 ? '' : ' <b>raw</b>'}`);
    const pool = { workers: 2, parallelFrom: 200 };
    const cold = await run(file, bodies, true, pool);
    expect(cold.threads).toBe(2);
    expect(cold.renderedOnWorkers).toBeGreaterThan(0);
    expect(cold.results).toEqual(bodies.map((b) => renderMarkdown(b)));
    // Warm: 249 cached, 1 changed; one miss is below parallelFrom, so it is rendered on this thread.
    const changed = bodies.map((b, i) => (i === 5 ? `${b} (edited)` : b));
    const warm = await run(file, changed, true, pool);
    expect(warm.threads).toBe(0);
    expect(warm.renderedOnWorkers).toBe(0);
    expect(warm.cached).toHaveLength(249);
    expect(warm.cached).not.toContain(5);
    expect(warm.results).toEqual(changed.map((b) => renderMarkdown(b)));
  });

  it('checkContent gives the same catalogue cold and warm, and stores nothing for a folder with problems', async () => {
    const dir = tempDir('tmt-digest-cache-');
    const cache = { file: path.join(dir, 'render-cache.db') };
    const plain = await checkContent(SEED_CONTENT, { workers: 0 });
    expect(await checkContent(SEED_CONTENT, { cache })).toEqual(plain);
    expect(fs.existsSync(cache.file)).toBe(true);
    expect(await checkContent(SEED_CONTENT, { cache })).toEqual(plain);

    const broken = new ContentCopy(GOOD).edit('entries/2023-01/sample-cleanup-campaign.md', 'issuers: [cac]', 'issuers: [nobody]');
    const fresh = { file: path.join(tempDir('tmt-digest-cache-'), 'render-cache.db') };
    expect((await checkContent(broken.root, { cache: fresh })).ok).toBe(false);
    expect(fs.existsSync(fresh.file)).toBe(false);
  });
});
