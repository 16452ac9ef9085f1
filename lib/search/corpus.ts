import type { Catalogue } from '../content/types';
import type { Topic } from '../content/types';
import type { SearchAuthority, SearchCorpus, SearchDoc } from './types';

/** The search corpus of a validated catalogue (published entries only): for tests and benchmarks without a database. */
export function corpusFromCatalogue(c: Catalogue): SearchCorpus {
  return {
    docs: c.entries.filter((e) => !e.draft).map(({ bodyMd: _m, bodyHtml: _h, draft: _d, ...record }) => record),
    authorities: c.authorities.map(({ bodyMd: _m, bodyHtml: _h, ...record }) => record),
    topics: c.topics,
    glossary: c.glossary,
  };
}

/**
 * The three searchable tiers of an entry, field by field (docs/search.md "What is searched"):
 * 0 title, short name, Chinese title, document number; 1 issuers' names, abbreviations, Chinese
 * names and aliases, issuers_note, topic labels, type; 2 summary and body.
 */
export function tierFields(doc: SearchDoc, authorities: Map<string, SearchAuthority>, topics: Map<string, Topic>): string[][] {
  const title = [doc.title, doc.short, doc.titleZh, doc.docNumber].filter((v): v is string => !!v);
  const meta = [
    ...doc.issuers.flatMap((id) => {
      const a = authorities.get(id);
      return a ? [a.name, a.abbr, a.nameZh, ...a.aliases] : [id];
    }),
    doc.issuersNote,
    ...doc.topics.flatMap((id) => {
      const t = topics.get(id);
      return t ? [t.label, t.labelZh] : [id];
    }),
    doc.type,
  ].filter((v): v is string => !!v);
  return [title, meta, [doc.summary, doc.bodyText].filter(Boolean)];
}

/** Docs in the engine's order, newest issued first, then by slug: "newest first" and rank ties follow it. */
export function orderDocs(docs: SearchDoc[]): SearchDoc[] {
  return [...docs].sort((a, b) => (a.issued === b.issued ? (a.slug < b.slug ? -1 : 1) : a.issued < b.issued ? 1 : -1));
}
