import type { EntryCard, IssuerRef } from '@/lib/catalogue/types';
import { entrySchema } from '@/lib/content/schema';

/** An issuer as lists name it. */
export const issuer = (id: string, name: string, abbr: string | null = null): IssuerRef => ({ id, name, abbr, nameZh: null, parent: null });

/**
 * An entry card for component and feed tests: minimal front matter through the content schema (so
 * every field the schema defines is there, with its default), then `overrides`.
 */
export function testCard(overrides: Partial<EntryCard> = {}): EntryCard {
  const { topics: _t, sources: _s, related: _r, aliases: _a, draft: _d, ...fields } = entrySchema.parse({
    title: 'Opinions on Building Basic Systems for Data',
    category: 'regulation',
    issuers: ['cac'],
    issued: '2022-12-19',
  });
  return {
    ...fields,
    slug: 'twenty-data-measures',
    summary: 'The basic systems for data.',
    issuers: [issuer('cac', 'Cyberspace Administration of China', 'CAC')],
    status: null,
    asOf: '2023-02-01',
    ...overrides,
  };
}
