import type { EntryCard } from '../catalogue/queries';
import type { SearchEngine } from './engine';
import type { SearchMatch } from './types';

/** A search match as the list card the pages and feeds show, issuers named from the engine's authorities. */
export function cardOf({ doc, status }: SearchMatch, engine: SearchEngine): EntryCard {
  return {
    slug: doc.slug,
    title: doc.title,
    short: doc.short,
    titleZh: doc.titleZh,
    category: doc.category,
    type: doc.type,
    issuers: doc.issuers.map((id) => {
      const a = engine.authority(id);
      return { id, name: a?.name ?? id, abbr: a?.abbr ?? null, nameZh: a?.nameZh ?? null, parentId: a?.parentId ?? null };
    }),
    issuersNote: doc.issuersNote,
    issued: doc.issued,
    effective: doc.effective,
    commentDeadline: doc.commentDeadline,
    trial: doc.trial,
    status,
    summary: doc.summary,
    jurisdiction: doc.jurisdiction,
    editionId: doc.editionId,
    order: null,
  };
}
