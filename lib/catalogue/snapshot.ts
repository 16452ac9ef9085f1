import 'server-only';
import { AUTHORITY_LEVEL_IDS, CATEGORY_IDS, STAGES } from '../constants';
import { SearchEngine } from '../search/engine';
import type { KnownIds } from '../search/params';
import { getCatalogueKey, getDb } from './db';
import type { Db } from './client';
import type { Glossary } from '../content/types';
import type { AuthorityRecord, EditionRecord, EntryRecord, Topic } from './types';

/**
 * The served catalogue, read once per catalogue version (a content load swaps in a new file, which
 * makes a new snapshot): every published entry, authority, topic and edition without their bodies,
 * and the search engine over them. It answers every list, lookup, filter and count; bodies (HTML)
 * are read from the same file when a page shows one (docs/architecture.md, "Reading").
 */
export class Snapshot {
  /** Newest issued first, then by slug: the engine's order. */
  readonly entries: EntryRecord[];
  /** By name. */
  readonly authorities: AuthorityRecord[];
  /** In the vocabulary's order. */
  readonly topics: Topic[];
  /** Newest period first. */
  readonly editions: EditionRecord[];
  readonly engine: SearchEngine;
  /** Ids that search parameters and URLs are checked against. */
  readonly known: KnownIds & { entries: Set<string> };
  private readonly bySlug: Map<string, EntryRecord>;
  private readonly aliases: Map<string, string>;
  private readonly authorityById: Map<string, AuthorityRecord>;
  private readonly topicById: Map<string, Topic>;
  private readonly editionById: Map<string, EditionRecord>;
  private readonly relatedBy = new Map<string, string[]>();

  constructor(
    data: { entries: EntryRecord[]; authorities: AuthorityRecord[]; topics: Topic[]; editions: EditionRecord[]; glossary: Glossary },
    readonly version: string,
    /** When the catalogue was loaded: when anything in it was last revised (iCalendar's DTSTAMP). */
    readonly loadedAt: Date,
    private readonly bodies: Bodies,
  ) {
    this.engine = new SearchEngine({ docs: data.entries, authorities: data.authorities, topics: data.topics, glossary: data.glossary });
    this.entries = this.engine.docs;
    this.authorities = [...data.authorities].sort((a, b) => a.name.localeCompare(b.name));
    this.topics = data.topics;
    this.editions = [...data.editions].sort((a, b) => (a.periodEnd === b.periodEnd ? b.id.localeCompare(a.id) : b.periodEnd.localeCompare(a.periodEnd)));
    this.bySlug = new Map(this.entries.map((e) => [e.slug, e]));
    this.aliases = new Map(this.entries.flatMap((e) => e.aliases.map((alias) => [alias, e.slug] as const)));
    this.authorityById = new Map(data.authorities.map((a) => [a.id, a]));
    this.topicById = new Map(data.topics.map((t) => [t.id, t]));
    this.editionById = new Map(data.editions.map((e) => [e.id, e]));
    for (const e of this.entries) {
      for (const to of e.related) this.relatedBy.set(to, [...(this.relatedBy.get(to) ?? []), e.slug]);
    }
    this.known = {
      authorities: [...this.authorityById.keys()],
      topics: [...this.topicById.keys()],
      editions: this.editions.map((e) => e.id),
      entries: new Set(this.bySlug.keys()),
    };
  }

  entry(slug: string): EntryRecord | undefined {
    return this.bySlug.get(slug);
  }

  /** The slug a former slug (alias) now lives at. */
  aliasTarget(alias: string): string | undefined {
    return this.aliases.get(alias);
  }

  /** Entries that list `slug` as related (the other direction of `related`). */
  relatedTo(slug: string): string[] {
    return this.relatedBy.get(slug) ?? [];
  }

  authority(id: string): AuthorityRecord | undefined {
    return this.authorityById.get(id);
  }

  /** Local offices of an authority (its direct children), by name. */
  offices(id: string): AuthorityRecord[] {
    return this.authorities.filter((a) => a.parent === id);
  }

  topic(id: string): Topic | undefined {
    return this.topicById.get(id);
  }

  edition(id: string): EditionRecord | undefined {
    return this.editionById.get(id);
  }

  /** An entry's rendered body, read from the catalogue file this snapshot came from. */
  entryBody(slug: string): Promise<string> {
    return this.bodies.read('entry', slug);
  }

  editionBody(id: string): Promise<string> {
    return this.bodies.read('edition', id);
  }

  authorityBody(id: string): Promise<string> {
    return this.bodies.read('authority', id);
  }
}

/** Where a snapshot reads the rendered bodies it does not hold: its catalogue file. */
export type Bodies = { read(kind: 'entry' | 'edition' | 'authority', id: string): Promise<string> };

/** The bodies in a catalogue file, through Prisma. */
export function prismaBodies(db: Db): Bodies {
  return {
    async read(kind, id) {
      const select = { bodyHtml: true } as const;
      const row =
        kind === 'entry'
          ? await db.entry.findUnique({ where: { slug: id }, select })
          : kind === 'edition'
            ? await db.edition.findUnique({ where: { id }, select })
            : await db.authority.findUnique({ where: { id }, select });
      return row?.bodyHtml ?? '';
    },
  };
}

type Current = { key: string; ready: Promise<Snapshot>; value?: Snapshot };
const state = globalThis as unknown as { __snapshot?: Current };

/** The snapshot of the catalogue being served: read once per catalogue version; concurrent callers share the read. */
export function getSnapshot(): Promise<Snapshot> {
  const key = getCatalogueKey();
  const current = state.__snapshot;
  if (current?.key === key) return current.ready;
  const next: Current = { key, ready: readSnapshot(getDb()) };
  state.__snapshot = next;
  next.ready.then(
    (snapshot) => (next.value = snapshot),
    // A failed read must not stick: the next request tries again.
    () => {
      if (state.__snapshot === next) state.__snapshot = undefined;
    },
  );
  return next.ready;
}

/** The snapshot of the file being served, if it has been read already (no waiting, no reading). */
export function currentSnapshot(): Snapshot | null {
  const current = state.__snapshot;
  return current?.value && current.key === getCatalogueKey() ? current.value : null;
}

/** Reads every published record of a catalogue through Prisma, without bodies. */
export async function readSnapshot(db: Db): Promise<Snapshot> {
  const bodies = { bodyMd: true, bodyHtml: true } as const;
  const byPosition = { orderBy: { position: 'asc' } } as const;
  const [entries, authorities, topics, editions, glossary, info] = await Promise.all([
    db.entry.findMany({
      omit: bodies,
      include: {
        issuers: { ...byPosition, select: { authorityId: true } },
        topics: { ...byPosition, select: { topicId: true } },
        sources: { ...byPosition, select: { label: true, url: true } },
        related: { ...byPosition, select: { toSlug: true } },
        aliases: { select: { alias: true } },
      },
    }),
    db.authority.findMany({ omit: bodies, include: { aliases: { ...byPosition, select: { alias: true } } } }),
    db.topic.findMany({ orderBy: { position: 'asc' } }),
    db.edition.findMany({ omit: bodies }),
    db.glossaryTerm.findMany({ orderBy: [{ groupIndex: 'asc' }, { position: 'asc' }] }),
    db.catalogueInfo.findUnique({ where: { id: 1 } }),
  ]);
  return new Snapshot(
    {
      entries: entries.map((row) => ({
        ...row,
        category: oneOf(CATEGORY_IDS, row.category, 'category'),
        stage: oneOf(STAGES, row.stage, 'stage'),
        issuers: row.issuers.map((i) => i.authorityId),
        topics: row.topics.map((t) => t.topicId),
        sources: row.sources,
        related: row.related.map((r) => r.toSlug),
        aliases: row.aliases.map((a) => a.alias),
      })),
      authorities: authorities.map((row) => ({ ...row, level: oneOf(AUTHORITY_LEVEL_IDS, row.level, 'level'), aliases: row.aliases.map((a) => a.alias) })),
      topics: topics.map(({ position: _position, ...t }) => t),
      editions,
      glossary: groupTerms(glossary),
    },
    info?.version ?? 'empty',
    info ? new Date(info.loadedAt) : new Date(0),
    prismaBodies(db),
  );
}

/** A stored text column back to its union type; the loader wrote only valid values, so anything else is a broken file. */
function oneOf<T extends string>(allowed: readonly T[], value: string, column: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`the catalogue holds ${column} '${value}', which is not one of ${allowed.join(', ')}: reload it with npm run content:load`);
}

/** Glossary rows (in group, then position order) back to groups of terms. */
function groupTerms(rows: { groupIndex: number; term: string }[]): Glossary {
  const groups: Glossary = [];
  let last = -1;
  for (const row of rows) {
    if (row.groupIndex !== last) groups.push([]);
    last = row.groupIndex;
    groups[groups.length - 1]!.push(row.term);
  }
  return groups;
}
