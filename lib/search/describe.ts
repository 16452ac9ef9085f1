import { categoryLabel } from '../constants';
import type { SearchEngine } from './engine';
import type { SearchFilters } from './types';

/** The filters in words, for headings and feed names: 'CAC and its local offices · Generative AI'. Empty when unfiltered. */
export function describeFilters(filters: SearchFilters, engine: SearchEngine): string {
  const issuer = (id: string) => engine.authority(id)?.abbr ?? engine.authority(id)?.name ?? id;
  const issuers = filters.issuer.map(issuer).join(', ');
  return [
    filters.q ? `“${filters.q}”` : '',
    issuers ? `${issuers}${filters.local ? (filters.issuer.length > 1 ? ' and their local offices' : ' and its local offices') : ''}` : '',
    filters.category.map(categoryLabel).join(', '),
    filters.topic.map((id) => engine.topic(id)?.label ?? id).join(', '),
    filters.jurisdiction.join(', '),
    filters.status.join(', '),
    filters.edition.map((e) => `edition ${e}`).join(', '),
    filters.from || filters.to ? `issued ${filters.from ?? '…'} to ${filters.to ?? '…'}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
