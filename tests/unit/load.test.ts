import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDb } from '@/lib/catalogue/client';
import * as load from '@/lib/catalogue/load';
import { readSnapshot } from '@/lib/catalogue/snapshot';
import { EMPTY_FILTERS } from '@/lib/search/params';
import { checkContent } from '@/lib/content/check';
import type { Catalogue } from '@/lib/content/types';
import { BAD, ContentCopy, GOOD, REPO, removeAll, tempDir } from './helpers/fixtures';

afterAll(removeAll);

async function catalogueOf(dir: string): Promise<Catalogue> {
  const result = await checkContent(dir);
  if (!result.ok) throw new Error(`${dir} should be valid: ${JSON.stringify(result.problems, null, 2)}`);
  return result.catalogue;
}

/** What a reader of the SQLite file sees, in a stable order. */
async function snapshot(file: string) {
  const db = openDb(file, { readonly: true });
  try {
    const [info, editions, entries, authorities, topics, aliases, related, issuers, sources, authorityAliases] = await Promise.all([
      db.catalogueInfo.findUnique({ where: { id: 1 } }),
      db.edition.findMany({ orderBy: { id: 'asc' } }),
      db.entry.findMany({ orderBy: { slug: 'asc' } }),
      db.authority.findMany({ orderBy: { id: 'asc' } }),
      db.topic.findMany({ orderBy: { position: 'asc' } }),
      db.entryAlias.findMany({ orderBy: { alias: 'asc' } }),
      db.relatedLink.findMany({ orderBy: [{ fromSlug: 'asc' }, { position: 'asc' }] }),
      db.entryIssuer.findMany({ orderBy: [{ entrySlug: 'asc' }, { position: 'asc' }] }),
      db.source.findMany({ orderBy: [{ entrySlug: 'asc' }, { position: 'asc' }] }),
      db.authorityAlias.findMany({ orderBy: [{ authorityId: 'asc' }, { position: 'asc' }] }),
    ]);
    return { info, editions, entries, authorities, topics, aliases, related, issuers, sources, authorityAliases };
  } finally {
    await db.$disconnect();
  }
}

const GOOD_SLUGS = ['sample-cleanup-campaign', 'sample-data-measures', 'sample-guideline-draft', 'sample-transfer-rules'];

describe('writeCatalogue against a real SQLite file', () => {
  const dir = tempDir('tmt-digest-db-');
  const db = path.join(dir, 'catalogue.db');
  let first: Awaited<ReturnType<typeof snapshot>>;
  let firstVersion: string;

  beforeAll(async () => {
    // The first write builds the schema template with `prisma migrate deploy` (about 1.5 s).
    firstVersion = await load.writeCatalogue(await catalogueOf(GOOD), db, GOOD);
    first = await snapshot(db);
  });

  it('loads the good folder: counts, version and content folder are read back', () => {
    expect(first.info).toMatchObject({ id: 1, version: firstVersion, contentDir: GOOD, entryCount: 4 });
    expect(first.editions.map((e) => e.id)).toEqual(['2023-01']);
    expect(first.entries.map((e) => e.slug)).toEqual(GOOD_SLUGS);
    expect(first.authorities.map((a) => [a.id, a.parent])).toEqual([
      ['cac', null],
      ['cac-shanghai', 'cac'],
      ['miit', null],
    ]);
    expect(first.topics.map((t) => t.id)).toEqual(['data-security', 'personal-information', 'cross-border-data', 'online-content']);
  });

  it('stores entries field by field, with dates as the text written', () => {
    const measures = first.entries.find((e) => e.slug === 'sample-data-measures')!;
    expect(measures).toMatchObject({
      file: 'entries/2023-01/sample-data-measures.md',
      category: 'regulation',
      issued: '2022-12-08',
      trial: true,
      stage: 'final',
      edition: '2023-01',
      order: 1,
      summary: 'A made-up set of trial measures, used to test the loader.',
    });
    expect(first.entries.find((e) => e.slug === 'sample-transfer-rules')).toMatchObject({
      effective: '2023-03-01',
      issuersNote: 'and two other departments',
      jurisdiction: 'Shanghai',
    });
    expect(first.issuers.filter((i) => i.entrySlug === 'sample-transfer-rules').map((i) => i.authorityId)).toEqual(['cac-shanghai', 'cac']);
    expect(first.sources).toEqual([
      { entrySlug: 'sample-data-measures', position: 0, label: 'Official text', url: 'https://example.org/sample-measures' },
    ]);
    expect(first.authorityAliases.map((a) => a.alias)).toEqual(['Office of the Central Cyberspace Affairs Commission', '网信办']);
  });

  it('stores aliases', () => {
    expect(first.aliases).toEqual([{ alias: 'old-sample-measures', entrySlug: 'sample-data-measures' }]);
  });

  it('leaves the draft entry out, and drops the related link to it', () => {
    expect(first.entries.map((e) => e.slug)).not.toContain('sample-upcoming-rules');
    expect(first.issuers.map((i) => i.entrySlug)).not.toContain('sample-upcoming-rules');
    // sample-data-measures lists [sample-cleanup-campaign, sample-upcoming-rules]; only the published one stays.
    expect(first.related).toEqual([{ fromSlug: 'sample-data-measures', position: 0, toSlug: 'sample-cleanup-campaign' }]);
  });

  it('leaves no temporary file next to the database', () => {
    expect(fs.readdirSync(dir).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('does not call the loader for a broken copy, and the database stays as it was', async () => {
    const broken = new ContentCopy().edit('entries/2023-01/sample-cleanup-campaign.md', 'issuers: [cac]', 'issuers: [cac-shangai]');
    const before = fs.readFileSync(db);
    const spy = vi.spyOn(load, 'writeCatalogue');
    // What every caller does: check first, write only a catalogue that passed.
    const result = await checkContent(broken.root);
    if (result.ok) await load.writeCatalogue(result.catalogue, db, broken.root);
    expect(result.ok).toBe(false);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(fs.readFileSync(db).equals(before)).toBe(true);
  });

  it('drops an entry whose file was deleted and keeps the others', async () => {
    const copy = new ContentCopy().remove('entries/2023-01/sample-guideline-draft.md');
    const version = await load.writeCatalogue(await catalogueOf(copy.root), db, copy.root);
    const after = await snapshot(db);
    expect(version).not.toBe(firstVersion);
    expect(after.info).toMatchObject({ version, contentDir: copy.root, entryCount: 3 });
    expect(after.entries.map((e) => e.slug)).toEqual(GOOD_SLUGS.filter((s) => s !== 'sample-guideline-draft'));
    expect(after.issuers.map((i) => i.entrySlug)).not.toContain('sample-guideline-draft');
    expect(after.aliases).toEqual(first.aliases);
    // A reload replaces the catalogue: nothing is duplicated.
    expect(after.topics).toEqual(first.topics);
    expect(after.authorities).toEqual(first.authorities);
  });

  it('keeps the old catalogue when the write itself fails', async () => {
    const before = fs.readFileSync(db);
    const catalogue = await catalogueOf(GOOD);
    // An issuer that no authority row matches breaks a foreign key inside the transaction.
    const poisoned: Catalogue = { ...catalogue, entries: catalogue.entries.map((e) => (e.slug === 'sample-cleanup-campaign' ? { ...e, issuers: ['nobody'] } : e)) };
    await expect(load.writeCatalogue(poisoned, db, GOOD)).rejects.toThrow();
    expect(fs.readFileSync(db).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });
});

describe('the glossary: its own table, read back into the search engine', () => {
  it('writes each term with its group and place, and a search for an abbreviation finds the entry that only uses the name', async () => {
    const withGlossary = new ContentCopy().write('glossary.yml', '- [SDM, Sample Measures, 样本措施]\n- [outbound data transfer, 數據出境]\n');
    const file = path.join(tempDir('tmt-digest-db-'), 'catalogue.db');
    await load.writeCatalogue(await catalogueOf(withGlossary.root), file, withGlossary.root);
    const db = openDb(file, { readonly: true });
    try {
      const rows = await db.glossaryTerm.findMany({ orderBy: [{ groupIndex: 'asc' }, { position: 'asc' }] });
      expect(rows.map((r) => [r.groupIndex, r.position, r.term])).toEqual([
        [0, 0, 'SDM'],
        [0, 1, 'Sample Measures'],
        [0, 2, '样本措施'],
        [1, 0, 'outbound data transfer'],
        [1, 1, '數據出境'],
      ]);
      const served = await readSnapshot(db);
      const result = served.engine.search({ ...EMPTY_FILTERS, q: 'SDM', sort: 'relevance' }, '2024-01-01');
      expect(result.hits.map((h) => h.doc.slug)).toEqual(['sample-data-measures']);
      expect(result.also).toEqual(['Sample Measures', '样本措施']);
    } finally {
      await db.$disconnect();
    }
  });

  it('a folder without glossary.yml loads an empty glossary', async () => {
    const file = path.join(tempDir('tmt-digest-db-'), 'catalogue.db');
    await load.writeCatalogue(await catalogueOf(GOOD), file, GOOD);
    const db = openDb(file, { readonly: true });
    try {
      expect(await db.glossaryTerm.count()).toBe(0);
      expect((await readSnapshot(db)).engine.search({ ...EMPTY_FILTERS, q: 'SDM', sort: 'relevance' }, '2024-01-01').total).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });
});

describe('npm run content:load', () => {
  const dir = tempDir('tmt-digest-cli-');
  const db = path.join(dir, 'catalogue.db');
  const loadCli = (contentDir: string) =>
    spawnSync('npx', ['tsx', 'scripts/content-load.ts', '--dir', contentDir], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_PATH: db, NO_COLOR: '1' },
    });

  it('loads the good folder, then refuses a broken one and leaves the database byte for byte as it was', async () => {
    const good = loadCli('tests/fixtures/content/good');
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/^loaded tests\/fixtures\/content\/good into .* in \d+ ms: 1 edition, 4 entries \(1 draft left out\), 3 authorities, 4 topics \(version [0-9a-f]{8}\)\n$/);
    const before = fs.readFileSync(db);
    const loaded = await snapshot(db);
    expect(loaded.entries.map((e) => e.slug)).toEqual(GOOD_SLUGS);

    const broken = new ContentCopy();
    broken.edit('entries/2023-01/sample-transfer-rules.md', 'effective: 2023-03-01', 'effective: 2022-12-01');
    const run = loadCli(broken.root);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${broken.at('entries/2023-01/sample-transfer-rules.md')}:7: effective: 2022-12-01 is before issued 2022-12-20`);
    expect(run.stderr).toContain('the catalogue was not changed');

    expect(fs.readFileSync(db).equals(before)).toBe(true);
    expect(await snapshot(db)).toEqual(loaded);
  });

  it('never reaches the writer for a broken folder: a fresh database folder stays empty', () => {
    // writeCatalogue would first build a schema template and a temp file in the database's folder.
    const fresh = tempDir('tmt-digest-fresh-');
    const run = spawnSync('npx', ['tsx', 'scripts/content-load.ts', '--dir', 'tests/fixtures/content/bad'], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_PATH: path.join(fresh, 'catalogue.db'), NO_COLOR: '1' },
    });
    expect(run.status).toBe(1);
    expect(fs.readdirSync(fresh)).toEqual([]);
  });

  it('refuses the bad fixture folder with every problem listed', () => {
    const before = fs.readFileSync(db);
    const run = loadCli(path.relative(REPO, BAD));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('14 problems in tests/fixtures/content/bad; the catalogue was not changed.');
    expect(fs.readFileSync(db).equals(before)).toBe(true);
  });
});
