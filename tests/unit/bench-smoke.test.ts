import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '@/scripts/bench/generate';
import { runTier } from '@/scripts/bench/harness';
import { CLASSES, QUERIES } from '@/scripts/bench/queries';
import { classRecall, correctnessTable, loadTable, tierTable } from '@/scripts/bench/report';
import { assets } from '@/scripts/bench/weight';
import { removeAll, tempDir } from './helpers/fixtures';

// `npm run bench` itself is too slow for the test run; this exercises its parts at 200 entries.
// No timing is asserted: only that the harness runs and that our search finds what the plain
// linear scan finds.

afterAll(removeAll);

function digest(dir: string): string {
  const hash = crypto.createHash('sha256');
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else hash.update(path.relative(dir, p)).update(fs.readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

describe('the benchmark harness', () => {
  it('generates the same corpus every time', () => {
    const a = generateCorpus(path.join(tempDir(), 'a'), 50);
    const b = generateCorpus(path.join(tempDir(), 'b'), 50);
    expect(a.entries).toBe(50);
    expect(digest(a.dir)).toBe(digest(b.dir));
  });

  it('finds exactly what the linear scan finds for every query class, and renders its tables', async () => {
    const t = await runTier({ n: 200, out: tempDir(), rounds: 1, loadRuns: 0, buildRuns: 1, sampling: { min: 1, max: 1, budgetMs: 0 } });
    expect(t.published).toBeGreaterThan(190);
    for (const cls of CLASSES) expect(classRecall(t, 'ours', cls).min, cls).toBe(1);
    t.sameAsLinear.forEach((same, i) => expect(same, QUERIES[i]!.qs).toEqual({ total: true, page: true, facets: true, linearTotal: same.linearTotal }));
    // FTS5's trigrams cannot express the two 2-character Chinese queries: reported, not hidden.
    expect(classRecall(t, 'FTS5', 'chinese').unsupported).toBe(2);
    expect(classRecall(t, 'FTS5', 'traditional').unsupported).toBe(1);

    const table = tierTable(t);
    expect(table).toMatch(/^\| measure \| ours \| MiniSearch \| ours\/MiniSearch \|/);
    for (const row of ['index build (ms)', 'one word: p50 (ms)', 'Chinese 2–4 chars: recall', 'English mix: geomean of p50 (ms)']) expect(table).toContain(`| ${row} |`);
    expect(correctnessTable(t).split('\n')).toHaveLength(QUERIES.length + 2);
    expect(loadTable([t])).toContain('| 200 |');
  });

  it('reads the scripts and stylesheets a page loads from its HTML, polyfills apart, inline scripts but not JSON-LD', () => {
    const html =
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>' +
      '<script src="/_next/static/chunks/b.js" async=""></script><script src="/_next/static/chunks/c.js" async=""></script><script>self.__next_f.push([1])</script>' +
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>' +
      '<script type="application/ld+json">{"@type":"Legislation"}</script><script nonce="n">document.body.dataset.js = "1"</script>';
    expect(assets(html)).toEqual({
      js: ['/_next/static/chunks/b.js', '/_next/static/chunks/c.js'],
      css: ['/_next/static/chunks/a.css'],
      legacy: ['/_next/static/chunks/polyfills.js'],
      inline: ['self.__next_f.push([1])', 'document.body.dataset.js = "1"'],
    });
  });
});
