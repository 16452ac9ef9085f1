import 'server-only';
import { CATEGORIES, type CategoryId } from '../constants';
import { EMPTY_FILTERS } from '../search/params';
import type { SearchFilters } from '../search/types';
import { deriveStatus } from '../status';
import type { Snapshot } from './snapshot';
import type {
  AuthorityDetail,
  AuthoritySummary,
  EditionDetail,
  EditionSummary,
  EntryCard,
  EntryDetail,
  EntryRecord,
  IssuerRef,
  TopicDetail,
  TopicSummary,
} from './types';

// What each page shows, assembled from the snapshot (lists, lookups) and, for the one record a page
// is about, its body read from the catalogue file. Every function takes "today" (China time), the
// day statuses are derived for.

/** Entries listed on an authority or topic page; the rest are a search away, which pages. */
export const LISTING_LIMIT = 50;

function issuerRefs(s: Snapshot, ids: string[]): IssuerRef[] {
  return ids.map((id) => {
    const a = s.authority(id);
    return { id, name: a?.name ?? id, abbr: a?.abbr ?? null, nameZh: a?.nameZh ?? null, parent: a?.parent ?? null };
  });
}

/** An entry as a list shows it, on `today`. */
export function cardOf(s: Snapshot, entry: EntryRecord, today: string): EntryCard {
  const { topics: _t, sources: _s, related: _r, aliases: _a, bodyText: _b, file: _f, ...fields } = entry;
  return { ...fields, issuers: issuerRefs(s, entry.issuers), status: deriveStatus(entry, today), asOf: today };
}

/** The entries a search's filters select, newest first (the engine owns each filter rule, e.g. local offices). */
function newest(s: Snapshot, change: Partial<SearchFilters>, today: string): EntryRecord[] {
  return s.engine.matchAll({ ...EMPTY_FILTERS, ...change, sort: 'newest' }, today).map((m) => m.doc);
}

function countBy(ids: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** Every edition, newest first, with its number of entries in each part. */
export function getEditionSummaries(s: Snapshot): EditionSummary[] {
  const counts = countBy(s.entries.flatMap((e) => (e.edition ? [`${e.edition}/${e.category}`] : [])));
  return s.editions.map((edition) => ({
    ...edition,
    counts: Object.fromEntries(CATEGORIES.map((c) => [c.id, counts.get(`${edition.id}/${c.id}`) ?? 0])) as Record<CategoryId, number>,
  }));
}

/** An edition's entries in the digest's sequence: its four parts in order, numbered entries first, the rest by date. */
function editionSequence(s: Snapshot, id: string): EntryRecord[] {
  const entries = s.entries.filter((e) => e.edition === id);
  const rank = (e: EntryRecord) => CATEGORIES.findIndex((c) => c.id === e.category);
  return entries.sort((a, b) => rank(a) - rank(b) || (a.order ?? Infinity) - (b.order ?? Infinity) || a.issued.localeCompare(b.issued) || a.slug.localeCompare(b.slug));
}

/** One edition with its observations and its four parts; null if unknown. */
export async function getEditionDetail(s: Snapshot, id: string, today: string): Promise<EditionDetail | null> {
  const edition = s.edition(id);
  if (!edition) return null;
  const cards = editionSequence(s, id).map((e) => cardOf(s, e, today));
  return {
    ...edition,
    bodyHtml: await s.editionBody(id),
    parts: CATEGORIES.map((c) => ({ category: c.id, label: c.label, entries: cards.filter((e) => e.category === c.id) })),
  };
}

/** An entry with everything its permalink shows; null if no published entry has this slug. */
export async function getEntryDetail(s: Snapshot, slug: string, today: string): Promise<EntryDetail | null> {
  const entry = s.entry(slug);
  if (!entry) return null;
  const related = [...new Set([...entry.related, ...s.relatedTo(slug)])].flatMap((r) => {
    const other = s.entry(r);
    return other ? [cardOf(s, other, today)] : [];
  });
  const sequence = entry.edition ? editionSequence(s, entry.edition) : [];
  const at = sequence.findIndex((e) => e.slug === slug);
  const neighbour = (i: number) => (at >= 0 && sequence[i] ? cardOf(s, sequence[i], today) : null);
  return {
    ...cardOf(s, entry, today),
    sources: entry.sources,
    bodyHtml: await s.entryBody(slug),
    summaryWritten: !entry.bodyText.split('\n').includes(entry.summary),
    topics: entry.topics.flatMap((id) => s.topic(id) ?? []),
    edition: entry.edition ? (s.edition(entry.edition) ?? null) : null,
    related,
    previous: neighbour(at - 1),
    next: neighbour(at + 1),
  };
}

/** Every authority, by name, with its number of published entries. */
export function getAuthoritySummaries(s: Snapshot): AuthoritySummary[] {
  const counts = countBy(s.entries.flatMap((e) => e.issuers));
  return s.authorities.map((a) => ({ ...a, entryCount: counts.get(a.id) ?? 0 }));
}

/** An authority with its names, offices and newest entries (its own and its local offices'); null if unknown. */
export async function getAuthorityDetail(s: Snapshot, id: string, today: string, limit = LISTING_LIMIT): Promise<AuthorityDetail | null> {
  const authority = s.authority(id);
  if (!authority) return null;
  const entries = newest(s, { issuer: [id], local: true }, today);
  const parent = authority.parent ? s.authority(authority.parent) : undefined;
  return {
    ...authority,
    entryCount: entries.filter((e) => e.issuers.includes(id)).length,
    bodyHtml: await s.authorityBody(id),
    parentRef: parent ? { id: parent.id, name: parent.name } : null,
    offices: s.offices(id).map((o) => ({ id: o.id, name: o.name })),
    entries: entries.slice(0, limit).map((e) => ({ ...cardOf(s, e, today), viaOffice: !e.issuers.includes(id) })),
    total: entries.length,
    issuedDates: entries.map((e) => e.issued),
  };
}

/** The topic vocabulary in its own order, with the number of published entries on each. */
export function getTopicSummaries(s: Snapshot): TopicSummary[] {
  const counts = countBy(s.entries.flatMap((e) => e.topics));
  return s.topics.map((t) => ({ ...t, entryCount: counts.get(t.id) ?? 0 }));
}

/** A topic with its newest entries; null if the vocabulary has no such topic. */
export function getTopicDetail(s: Snapshot, id: string, today: string, limit = LISTING_LIMIT): TopicDetail | null {
  const topic = s.topic(id);
  if (!topic) return null;
  const entries = newest(s, { topic: [id] }, today);
  return { ...topic, entryCount: entries.length, entries: entries.slice(0, limit).map((e) => cardOf(s, e, today)), issuedDates: entries.map((e) => e.issued) };
}

/** The newest entries (by issued date) for a feed: all of them, one authority's (with its local offices'), or one topic's. */
export function getFeedEntries(s: Snapshot, filter: { authority?: string; topic?: string }, today: string, limit = 50): EntryCard[] {
  const change: Partial<SearchFilters> = filter.authority ? { issuer: [filter.authority], local: true } : filter.topic ? { topic: [filter.topic] } : {};
  return newest(s, change, today)
    .slice(0, limit)
    .map((e) => cardOf(s, e, today));
}
