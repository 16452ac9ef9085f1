// Text normalisation shared by indexing and querying, so both sides always agree.
import { Locale } from 'opencc-js/t2cn';

const HAN = /\p{Script=Han}/u;
/** A word: a run of letters or a run of digits (`TC260` is two words, `tc` and `260`). */
const WORD = /\p{L}+|\p{N}+/gu;

/** Words too common to narrow a search; they still count inside quoted phrases. */
export const STOP_WORDS = new Set(
  'a an and are as at be by for from in into is it its of on or the to with'.split(' '),
);

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Traditional → simplified Chinese, character by character, with OpenCC's maintained dictionaries
 * (opencc-js): Hong Kong and Taiwan variant forms to OpenCC's standard forms, then its traditional
 * to mainland simplified characters, composed into one table of characters (each to one
 * character), applied until nothing changes. Character by character, never phrase by phrase, so
 * the conversion of a substring is the substring of the conversion (a Chinese query run is found
 * inside the text wherever it occurs) and the text keeps its length (matches map back to the
 * characters as written). No regional vocabulary (網路 becomes 网路, not 网络). Built on first use.
 */
let simplified: Map<string, string> | null = null;

function simplifiedTable(): Map<string, string> {
  const steps: Map<string, string>[] = [];
  for (const group of [...(Locale.from.hk ?? []), ...(Locale.from.tw ?? []), ...(Locale.to.cn ?? [])]) {
    for (const dict of group) {
      const pairs = (typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : dict) as string[][];
      // The character dictionaries (the others map phrases).
      if (pairs.every(([from, to]) => from && to && [...from].length === 1 && [...to].length === 1)) steps.push(new Map(pairs as [string, string][]));
    }
  }
  const once = (c: string) => steps.reduce((v, step) => step.get(v) ?? v, c);
  const table = new Map<string, string>();
  for (const from of new Set(steps.flatMap((step) => [...step.keys()]))) {
    let to = once(from);
    for (let k = 0; k < 8 && once(to) !== to; k++) to = once(to);
    if (to !== from) table.set(from, to);
  }
  return table;
}

export function toSimplified(value: string): string {
  simplified ??= simplifiedTable();
  let out = '';
  for (const c of value) out += simplified.get(c) ?? c;
  return out;
}

/**
 * NFKC (full-width letters and digits become ASCII), lower case, accents removed, traditional
 * Chinese as simplified.
 */
export function normalise(value: string): string {
  // ASCII text is its own NFKC, NFD and NFC form and has no accents: only the case changes.
  if (ASCII.test(value)) return value.toLowerCase();
  const out = value.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
  return HAN.test(out) ? toSimplified(out) : out;
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
  // ASCII text has no Chinese: its words are its runs of letters and its runs of digits.
  if (ASCII.test(normalised)) return normalised.match(/[a-z]+|[0-9]+/g) ?? [];
  const out: string[] = [];
  for (const word of normalised.match(WORD) ?? []) {
    if (!HAN.test(word)) out.push(word);
    else for (const part of word.split(/(\p{Script=Han})/u)) if (part) out.push(part);
  }
  return out;
}

/** Letters other than Chinese characters: what hyphenated words are made of. */
const LETTERS = '[^\\P{L}\\p{Script=Han}]';
const HYPHENATED = new RegExp(`(?<!${LETTERS})${LETTERS}+(?:[-\\u2010]${LETTERS}+)+`, 'gu');

/**
 * Hyphenated words written joined, of text already normalised: "cross-border" → "crossborder",
 * "e-commerce" → "ecommerce". A hyphenated word is two or more runs of letters, each joined to the
 * next by one hyphen (`-` or `‐`) and nothing else; runs of digits are not joined ("COVID-19" is
 * already found as "covid19", which is `covid 19`). The joined words are indexed besides the
 * words, so a search for the joined spelling finds the hyphenated one.
 */
export function hyphenJoins(normalised: string): string[] {
  return hyphenated(normalised).map((h) => h.joined);
}

/** The hyphenated words of text already normalised: where each is, and joined. */
export function hyphenated(normalised: string): { start: number; end: number; joined: string }[] {
  if (!normalised.includes('-') && !normalised.includes('\u2010')) return [];
  return [...normalised.matchAll(HYPHENATED)].map((m) => ({ start: m.index, end: m.index + m[0].length, joined: m[0].replace(/[-\u2010]/g, '') }));
}

/**
 * Index tokens of a text: English (and other non-Chinese) words whole, and for Chinese every
 * character and every pair of adjacent characters, so any run of 2+ characters can be found
 * inside a longer one (checked afterwards against the canonical text).
 */
export function indexTokens(value: string): string[] {
  return indexTokensOf(normalise(value));
}

/** The tokens of `indexTokens`, of text already normalised (hyphenated words joined not included). */
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
