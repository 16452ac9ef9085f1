/**
 * Splits lower-case text whose letters and digits are all ASCII into its words (runs of a-z and
 * 0-9) as token ids, -1 for each line break, walking a trie of the words seen so far: no substring
 * or hash per word, only per new word.
 */
export class WordTrie {
  private child = new Int32Array(36 * 1024); // child[node * 36 + letter]: 0 for none (the root is never a child)
  private value = new Int32Array(1024).fill(-1); // token id of the word ending at a node, or -1
  private nodes = 1;
  private buffer = new Int32Array(256);

  scan(text: string, tokenId: (token: string) => number): Int32Array {
    if (this.buffer.length < text.length + 1) this.buffer = new Int32Array(text.length + 1);
    const out = this.buffer;
    let count = 0;
    let node = 0;
    let start = -1;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 32;
      const k = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : -1;
      if (k >= 0) {
        if (start < 0) start = i;
        let next = this.child[node * 36 + k]!;
        if (next === 0) next = this.grow(node * 36 + k);
        node = next;
        continue;
      }
      if (start >= 0) {
        let id = this.value[node]!;
        if (id < 0) this.value[node] = id = tokenId(text.slice(start, i));
        out[count++] = id;
        start = -1;
        node = 0;
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
