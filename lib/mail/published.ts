import type { SubscribersDb } from '../subscribers/client';

/** What a catalogue version lists: enough to record when each item first appeared. */
export type CatalogueVersionView = {
  version: string;
  loadedAt: Date;
  entries: readonly { slug: string }[];
  editions: readonly { id: string }[];
};

/** When each item first appeared: `entry:<slug>` / `edition:<id>` → ISO time. */
export type FirstPublished = Map<string, string>;

// Versions already recorded, per database: after the first request of a version, no query at all.
const recorded = new WeakMap<SubscribersDb, Set<string>>();
const CHUNK = 200;

/**
 * Records, once per catalogue version, each entry slug and edition id of `catalogue` with the
 * version's loadedAt, unless it was recorded before: the first catalogue it appeared in wins, so
 * editing a published entry (a new version with the same slug) never makes it new again.
 * Idempotent and safe to run from several processes at once (INSERT OR IGNORE).
 */
export async function recordPublished(db: SubscribersDb, catalogue: CatalogueVersionView): Promise<void> {
  const done = recorded.get(db) ?? new Set<string>();
  recorded.set(db, done);
  if (done.has(catalogue.version)) return;
  const seen = await db.catalogueVersion.findUnique({
    where: { version: catalogue.version },
  });
  if (!seen) {
    const at = catalogue.loadedAt.toISOString();
    const rows: [string, string][] = [...catalogue.editions.map((e): [string, string] => ['edition', e.id]), ...catalogue.entries.map((e): [string, string] => ['entry', e.slug])];
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await db.$executeRawUnsafe(
        `INSERT OR IGNORE INTO "Published" ("kind", "id", "firstPublishedAt", "version") VALUES ${chunk.map(() => '(?, ?, ?, ?)').join(', ')}`,
        ...chunk.flatMap(([kind, id]) => [kind, id, at, catalogue.version]),
      );
    }
    await db.$executeRawUnsafe(`INSERT OR IGNORE INTO "CatalogueVersion" ("version", "loadedAt", "recordedAt") VALUES (?, ?, ?)`, catalogue.version, at, new Date().toISOString());
  }
  done.add(catalogue.version);
}

/** Every recorded first publication, keyed `kind:id`. */
export async function readFirstPublished(db: SubscribersDb): Promise<FirstPublished> {
  const rows = await db.published.findMany({
    select: { kind: true, id: true, firstPublishedAt: true },
  });
  return new Map(rows.map((r) => [`${r.kind}:${r.id}`, r.firstPublishedAt]));
}

/**
 * The entries that are new for a subscription whose last delivery was `since`: first published
 * after it. An entry renamed since (its old slug is now an alias) is not new if the old slug was
 * published by then. Entries with no record (none should exist once the catalogue is recorded) are
 * never new: nothing is sent that cannot be dated.
 */
export function newEntries<E extends { slug: string; aliases: readonly string[] }>(entries: readonly E[], first: FirstPublished, since: string): E[] {
  return entries.filter((e) => {
    const at = first.get(`entry:${e.slug}`);
    if (at === undefined || at <= since) return false;
    return !e.aliases.some((alias) => {
      const before = first.get(`entry:${alias}`);
      return before !== undefined && before <= since;
    });
  });
}

/** The editions first published after `since`, oldest first. */
export function newEditions<E extends { id: string }>(editions: readonly E[], first: FirstPublished, since: string): E[] {
  return editions
    .filter((e) => {
      const at = first.get(`edition:${e.id}`);
      return at !== undefined && at > since;
    })
    .sort((a, b) => first.get(`edition:${a.id}`)!.localeCompare(first.get(`edition:${b.id}`)!) || a.id.localeCompare(b.id));
}

/** The latest first-publication time among `keys` (`kind:id`), or null. */
export function latest(first: FirstPublished, keys: Iterable<string>): string | null {
  let max: string | null = null;
  for (const key of keys) {
    const at = first.get(key);
    if (at !== undefined && (max === null || at > max)) max = at;
  }
  return max;
}
