import type { Catalogue } from '../content/types';
import type { SearchAuthority, SearchCorpus, SearchDoc } from './types';

/** The search corpus of a validated catalogue (published entries only): for tests and benchmarks without a database. */
export function corpusFromCatalogue(c: Catalogue): SearchCorpus {
  const topics = new Map(c.topics.map((t) => [t.id, t]));
  return {
    docs: c.entries
      .filter((e) => !e.draft)
      .map((e) => ({
        slug: e.slug,
        title: e.title,
        short: e.short,
        titleZh: e.titleZh,
        docNumber: e.docNumber,
        category: e.category,
        type: e.type,
        issuers: e.issuers,
        issuersNote: e.issuersNote,
        issued: e.issued,
        effective: e.effective,
        commentDeadline: e.commentDeadline,
        stage: e.stage,
        trial: e.trial,
        repealed: e.repealed,
        jurisdiction: e.jurisdiction,
        editionId: e.edition,
        topics: e.topics.map((id) => topics.get(id)!).map((t) => ({ id: t.id, label: t.label, labelZh: t.labelZh })),
        summary: e.summary,
        bodyText: e.bodyText,
      })),
    authorities: c.authorities.map((a) => ({ id: a.id, name: a.name, abbr: a.abbr, nameZh: a.nameZh, aliases: a.aliases, parentId: a.parent })),
  };
}

/**
 * The three searchable tiers of an entry, field by field (docs/search.md "What is searched"):
 * 0 title, short name, Chinese title, document number; 1 issuers' names, abbreviations, Chinese
 * names and aliases, issuers_note, topic labels, type; 2 summary and body.
 */
export function tierFields(doc: SearchDoc, authorities: Map<string, SearchAuthority>): string[][] {
  const title = [doc.title, doc.short, doc.titleZh, doc.docNumber].filter((v): v is string => !!v);
  const meta = [
    ...doc.issuers.flatMap((id) => {
      const a = authorities.get(id);
      return a ? [a.name, a.abbr, a.nameZh, ...a.aliases] : [id];
    }),
    doc.issuersNote,
    ...doc.topics.flatMap((t) => [t.label, t.labelZh]),
    doc.type,
  ].filter((v): v is string => !!v);
  return [title, meta, [doc.summary, doc.bodyText].filter(Boolean)];
}

/** Docs in the engine's order, newest issued first, then by slug: "newest first" and rank ties follow it. */
export function orderDocs(docs: SearchDoc[]): SearchDoc[] {
  return [...docs].sort((a, b) => (a.issued === b.issued ? (a.slug < b.slug ? -1 : 1) : a.issued < b.issued ? 1 : -1));
}
