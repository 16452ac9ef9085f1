import type { EditionDetail, EditionPart } from './types';

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * An edition's parts that have entries, each with its number (I to IV by category, kept when a part
 * is empty): the numbering the edition page and the edition email share.
 */
export function numberedParts(edition: Pick<EditionDetail, 'parts'>): (EditionPart & { number: string })[] {
  return edition.parts.map((part, i) => ({ ...part, number: ROMAN[i]! })).filter((p) => p.entries.length > 0);
}

/** An entry's number within its part: its `order`, else its place in the part. */
export function entryNumber(entry: { order: number | null }, index: number): number {
  return entry.order ?? index + 1;
}
