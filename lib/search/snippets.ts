import { ASCII, escapeRegExp, HAN } from './engine-common';
import { normalise, type QueryTerm } from './text';
import type { SearchDoc, SnippetPart } from './types';

/** Words in a snippet. */
const SNIPPET_WORDS = 32;

export type Marker = {
  /** The matched words and phrases, normalised, longest first (so the pattern prefers the longest). */
  needles: string[];
  /** The needles (see `needlePattern`), longest first. */
  pattern: RegExp | null;
  /** In lower-cased ASCII text: the start of the first word (less leading punctuation) that begins with a needle's first word. */
  asciiFirst: RegExp | null;
};

/** Letters other than Chinese characters. */
const LETTER = '[^\\P{L}\\p{Script=Han}]';

/**
 * The pattern of one needle. A word or phrase matches from a word start (a letter not after a
 * letter, a digit not after a digit) through the end of its last word, its words separated by
 * anything but letters and digits (or nothing: "tc 260" marks "TC260"); Chinese characters match
 * where they are.
 */
function needlePattern(needle: string): string {
  const words = needle.split(' ');
  const body = words.map(escapeRegExp).join('[^\\p{L}\\p{N}]*');
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const head = HAN.test(first) ? '' : /^\p{N}/u.test(first) ? '(?<!\\p{N})' : `(?<!${LETTER})`;
  const tail = HAN.test(last) ? '' : /\p{N}$/u.test(last) ? '\\p{N}*' : `${LETTER}*`;
  return `${head}${body}${tail}`;
}

/** What snippets look for and mark, prepared once per search. */
export function snippetMarker(words: string[]): Marker {
  const needles = [...new Set(words.map((w) => normalise(w)).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!needles.length) return { needles, pattern: null, asciiFirst: null };
  const asciiHeads = [...new Set(needles.map((n) => n.split(' ')[0]!).filter((h) => !HAN.test(h)))];
  return {
    asciiFirst: asciiHeads.length ? new RegExp(`(?:^|\\s)[^a-z0-9\\s]*(?:${asciiHeads.map(escapeRegExp).join('|')})`) : null,
    needles,
    pattern: new RegExp(needles.map(needlePattern).join('|'), 'gu'),
  };
}

/** A whole text (a Chinese title) as parts, the needles marked. */
export function markWhole(text: string, marker: Marker): SnippetPart[] {
  // Nothing to look for: no Chinese needle, and no letter or digit outside Chinese in the text.
  if (!marker.needles.some((n) => HAN.test(n)) && !OTHER_WORD_CHAR.test(text)) return [{ text, mark: false }];
  return markText({ text, before: false, after: false }, marker);
}

const OTHER_WORD_CHAR = /[^\P{L}\p{Script=Han}]|\p{N}/u;

/**
 * A window of whole words from up to 8 before the first matched word (else from the start of the
 * summary, or of the body when there is none), matched words marked.
 */
export function snippet(doc: SearchDoc, marker: Marker, terms: QueryTerm[]): SnippetPart[] {
  const body = doc.bodyText.includes(doc.summary) ? doc.bodyText : `${doc.summary} ${doc.bodyText}`;
  if (terms.length && ASCII.test(body)) {
    // An ASCII body: one regular expression over the lower-cased body (same length, same offsets)
    // finds the first word that begins with a needle's first word; the window is cut by offsets.
    const found = marker.asciiFirst?.exec(body.toLowerCase());
    if (found) {
      let at = found.index + (isSpace(body.charCodeAt(found.index)) ? 1 : 0);
      for (let k = 0; k < 8; k++) {
        const previous = previousWordStart(body, at);
        if (previous < 0) break;
        at = previous;
      }
      return markText(windowFrom(body, at), marker);
    }
  } else if (terms.length) {
    const tokens = body.split(/\s+/).filter(Boolean);
    const heads = marker.needles.map((n) => n.split(' ')[0]!);
    const hit = (word: string) => {
      const w = normalise(word).replace(/^[^\p{L}\p{N}]+/u, '');
      return heads.some((h) => (HAN.test(h) ? w.includes(h) : w.startsWith(h)));
    };
    const first = tokens.findIndex(hit);
    if (first >= 0) {
      const start = Math.max(0, first - 8);
      return markText({ text: tokens.slice(start, start + SNIPPET_WORDS).join(' '), before: start > 0, after: start + SNIPPET_WORDS < tokens.length }, marker);
    }
  }
  const source = doc.summary || doc.bodyText;
  let at = 0;
  while (at < source.length && isSpace(source.charCodeAt(at))) at++;
  return markText(windowFrom(source, at), marker);
}

/** Normalised characters, kept: Chinese titles and snippets reuse a few thousand characters, each normalised once. */
const normalisedChars = new Map<string, string>();
function normaliseChar(char: string): string {
  let n = normalisedChars.get(char);
  if (n === undefined) {
    n = normalise(char);
    if (normalisedChars.size < 50_000) normalisedChars.set(char, n);
  }
  return n;
}

/** JavaScript's `\s`: the words of a snippet are the runs of anything else. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Where the word before the one starting at `at` starts, or -1 if there is none. */
function previousWordStart(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (i < 0) return -1;
  while (i >= 0 && !isSpace(text.charCodeAt(i))) i--;
  return i + 1;
}

/** SNIPPET_WORDS words from the word starting at `at`, joined by single spaces, and whether words come before or after. */
function windowFrom(text: string, at: number): { text: string; before: boolean; after: boolean } {
  let end = at;
  for (let words = 0; words < SNIPPET_WORDS; words++) {
    while (end < text.length && isSpace(text.charCodeAt(end))) end++;
    if (end >= text.length) break;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  }
  let rest = end;
  while (rest < text.length && isSpace(text.charCodeAt(rest))) rest++;
  return { text: text.slice(at, end).replace(/\s+/g, ' '), before: previousWordStart(text, at) >= 0, after: rest < text.length };
}

/** The window as parts, needles marked, with an ellipsis where words were cut off. */
function markText(window: { text: string; before: boolean; after: boolean }, marker: Marker): SnippetPart[] {
  const { text } = window;
  const parts: SnippetPart[] = [];
  const push = (value: string, mark: boolean) => {
    if (!value) return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += value;
    else parts.push({ text: value, mark });
  };
  if (window.before) push('… ', false);
  if (marker.pattern) {
    // Normalise character by character, remembering where each normalised character came from
    // (ASCII text lower-cases in place: every character stays where it was).
    let lower = '';
    let origin: number[] | null = null;
    if (ASCII.test(text)) lower = text.toLowerCase();
    else {
      origin = [];
      for (let i = 0; i < text.length; ) {
        const cp = text.codePointAt(i)!;
        const width = cp > 0xffff ? 2 : 1;
        const n = cp < 0x80 ? text[i]!.toLowerCase() : normaliseChar(text.slice(i, i + width));
        for (let k = 0; k < n.length; k++) origin.push(i);
        lower += n;
        i += width;
      }
      origin.push(text.length);
    }
    let last = 0;
    for (const m of lower.matchAll(marker.pattern)) {
      const from = origin ? origin[m.index]! : m.index;
      const to = origin ? origin[m.index + m[0].length]! : m.index + m[0].length;
      push(text.slice(last, from), false);
      push(text.slice(from, to), true);
      last = to;
    }
    push(text.slice(last), false);
  } else push(text, false);
  if (window.after) push(' …', false);
  return parts;
}
