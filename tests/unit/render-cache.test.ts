import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { Renderer } from '@/lib/content/render-pool';
import { renderMarkdown } from '@/lib/markdown';
import { ContentCopy, GOOD, removeAll, SEED_CONTENT, tempDir } from './helpers/fixtures';

afterAll(removeAll);

const BODIES = ['# One\n\nfirst **body**', 'Two: <b>raw</b> and a note[^1]\n\n[^1]: the note', 'Three\n\n| a |\n|---|\n| 1 |'];

/** Renders `bodies` through a Renderer on `file`; returns the results and which tickets came from the cache. */
function run(file: string, bodies: string[], write = true) {
  const renderer = new Renderer({ workers: 0, cache: { file, write } });
  try {
    const results = bodies.map((body) => renderer.submit(body)).map((t) => renderer.result(t));
    renderer.saveCache();
    return { results, cached: [...renderer.cached].sort() };
  } finally {
    renderer.close();
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
  it('renders once, then serves unchanged bodies from the cache with the same result', () => {
    const file = path.join(tempDir('tmt-digest-cache-'), 'render-cache.db');
    const first = run(file, BODIES);
    expect(first.cached).toEqual([]);
    expect(first.results).toEqual(BODIES.map((b) => renderMarkdown(b)));
    const second = run(file, BODIES);
    expect(second.cached).toEqual([0, 1, 2]);
    expect(second.results).toEqual(first.results);
  });

  it('renders a changed body again and forgets bodies no longer there', () => {
    const file = path.join(tempDir('tmt-digest-cache-'), 'render-cache.db');
    run(file, BODIES);
    const changed = [BODIES[0]!, `${BODIES[1]!} (edited)`];
    const again = run(file, changed);
    expect(again.cached).toEqual([0]);
    expect(again.results).toEqual(changed.map((b) => renderMarkdown(b)));
    expect(rows(file)).toBe(2);
  });

  it('ignores a cache written by another renderer (version, code or packages)', () => {
    const file = path.join(tempDir('tmt-digest-cache-'), 'render-cache.db');
    run(file, BODIES);
    const db = new Database(file);
    db.prepare("UPDATE meta SET value = 'another renderer' WHERE key = 'renderer'").run();
    db.prepare("UPDATE render SET html = '<p>stale</p>'").run();
    db.close();
    const again = run(file, BODIES);
    expect(again.cached).toEqual([]);
    expect(again.results).toEqual(BODIES.map((b) => renderMarkdown(b)));
    // ...and replaces it.
    expect(run(file, BODIES).cached).toEqual([0, 1, 2]);
  });

  it('treats an unreadable cache file as no cache', () => {
    const file = path.join(tempDir('tmt-digest-cache-'), 'render-cache.db');
    fs.writeFileSync(file, 'not a database');
    expect(run(file, BODIES).results).toEqual(BODIES.map((b) => renderMarkdown(b)));
    expect(run(file, BODIES).cached).toEqual([0, 1, 2]);
  });

  it('is only read when write is false', () => {
    const file = path.join(tempDir('tmt-digest-cache-'), 'render-cache.db');
    run(file, BODIES, false);
    expect(fs.existsSync(file)).toBe(false);
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
