import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCatalogue } from '@/lib/catalogue/load';
import { checkContent } from '@/lib/content/check';
import { getSnapshot } from '@/lib/catalogue/snapshot';
import { search } from '@/lib/search/service';
import { ContentCopy, GOOD, removeAll, tempDir } from './helpers/fixtures';

// The service reads the catalogue named by DATABASE_PATH, as the server does.
let database: string;
const previous = process.env.DATABASE_PATH;

async function load(dir: string) {
  const result = await checkContent(dir);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  await writeCatalogue(result.catalogue, database, dir);
}

const slugs = async (qs: string) => search(await getSnapshot(), new URLSearchParams(qs), '2024-06-01').result.hits.map((h) => h.doc.slug);

beforeAll(async () => {
  database = path.join(tempDir(), 'catalogue.db');
  process.env.DATABASE_PATH = database;
  await load(GOOD);
});

afterAll(() => {
  process.env.DATABASE_PATH = previous;
  removeAll();
});

describe('the search service on a real catalogue file', () => {
  it('searches what was loaded, and never the draft', async () => {
    expect(await slugs('q=sample')).toHaveLength(4);
    expect(await slugs('q=upcoming')).toEqual([]);
  });

  it('rebuilds its index after a content load, without a restart', async () => {
    const copy = new ContentCopy(GOOD)
      .edit('entries/2023-01/sample-cleanup-campaign.md', 'title: Sample Campaign to Clean Up Mobile Apps', 'title: Sample Campaign Against Zeppelin Apps')
      .remove('entries/2023-01/sample-guideline-draft.md');
    expect(await slugs('q=zeppelin')).toEqual([]);
    await load(copy.root);
    expect(await slugs('q=zeppelin')).toEqual(['sample-cleanup-campaign']);
    expect(await slugs('q=labels')).toEqual([]);
    await load(GOOD);
    expect(await slugs('q=zeppelin')).toEqual([]);
    expect(await slugs('q=labels')).toEqual(['sample-guideline-draft']);
  });

  it('filters by issuer through the same parameters as the page', async () => {
    expect((await slugs('issuer=cac')).sort()).toEqual(['sample-cleanup-campaign', 'sample-guideline-draft', 'sample-transfer-rules']);
    expect(await slugs('issuer=cac-shanghai')).toEqual(['sample-transfer-rules']);
  });
});
