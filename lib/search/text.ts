// Text normalisation shared by indexing and querying, so both sides always agree.

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** Words too common to narrow a search; they still count inside quoted phrases. */
export const STOP_WORDS = new Set(
  'a an and are as at be by for from in into is it its of on or the to with'.split(' '),
);

const ASCII = /^[\x00-\x7f]*$/;

/** NFKC (full-width letters and digits become ASCII), lower case, accents removed. */
export function normalise(value: string): string {
  // ASCII text is its own NFKC, NFD and NFC form and has no accents: only the case changes.
  if (ASCII.test(value)) return value.toLowerCase();
  return value.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

export function isHan(char: string): boolean {
  return HAN.test(char);
}

/**
 * The canonical form phrases and Chinese substrings are verified against: words separated by one
 * space, every Chinese character its own "word". "CAC 数据安全" → " cac 数 据 安 全 ".
 */
export function canonical(value: string): string {
  return ` ${canonicalWords(normalise(value)).join(' ')} `;
}

/** The words of `canonical`, of text already normalised. */
export function canonicalWords(normalised: string): string[] {
  // ASCII text has no Chinese: its words are its runs of letters and digits.
  if (ASCII.test(normalised)) return normalised.match(/[a-z0-9]+/g) ?? [];
  const out: string[] = [];
  for (const word of normalised.match(WORD) ?? []) {
    if (!HAN.test(word)) out.push(word);
    else for (const part of word.split(/(\p{Script=Han})/u)) if (part) out.push(part);
  }
  return out;
}

/**
 * Index tokens of a text: English (and other non-Chinese) words whole, and for Chinese every
 * character and every pair of adjacent characters, so any run of 2+ characters can be found
 * inside a longer one (checked afterwards against the canonical text).
 */
export function indexTokens(value: string): string[] {
  return indexTokensOf(normalise(value));
}

/** The tokens of `indexTokens`, of text already normalised. */
export function indexTokensOf(normalised: string): string[] {
  const tokens = new Set<string>();
  for (const word of normalised.match(WORD) ?? []) {
    if (!HAN.test(word)) {
      tokens.add(word);
      continue;
    }
    for (const part of word.split(HAN_RUN_SPLIT)) {
      if (!part) continue;
      if (!HAN.test(part)) tokens.add(part);
      else for (const t of hanTokens(part)) tokens.add(t);
    }
  }
  return [...tokens];
}

const HAN_RUN_SPLIT = /(\p{Script=Han}+)/u;

/** Unigrams and bigrams of a run of Chinese characters. */
export function hanTokens(run: string): string[] {
  const chars = [...run];
  const out = new Set(chars);
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return [...out];
}

/** The bigrams a Chinese query run must all have (its single character if it has one). */
export function hanQueryTokens(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return [...out];
}

export type QueryTerm =
  /** A word: matches itself, words it begins (3+ letters), or one typo away (5+ letters). */
  | { kind: 'word'; text: string }
  /** A run of Chinese characters: matches wherever it occurs as a substring. */
  | { kind: 'han'; text: string }
  /** A quoted phrase (or single word): its words exactly, adjacent and in order. */
  | { kind: 'phrase'; text: string; words: string[] };

/** Splits a query into terms: "quoted phrases", words, and runs of Chinese characters. */
export function parseQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (term: QueryTerm) => {
    const key = `${term.kind}:${term.text}`;
    if (!seen.has(key)) {
      seen.add(key);
      terms.push(term);
    }
  };
  const text = normalise(query).replace(/[\u201c\u201d\u300c\u300d]/g, '"');
  const parts = text.split('"');
  parts.forEach((part, i) => {
    // Odd parts are inside quotes (an unclosed quote runs to the end).
    if (i % 2 === 1) {
      const words = canonical(part).trim().split(' ').filter(Boolean);
      // A quoted single word matches exactly: no prefixes, no typos.
      if (words.length > 0) add({ kind: 'phrase', text: words.join(' '), words });
      return;
    }
    for (const word of part.match(WORD) ?? []) {
      for (const piece of word.split(HAN_RUN_SPLIT)) if (piece) addPlain(piece, add);
    }
  });
  return terms;
}

function addPlain(piece: string, add: (t: QueryTerm) => void) {
  if (HAN.test(piece)) add({ kind: 'han', text: piece });
  else add({ kind: 'word', text: piece });
}
