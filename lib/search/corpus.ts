import type { Catalogue } from '../content/types';
import type { SearchCorpus } from './types';

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
