import { CATEGORY_IDS, type StatusId } from '../constants';
import { deriveStatus } from '../status';
import type { SearchDoc } from './types';

/** The distinct values of a column, numbered: `values[code]`, and `index` from value to code. */
export type Dictionary = { values: string[]; index: Map<string, number> };
/** One value per doc: `code[n]`. */
export type Column = { dict: Dictionary; code: Int32Array };
/** Any number of values per doc: `codes[start[n] .. start[n + 1]]`. */
export type MultiColumn = { dict: Dictionary; start: Int32Array; codes: Int32Array };
/** Every doc's status on one day; code 0 is "no status" (enforcement actions and judgments). */
export type StatusColumn = { statuses: (StatusId | null)[]; codes: Uint8Array; dictionary: Dictionary };

/**
 * Each entry's filter and facet values, dictionary-encoded in typed arrays, so filters and facet
 * counts are array lookups and never touch the database.
 */
export class Columns {
  readonly categories: Column;
  readonly years: Column;
  readonly issuers: MultiColumn;
  readonly topics: MultiColumn;
  /** Issue dates as yyyymmdd numbers, for date ranges and sorting without string comparisons. */
  readonly issuedDay: Int32Array;
  private readonly statusCache = new Map<string, StatusColumn>();

  constructor(private readonly docs: SearchDoc[]) {
    this.issuedDay = Int32Array.from(docs, (d) => Number(d.issued.replaceAll('-', '')));
    this.categories = encode(docs.map((d) => d.category), CATEGORY_IDS);
    this.years = encode(docs.map((d) => d.issued.slice(0, 4)));
    this.issuers = encodeMulti(docs.map((d) => d.issuers));
    this.topics = encodeMulti(docs.map((d) => d.topics));
  }

  /** Statuses follow the date: derived for `today`, and kept until another day is asked for. */
  statuses(today: string): StatusColumn {
    let cached = this.statusCache.get(today);
    if (!cached) {
      const statuses = this.docs.map((d) => deriveStatus(d, today));
      const dictionary: Dictionary = { values: [''], index: new Map() };
      const codes = new Uint8Array(statuses.length);
      statuses.forEach((s, n) => {
        if (!s) return;
        let code = dictionary.index.get(s);
        if (code === undefined) {
          code = dictionary.values.length;
          dictionary.values.push(s);
          dictionary.index.set(s, code);
        }
        codes[n] = code;
      });
      cached = { statuses, codes, dictionary };
      this.statusCache.clear();
      this.statusCache.set(today, cached);
    }
    return cached;
  }
}

/** Codes in order of first appearance, after the `seed` values (which keep their order even when absent). */
function encode(values: string[], seed: readonly string[] = []): Column {
  const dict: Dictionary = { values: [...seed], index: new Map(seed.map((v, i) => [v, i])) };
  const code = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    let c = dict.index.get(values[i]!);
    if (c === undefined) {
      c = dict.values.length;
      dict.values.push(values[i]!);
      dict.index.set(values[i]!, c);
    }
    code[i] = c;
  }
  return { dict, code };
}

function encodeMulti(lists: string[][]): MultiColumn {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => (start[i + 1] = start[i]! + l.length));
  const flat = encode(lists.flat());
  return { dict: flat.dict, start, codes: flat.code };
}
