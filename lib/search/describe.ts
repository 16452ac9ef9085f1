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
