import { Snapshot } from '@/lib/catalogue/snapshot';
import type { Catalogue } from '@/lib/content/types';
import { corpusFromCatalogue } from '@/lib/search/corpus';
import type { SearchCorpus } from '@/lib/search/types';

/** A served-catalogue snapshot of a validated content folder, without a database: bodies come from the catalogue. */
export function snapshotOf(catalogue: Catalogue): Snapshot {
  const bodies = new Map<string, string>([
    ...catalogue.entries.map((e) => [`entry:${e.slug}`, e.bodyHtml] as const),
    ...catalogue.editions.map((e) => [`edition:${e.id}`, e.bodyHtml] as const),
    ...catalogue.authorities.map((a) => [`authority:${a.id}`, a.bodyHtml] as const),
  ]);
  const editions = catalogue.editions.map(({ bodyMd: _m, bodyHtml: _h, ...e }) => e);
  const { docs, authorities, topics, glossary } = corpusFromCatalogue(catalogue);
  return new Snapshot({ entries: docs, authorities, topics, editions, glossary }, 'test', new Date(0), { read: async (kind, id) => bodies.get(`${kind}:${id}`) ?? '' });
}

/** A snapshot of a search corpus (no editions, empty bodies). */
export function snapshotOfCorpus(corpus: SearchCorpus): Snapshot {
  return new Snapshot({ entries: corpus.docs, authorities: corpus.authorities, topics: corpus.topics, editions: [], glossary: corpus.glossary }, 'test', new Date(0), { read: async () => '' });
}
