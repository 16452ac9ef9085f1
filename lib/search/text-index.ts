import { Index } from 'flexsearch';
import { tierFields } from './corpus';
import { ASCII, HAN, TIERS } from './engine-common';
import { canonicalWords, hyphenJoins, indexTokensOf, normalise } from './text';
import type { Topic } from '../content/types';
import type { SearchAuthority, SearchDoc } from './types';
import { WordTrie } from './word-trie';

/**
 * One tier's words in order (canonical form) as token ids, -1 between fields and after each doc,
 * so no phrase spans two; `start[n]` is where doc n begins. `pos[posStart[t] .. posStart[t + 1]]`
 * are the positions of token t, ascending, so a phrase is a merge of its words' positions.
 */
export type Sequence = { start: Int32Array; ids: Int32Array; posStart: Int32Array; pos: Int32Array };

/** The text side of the index over one catalogue version, docs numbered as given. */
export type TextIndex = {
  /** Every index token (words whole; Chinese characters and adjacent pairs), numbered. */
  tokenIds: Map<string, number>;
  /**
   * Per token t, the docs holding it in ascending order, `postDocs[postStart[t] .. postStart[t + 1]]`,
   * with the best tier each holds it in alongside in `postTiers`.
   */
  postStart: Int32Array;
  postDocs: Int32Array;
  postTiers: Uint8Array;
  /** Per tier. */
  sequences: Sequence[];
  /** Normalised tier text per tier per doc, kept only where it has Chinese: Chinese runs of 3+ are verified against it. */
  hanText: (string | null)[][];
  /** The tokens without Chinese, sorted: what prefixes and typos expand to. */
  vocabulary: string[];
  /** FlexSearch, forward-tokenised over the vocabulary: the numbers (in `vocabulary`) of the words a prefix begins. */
  prefixes: Index;
  /** Per token: in how many (doc, tier) texts it occurs; orders typo corrections. */
  frequency: Int32Array;
};

/**
 * Numbers every token of every doc's tiers in one pass, then groups them with two counting sorts:
 * per token the docs holding it (postings), and per tier each token's word positions.
 */
export function buildTextIndex(docs: SearchDoc[], authorities: Map<string, SearchAuthority>, topics: Map<string, Topic>): TextIndex {
  const count = docs.length;
  const hanText = Array.from({ length: TIERS }, () => new Array<string | null>(count).fill(null));
  const seqIds: number[][] = Array.from({ length: TIERS }, () => []);
  const seqStart = Array.from({ length: TIERS }, () => new Int32Array(count + 1));
  // (token, doc, best tier) for every token of every doc, docs ascending; grouped by token below.
  const flatToken: number[] = [];
  const flatDoc: number[] = [];
  const flatTier: number[] = [];
  let lastDoc: number[] = []; // per token: the last doc (plus one) it was recorded for
  let lastText: number[] = []; // per token: the last (doc, tier) text (numbered from 1) it was counted in
  const frequency: number[] = [];
  const words: string[] = [];
  const tokenIds = new Map<string, number>();
  const tokenId = (t: string): number => {
    let id = tokenIds.get(t);
    if (id === undefined) {
      id = tokenIds.size;
      tokenIds.set(t, id);
      lastDoc.push(0);
      lastText.push(0);
      frequency.push(0);
      if (!HAN.test(t)) words.push(t);
    }
    return id;
  };
  const trie = new WordTrie();
  // Title and issuer/topic texts are analysed line by line (a line is a field), each distinct line
  // once: issuer names and topic labels repeat across entries, and an English title line never
  // takes the slower path a Chinese title line next to it needs.
  const lines = new Map<string, Analysed>();
  const line = (value: string): Analysed => {
    let a = lines.get(value);
    if (!a) lines.set(value, (a = analyseIds(value, tokenId, trie)));
    return a;
  };
  let text = 0;
  for (let n = 0; n < count; n++) {
    const fields = tierFields(docs[n]!, authorities, topics).map((f) => f.join('\n'));
    for (let tier = 0; tier < TIERS; tier++) {
      const parts = tier === 2 ? [analyseIds(fields[2]!, tokenId, trie)] : fields[tier]!.split('\n').map(line);
      const ids = seqIds[tier]!;
      let han = false;
      text++;
      for (let p = 0; p < parts.length; p++) {
        const { sequence, tokens } = parts[p]!;
        if (parts[p]!.han !== null) han = true;
        // Tiers go from the best (0) down, so the first time a doc records a token is its best tier.
        const list = tokens ?? sequence;
        for (let i = 0; i < list.length; i++) {
          const t = list[i]!;
          if (t < 0 || lastText[t] === text) continue;
          lastText[t] = text;
          frequency[t]!++;
          if (lastDoc[t] !== n + 1) {
            lastDoc[t] = n + 1;
            flatToken.push(t);
            flatDoc.push(n);
            flatTier.push(tier);
          }
        }
        if (p > 0) ids.push(-1);
        for (let i = 0; i < sequence.length; i++) ids.push(sequence[i]!);
      }
      ids.push(-1);
      seqStart[tier]![n + 1] = ids.length;
      if (han) hanText[tier]![n] = parts.length === 1 ? parts[0]!.norm : parts.map((a) => a.norm).join('\n');
    }
  }
  lastText = [];
  lastDoc = [];
  const tokenCount = tokenIds.size;
  // Group the postings by token (a counting sort keeps each token's docs ascending).
  const postStart = new Int32Array(tokenCount + 1);
  for (const t of flatToken) postStart[t + 1]!++;
  for (let t = 0; t < tokenCount; t++) postStart[t + 1]! += postStart[t]!;
  const postDocs = new Int32Array(flatToken.length);
  const postTiers = new Uint8Array(flatToken.length);
  const fill = postStart.slice(0, tokenCount);
  for (let i = 0; i < flatToken.length; i++) {
    const at = fill[flatToken[i]!]!++;
    postDocs[at] = flatDoc[i]!;
    postTiers[at] = flatTier[i]!;
  }
  const sequences = seqIds.map((list, tier): Sequence => {
    const ids = new Int32Array(list);
    const posStart = new Int32Array(tokenCount + 1);
    for (let i = 0; i < ids.length; i++) if (ids[i]! >= 0) posStart[ids[i]! + 1]!++;
    for (let t = 0; t < tokenCount; t++) posStart[t + 1]! += posStart[t]!;
    const pos = new Int32Array(posStart[tokenCount]!);
    const at = posStart.slice(0, tokenCount);
    for (let i = 0; i < ids.length; i++) if (ids[i]! >= 0) pos[at[ids[i]!]!++] = i;
    return { start: seqStart[tier]!, ids, posStart, pos };
  });
  const vocabulary = words.sort();
  // Words are already canonical: FlexSearch indexes each as it is, with every prefix.
  const prefixes = new Index({ tokenize: 'forward', resolution: 1, encode: (word: string) => [word] });
  for (let i = 0; i < vocabulary.length; i++) prefixes.add(i, vocabulary[i]!);
  return { tokenIds, postStart, postDocs, postTiers, sequences, hanText, vocabulary, prefixes, frequency: Int32Array.from(frequency) };
}

/**
 * A text analysed, as token ids: its words in order, as phrases are matched against (`canonical`
 * words, -1 between fields: one field per line); its index tokens (`indexTokens` and the
 * hyphenated words joined, `hyphenJoins`), or null when they are just those words (text whose
 * letters and digits are ASCII, without hyphenated words); `han` the normalised text when it has
 * Chinese, else null; `norm` the normalised text.
 */
type Analysed = { sequence: Int32Array; tokens: Int32Array | null; han: string | null; norm: string };

const NON_ASCII_WORD_CHAR = /(?![\x00-\x7f])[\p{L}\p{N}]/u;
/** Not a word (canonical words never hold a newline): marks where one field of a tier ends. */
const FIELD_BREAK = '\n';

function analyseIds(value: string, tokenId: (token: string) => number, trie: WordTrie): Analysed {
  const norm = normalise(value);
  // Text whose letters and digits are all ASCII (punctuation such as dashes may not be): its words
  // are its runs of a-z and 0-9, and they are its index tokens.
  if (ASCII.test(norm) || !NON_ASCII_WORD_CHAR.test(norm)) {
    const joins: number[] = [];
    const sequence = trie.scan(norm, tokenId, joins);
    if (joins.length === 0) return { sequence, tokens: null, han: null, norm };
    // Hyphenated words joined are index tokens, but not words of the sequence (phrases never see them).
    const tokens = new Int32Array(sequence.length + joins.length);
    tokens.set(sequence);
    tokens.set(joins, sequence.length);
    return { sequence, tokens, han: null, norm };
  }
  const words: string[] = [];
  norm.split('\n').forEach((field, i) => {
    if (i > 0) words.push(FIELD_BREAK);
    for (const w of canonicalWords(field)) words.push(w);
  });
  const sequence = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) sequence[i] = words[i] === FIELD_BREAK ? -1 : tokenId(words[i]!);
  const tokens = [...indexTokensOf(norm), ...hyphenJoins(norm)];
  const tokenIds = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) tokenIds[i] = tokenId(tokens[i]!);
  return { sequence, tokens: tokenIds, han: HAN.test(norm) ? norm : null, norm };
}
