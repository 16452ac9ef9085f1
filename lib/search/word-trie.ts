/**
 * Splits lower-case text whose letters and digits are all ASCII into its words (runs of a-z, and
 * runs of 0-9: `tc260` is `tc` and `260`) as token ids, -1 for each line break, walking a trie of
 * the words seen so far: no substring or hash per word, only per new word. Hyphenated words
 * ("cross-border") are also given joined ("crossborder", `hyphenJoins` in text.ts), apart.
 */
export class WordTrie {
  private child = new Int32Array(36 * 1024); // child[node * 36 + letter]: 0 for none (the root is never a child)
  private value = new Int32Array(1024).fill(-1); // token id of the word ending at a node, or -1
  private nodes = 1;
  private buffer = new Int32Array(256);

  /** The words of `text` in order; the joined hyphenated words are pushed to `joins`. */
  scan(text: string, tokenId: (token: string) => number, joins: number[]): Int32Array {
    if (this.buffer.length < text.length + 1) this.buffer = new Int32Array(text.length + 1);
    const out = this.buffer;
    let count = 0;
    let node = 0;
    let start = -1;
    let letters = false; // the current word is letters (else digits)
    let hyphenated = -1; // where the hyphenated word the current word continues began, or -1
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 32;
      const k = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : -1;
      if (k >= 0 && (start < 0 || k < 26 === letters)) {
        if (start < 0) {
          start = i;
          letters = k < 26;
        }
        let next = this.child[node * 36 + k]!;
        if (next === 0) next = this.grow(node * 36 + k);
        node = next;
        continue;
      }
      if (start >= 0) {
        let id = this.value[node]!;
        if (id < 0) this.value[node] = id = tokenId(text.slice(start, i));
        out[count++] = id;
        // A letter word followed by one hyphen and a letter goes on as a hyphenated word.
        const joined = letters && (c === 45 || c === 0x2010) && i + 1 < text.length && isLetter(text.charCodeAt(i + 1));
        if (joined) {
          if (hyphenated < 0) hyphenated = start;
        } else if (hyphenated >= 0) {
          joins.push(tokenId(text.slice(hyphenated, i).replace(/[-\u2010]/g, '')));
          hyphenated = -1;
        }
        start = -1;
        node = 0;
        // A letter next to a digit starts the next word at once.
        if (k >= 0) {
          i--;
          continue;
        }
      }
      if (c === 10) out[count++] = -1;
    }
    return out.slice(0, count);
  }

  private grow(slot: number): number {
    const node = this.nodes++;
    if (node * 36 + 36 > this.child.length) {
      const child = new Int32Array(this.child.length * 2);
      child.set(this.child);
      this.child = child;
      const value = new Int32Array(this.value.length * 2).fill(-1);
      value.set(this.value);
      this.value = value;
    }
    this.child[slot] = node;
    return node;
  }
}

function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}
