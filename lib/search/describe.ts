import { categoryLabel } from '../constants';
import type { SearchAuthority, SearchFilters } from './types';
import type { Topic } from '../content/types';

/** Where names come from: the catalogue snapshot, or the search engine. */
export type Names = { authority(id: string): Pick<SearchAuthority, 'name' | 'abbr'> | undefined; topic(id: string): Pick<Topic, 'label'> | undefined };

/** The filters in words, for headings and feed names: 'CAC and its local offices · Generative AI'. Empty when unfiltered. */
export function describeFilters(filters: SearchFilters, names: Names): string {
  const issuer = (id: string) => names.authority(id)?.abbr ?? names.authority(id)?.name ?? id;
  const issuers = filters.issuer.map(issuer).join(', ');
  return [
    filters.q ? `“${filters.q}”` : '',
    issuers ? `${issuers}${filters.local ? (filters.issuer.length > 1 ? ' and their local offices' : ' and its local offices') : ''}` : '',
    filters.category.map(categoryLabel).join(', '),
    filters.topic.map((id) => names.topic(id)?.label ?? id).join(', '),
    filters.jurisdiction.join(', '),
    filters.status.join(', '),
    filters.edition.map((e) => `edition ${e}`).join(', '),
    filters.from || filters.to ? `issued ${filters.from ?? '…'} to ${filters.to ?? '…'}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

// What each part's entries are called in a sentence ("New enforcement actions from the CAC").
const CATEGORY_NOUNS: Record<string, string> = {
  regulation: 'regulations and policies',
  standard: 'standards and guidance',
  enforcement: 'enforcement actions',
  judgment: 'court judgments',
};

function list(items: string[], joiner = 'and'): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${joiner} ${items.at(-1)}`;
}

/**
 * A search as a sentence, for alert emails and subscription lists: what is new (`noun`: 'entries',
 * or the categories searched) and the rest ('from the CAC on Personal Information'). `title` is the
 * two together as a heading: 'New from the CAC on Personal Information'.
 */
export function describeSearchSentence(filters: SearchFilters, names: Names): { noun: string; rest: string; title: string } {
  // 'the CAC', 'the State Council'; no article before an abbreviation with a digit ('TC260').
  const issuer = (id: string) => {
    const a = names.authority(id);
    if (!a) return id;
    if (a.abbr) return /\d/.test(a.abbr) ? a.abbr : `the ${a.abbr}`;
    return /^the /i.test(a.name) ? a.name : `the ${a.name}`;
  };
  const statuses = filters.status.map((s) => s.replace(/-/g, ' '));
  const parts = [
    filters.issuer.length ? `from ${list(filters.issuer.map(issuer))}${filters.local ? (filters.issuer.length > 1 ? ' and their local offices' : ' and its local offices') : ''}` : '',
    filters.topic.length ? `on ${list(filters.topic.map((id) => names.topic(id)?.label ?? id))}` : '',
    filters.jurisdiction.length ? `in ${list(filters.jurisdiction, 'or')}` : '',
    filters.q ? `matching “${filters.q}”` : '',
    statuses.length ? `(${list(statuses, 'or')})` : '',
    filters.from && filters.to ? `issued ${filters.from} to ${filters.to}` : filters.from ? `issued from ${filters.from}` : filters.to ? `issued up to ${filters.to}` : '',
    filters.edition.length ? `in ${filters.edition.length > 1 ? 'editions' : 'edition'} ${list(filters.edition)}` : '',
  ].filter(Boolean);
  const noun = filters.category.length ? list(filters.category.map((c) => CATEGORY_NOUNS[c] ?? c)) : 'entries';
  const rest = parts.join(' ');
  const title = `New ${filters.category.length ? `${noun}${rest ? ' ' : ''}` : rest ? '' : 'entries'}${rest}`;
  return { noun, rest, title };
}
