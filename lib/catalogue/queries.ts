import 'server-only';
import { cache } from 'react';
import { CATEGORIES, type CategoryId, type StatusId } from '../constants';
import { chinaToday } from '../dates';
import { deriveStatus } from '../status';
import { getDb } from './db';
import { versioned } from './memo';

export type IssuerRef = { id: string; name: string; abbr: string | null; nameZh: string | null; parentId: string | null };

/** What a list shows of an entry. */
export type EntryCard = {
  slug: string;
  title: string;
  short: string | null;
  titleZh: string | null;
  category: CategoryId;
  type: string | null;
  issuers: IssuerRef[];
  issuersNote: string | null;
  issued: string;
  effective: string | null;
  commentDeadline: string | null;
  trial: boolean;
  status: StatusId | null;
  summary: string;
  jurisdiction: string;
  editionId: string | null;
  order: number | null;
};

const cardInclude = {
  issuers: { orderBy: { position: 'asc' }, include: { authority: true } },
} as const;

type CardRow = Awaited<ReturnType<typeof fetchCards>>[number];
function fetchCards(where: object, orderBy: object | object[]) {
  return getDb().entry.findMany({ where, orderBy, include: cardInclude });
}

function toCard(row: CardRow, today: string): EntryCard {
  return {
    slug: row.slug,
    title: row.title,
    short: row.short,
    titleZh: row.titleZh,
    category: row.category as CategoryId,
    type: row.type,
    issuers: row.issuers.map(({ authority: a }) => ({ id: a.id, name: a.name, abbr: a.abbr, nameZh: a.nameZh, parentId: a.parentId })),
    issuersNote: row.issuersNote,
    issued: row.issued,
    effective: row.effective,
    commentDeadline: row.commentDeadline,
    trial: row.trial,
    status: deriveStatus(row, today),
    summary: row.summary,
    jurisdiction: row.jurisdiction,
    editionId: row.editionId,
    order: row.order,
  };
}

export type EditionSummary = { id: string; title: string; periodStart: string; periodEnd: string; published: string | null };
export type EditionPart = { category: CategoryId; label: string; entries: EntryCard[] };
export type EditionDetail = EditionSummary & { bodyHtml: string; parts: EditionPart[] };

/** All editions, newest period first, with their entry counts per part. */
export const getEditions = versioned('getEditions', async function getEditions(): Promise<(EditionSummary & { counts: Record<CategoryId, number> })[]> {
  const db = getDb();
  const [editions, groups] = await Promise.all([
    db.edition.findMany({ orderBy: [{ periodEnd: 'desc' }, { id: 'desc' }] }),
    db.entry.groupBy({ by: ['editionId', 'category'], _count: { _all: true }, where: { editionId: { not: null } } }),
  ]);
  return editions.map(({ bodyHtml: _h, bodyMd: _m, ...e }) => {
    const counts = Object.fromEntries(CATEGORIES.map((c) => [c.id, 0])) as Record<CategoryId, number>;
    for (const g of groups) if (g.editionId === e.id) counts[g.category as CategoryId] = g._count._all;
    return { ...e, counts };
  });
});

/** One edition with its four parts in order and their entries in the digest's numbering; null if unknown. */
export const getEdition = cache(versioned('getEdition', async function getEdition(id: string, today: string = chinaToday()): Promise<EditionDetail | null> {
  const edition = await getDb().edition.findUnique({ where: { id } });
  if (!edition) return null;
  const rows = await fetchCards({ editionId: id }, [{ order: 'asc' }, { issued: 'asc' }, { slug: 'asc' }]);
  const cards = rows.map((r) => toCard(r, today));
  const { bodyMd: _m, ...rest } = edition;
  return {
    ...rest,
    // Numbered entries first, in their order; unnumbered ones after them by date.
    parts: CATEGORIES.map((c) => ({
      category: c.id,
      label: c.label,
      entries: cards.filter((e) => e.category === c.id).sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity)),
    })),
  };
}));

/** The newest edition (by period end): the home page. */
export const getNewestEdition = versioned('getNewestEdition', async function getNewestEdition(today: string = chinaToday()): Promise<EditionDetail | null> {
  const newest = await getDb().edition.findFirst({ orderBy: [{ periodEnd: 'desc' }, { id: 'desc' }], select: { id: true } });
  return newest ? getEdition(newest.id, today) : null;
});

export type EntryDetail = EntryCard & {
  stage: string;
  repealed: string | null;
  docNumber: string | null;
  bodyHtml: string;
  /** True when the summary was written for the entry, not taken from the body's first paragraph. */
  summaryWritten: boolean;
  topics: { id: string; label: string; labelZh: string | null }[];
  sources: { label: string; url: string }[];
  edition: EditionSummary | null;
  related: EntryCard[];
  previous: EntryCard | null;
  next: EntryCard | null;
};

/** An entry with everything its permalink shows; null if no published entry has this slug. */
export const getEntry = cache(versioned('getEntry', async function getEntry(slug: string, today: string = chinaToday()): Promise<EntryDetail | null> {
  const db = getDb();
  const row = await db.entry.findUnique({
    where: { slug },
    include: {
      ...cardInclude,
      topics: { orderBy: { position: 'asc' }, include: { topic: true } },
      sources: { orderBy: { position: 'asc' } },
      edition: true,
      related: { orderBy: { position: 'asc' }, include: { to: { include: cardInclude } } },
      relatedBy: { include: { from: { include: cardInclude } } },
    },
  });
  if (!row) return null;
  const card = toCard(row, today);
  const related = [...row.related.map((l) => l.to), ...row.relatedBy.map((l) => l.from)]
    .filter((e, i, all) => all.findIndex((x) => x.slug === e.slug) === i)
    .map((e) => toCard(e, today));

  let previous: EntryCard | null = null;
  let next: EntryCard | null = null;
  if (row.editionId) {
    const edition = await getEdition(row.editionId, today);
    const sequence = edition?.parts.flatMap((p) => p.entries) ?? [];
    const at = sequence.findIndex((e) => e.slug === slug);
    previous = sequence[at - 1] ?? null;
    next = sequence[at + 1] ?? null;
  }
  const edition = row.edition ? (({ bodyHtml: _h, bodyMd: _m, ...e }) => e)(row.edition) : null;
  return {
    ...card,
    stage: row.stage,
    repealed: row.repealed,
    docNumber: row.docNumber,
    bodyHtml: row.bodyHtml,
    summaryWritten: !row.bodyText.split('\n').includes(row.summary),
    topics: row.topics.map(({ topic }) => topic).map(({ position: _p, ...t }) => t),
    sources: row.sources.map(({ label, url }) => ({ label, url })),
    edition,
    related,
    previous,
    next,
  };
}));

/** The canonical slug a former slug (alias) now lives at, or null. */
export const getEntryAliasTarget = versioned('getEntryAliasTarget', async function getEntryAliasTarget(alias: string): Promise<string | null> {
  const row = await getDb().entryAlias.findUnique({ where: { alias } });
  return row?.entrySlug ?? null;
});

export type AuthoritySummary = {
  id: string;
  name: string;
  abbr: string | null;
  nameZh: string | null;
  level: string;
  region: string | null;
  parentId: string | null;
  entryCount: number;
};

/** Every authority with its number of published entries. */
export const getAuthorities = versioned('getAuthorities', async function getAuthorities(): Promise<AuthoritySummary[]> {
  const db = getDb();
  const [rows, counts] = await Promise.all([
    db.authority.findMany({ orderBy: { name: 'asc' } }),
    db.entryIssuer.groupBy({ by: ['authorityId'], _count: { _all: true } }),
  ]);
  const count = new Map(counts.map((c) => [c.authorityId, c._count._all]));
  return rows.map((a) => ({
    id: a.id,
    name: a.name,
    abbr: a.abbr,
    nameZh: a.nameZh,
    level: a.level,
    region: a.region,
    parentId: a.parentId,
    entryCount: count.get(a.id) ?? 0,
  }));
});

export type AuthorityDetail = AuthoritySummary & {
  url: string | null;
  aliases: string[];
  bodyHtml: string;
  parent: { id: string; name: string } | null;
  offices: { id: string; name: string }[];
  /** Its own entries and its local offices', newest first; `viaOffice` marks the offices'. */
  entries: (EntryCard & { viaOffice: boolean })[];
};

/** An authority with its names, offices and entries (its own and its local offices'); null if unknown. */
export const getAuthority = cache(versioned('getAuthority', async function getAuthority(id: string, today: string = chinaToday()): Promise<AuthorityDetail | null> {
  const db = getDb();
  const a = await db.authority.findUnique({
    where: { id },
    include: { aliases: { orderBy: { position: 'asc' } }, parent: true, children: { orderBy: { name: 'asc' } } },
  });
  if (!a) return null;
  const ids = await getAuthorityFamily(id);
  const rows = await fetchCards({ issuers: { some: { authorityId: { in: ids } } } }, [{ issued: 'desc' }, { slug: 'asc' }]);
  const entries = rows.map((r) => ({
    ...toCard(r, today),
    viaOffice: !r.issuers.some((i) => i.authorityId === id),
  }));
  return {
    id: a.id,
    name: a.name,
    abbr: a.abbr,
    nameZh: a.nameZh,
    level: a.level,
    region: a.region,
    parentId: a.parentId,
    url: a.url,
    aliases: a.aliases.map((x) => x.alias),
    bodyHtml: a.bodyHtml,
    parent: a.parent ? { id: a.parent.id, name: a.parent.name } : null,
    offices: a.children.map((c) => ({ id: c.id, name: c.name })),
    entryCount: entries.filter((e) => !e.viaOffice).length,
    entries,
  };
}));

/** An authority's id with the ids of all its local offices (children at any depth). */
export async function getAuthorityFamily(id: string): Promise<string[]> {
  const all = await getDb().authority.findMany({ select: { id: true, parentId: true } });
  const family = [id];
  for (let i = 0; i < family.length; i++) {
    for (const a of all) if (a.parentId === family[i] && !family.includes(a.id)) family.push(a.id);
  }
  return family;
}

/** Every published entry with what search indexes, and every authority with all its names. */
export async function getSearchCorpus(): Promise<import('../search/types').SearchCorpus> {
  const db = getDb();
  const [entries, authorities] = await Promise.all([
    db.entry.findMany({
      select: {
        slug: true,
        title: true,
        short: true,
        titleZh: true,
        docNumber: true,
        category: true,
        type: true,
        issuersNote: true,
        issued: true,
        effective: true,
        commentDeadline: true,
        stage: true,
        trial: true,
        repealed: true,
        jurisdiction: true,
        editionId: true,
        summary: true,
        bodyText: true,
        issuers: { orderBy: { position: 'asc' }, select: { authorityId: true } },
        topics: { orderBy: { position: 'asc' }, select: { topic: { select: { id: true, label: true, labelZh: true } } } },
      },
    }),
    db.authority.findMany({ include: { aliases: { orderBy: { position: 'asc' } } } }),
  ]);
  return {
    docs: entries.map((e) => ({
      ...e,
      category: e.category as CategoryId,
      issuers: e.issuers.map((i) => i.authorityId),
      topics: e.topics.map((t) => t.topic),
    })),
    authorities: authorities.map((a) => ({
      id: a.id,
      name: a.name,
      abbr: a.abbr,
      nameZh: a.nameZh,
      aliases: a.aliases.map((x) => x.alias),
      parentId: a.parentId,
    })),
  };
}

/** Ids the search parameters are checked against. */
export async function getKnownIds(): Promise<{ authorities: string[]; topics: string[]; editions: string[] }> {
  const [authorities, topics, editions] = await Promise.all([getAuthorityIds(), getTopicIds(), getEditionIds()]);
  return { authorities, topics, editions };
}

export type TopicSummary = { id: string; label: string; labelZh: string | null; entryCount: number };

/** The topic vocabulary in its own order, with the number of published entries on each. */
export const getTopics = versioned('getTopics', async function getTopics(): Promise<TopicSummary[]> {
  const db = getDb();
  const [rows, counts] = await Promise.all([
    db.topic.findMany({ orderBy: { position: 'asc' } }),
    db.entryTopic.groupBy({ by: ['topicId'], _count: { _all: true } }),
  ]);
  const count = new Map(counts.map((c) => [c.topicId, c._count._all]));
  return rows.map((t) => ({ id: t.id, label: t.label, labelZh: t.labelZh, entryCount: count.get(t.id) ?? 0 }));
});

export type TopicDetail = TopicSummary & { entries: EntryCard[] };

/** A topic with its entries, newest first; null if the vocabulary has no such topic. */
export const getTopic = cache(versioned('getTopic', async function getTopic(id: string, today: string = chinaToday()): Promise<TopicDetail | null> {
  const topic = await getDb().topic.findUnique({ where: { id } });
  if (!topic) return null;
  const rows = await fetchCards({ topics: { some: { topicId: id } } }, [{ issued: 'desc' }, { slug: 'asc' }]);
  const entries = rows.map((r) => toCard(r, today));
  return { id: topic.id, label: topic.label, labelZh: topic.labelZh, entryCount: entries.length, entries };
}));

/**
 * The newest entries (by issued date) for a feed: all of them, or one authority's (with its local
 * offices', as on its page), or one topic's.
 */
export const getFeedEntries = versioned('getFeedEntries', async function getFeedEntries(
  filter: { authority?: string; topic?: string; limit?: number } = {},
  today: string = chinaToday(),
): Promise<EntryCard[]> {
  const where: Record<string, unknown> = {};
  if (filter.authority) where.issuers = { some: { authorityId: { in: await getAuthorityFamily(filter.authority) } } };
  if (filter.topic) where.topics = { some: { topicId: filter.topic } };
  const rows = await getDb().entry.findMany({
    where,
    orderBy: [{ issued: 'desc' }, { slug: 'asc' }],
    include: cardInclude,
    take: filter.limit ?? 50,
  });
  return rows.map((r) => toCard(r, today));
});

/** Every edition's id, newest first. */
export async function getEditionIds(): Promise<string[]> {
  const rows = await getDb().edition.findMany({ select: { id: true }, orderBy: [{ periodEnd: 'desc' }, { id: 'desc' }] });
  return rows.map((r) => r.id);
}

/** Every authority's id. */
export async function getAuthorityIds(): Promise<string[]> {
  const rows = await getDb().authority.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
  return rows.map((r) => r.id);
}

/** Every topic's id, in vocabulary order. */
export async function getTopicIds(): Promise<string[]> {
  const rows = await getDb().topic.findMany({ select: { id: true }, orderBy: { position: 'asc' } });
  return rows.map((r) => r.id);
}

export type SitemapData = {
  entries: { slug: string; issued: string }[];
  editions: { id: string; periodEnd: string }[];
  authorities: string[];
  topics: string[];
};

/** What the sitemap lists: every published entry, edition, authority and topic. */
export const getSitemapData = versioned('getSitemapData', async function getSitemapData(): Promise<SitemapData> {
  const db = getDb();
  const [entries, editions, authorities, topics] = await Promise.all([
    db.entry.findMany({ select: { slug: true, issued: true }, orderBy: [{ issued: 'desc' }, { slug: 'asc' }] }),
    db.edition.findMany({ select: { id: true, periodEnd: true }, orderBy: [{ periodEnd: 'desc' }, { id: 'desc' }] }),
    getAuthorityIds(),
    getTopicIds(),
  ]);
  return { entries, editions, authorities, topics };
});

/** When the catalogue being served was loaded (ISO timestamp), or null before any load. */
export const getCatalogueLoadedAt = versioned('getCatalogueLoadedAt', async function getCatalogueLoadedAt(): Promise<string | null> {
  const info = await getDb().catalogueInfo.findUnique({ where: { id: 1 }, select: { loadedAt: true } });
  return info?.loadedAt ?? null;
});
