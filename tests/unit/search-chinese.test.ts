// Chinese matching checked against a linear scan of the same texts: for a Han query run, the
// entries found must be exactly those with the run as a substring of an indexed text, both
// normalised (NFKC, traditional characters as simplified). The glossary is left out: it would add
// entries that do not hold the run.
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '@/lib/search/engine';
import { EMPTY_FILTERS } from '@/lib/search/params';
import { normalise } from '@/lib/search/text';
import { CORPUS, DOCS, TODAY, indexedTexts } from '../fixtures/search/corpus';

const engine = new SearchEngine({ ...CORPUS, glossary: [] });
const HAN_RUN = /\p{Script=Han}+/gu;

function found(q: string): string[] {
  const out: string[] = [];
  for (let page = 1; ; page++) {
    const r = engine.search({ ...EMPTY_FILTERS, q, sort: 'relevance', page }, TODAY);
    out.push(...r.hits.map((h) => h.doc.slug));
    if (page >= r.pages) return out.sort();
  }
}

const TEXTS = DOCS.map((d) => ({ slug: d.slug, texts: indexedTexts(d).map(normalise) }));
function scan(q: string): string[] {
  const needle = normalise(q);
  return TEXTS.filter((d) => d.texts.some((t) => t.includes(needle)))
    .map((d) => d.slug)
    .sort();
}

/** Han substrings (by code point) of length min..max of every maximal Han run of every Chinese title. */
function substrings(min: number, max: number): string[] {
  const out = new Set<string>();
  for (const d of DOCS) {
    for (const run of d.titleZh?.match(HAN_RUN) ?? []) {
      const chars = [...run];
      for (let len = min; len <= max; len++) for (let i = 0; i + len <= chars.length; i++) out.add(chars.slice(i, i + len).join(''));
    }
  }
  return [...out];
}

/** Pairs made of the last character of one Han run and the first of the next one in the same title (across a space, punctuation or digits). */
function spanningPairs(): string[] {
  const out = new Set<string>();
  for (const d of DOCS) {
    const runs = d.titleZh?.match(HAN_RUN) ?? [];
    for (let i = 0; i + 1 < runs.length; i++) out.add([...runs[i]!].at(-1)! + [...runs[i + 1]!][0]!);
  }
  // Across two different titles: the end of one and the start of the next.
  const zh = DOCS.map((d) => d.titleZh).filter((t): t is string => Boolean(t));
  for (let i = 0; i + 1 < zh.length; i++) {
    const a = zh[i]!.match(HAN_RUN)?.at(-1);
    const b = zh[i + 1]!.match(HAN_RUN)?.[0];
    if (a && b) out.add([...a].at(-1)! + [...b][0]!);
  }
  return [...out];
}

/** Pairs made of the last Han character of one indexed text of an entry and the first of its next text. */
function fieldBoundaryPairs(): string[] {
  const out = new Set<string>();
  for (const d of DOCS) {
    const texts = indexedTexts(d);
    for (let i = 0; i + 1 < texts.length; i++) {
      const a = [...texts[i]!.trimEnd()].at(-1);
      const b = [...texts[i + 1]!.trimStart()][0];
      if (a && b && /\p{Script=Han}/u.test(a) && /\p{Script=Han}/u.test(b)) out.add(a + b);
    }
  }
  // Only those that occur nowhere as a real substring: what a search must not find.
  return [...out].filter((q) => scan(q).length === 0).sort();
}

/** Deterministic random pairs and triples of characters that do occur in the corpus, in orders that mostly do not. */
function randomCombinations(count: number): string[] {
  const pool = [...new Set(TEXTS.flatMap((d) => d.texts.flatMap((t) => [...(t.match(HAN_RUN)?.join('') ?? '')])))].sort();
  let seed = 20240601;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out = new Set<string>();
  while (out.size < count) {
    const len = next() < 0.6 ? 2 : 3;
    out.add(Array.from({ length: len }, () => pool[Math.floor(next() * pool.length)]!).join(''));
  }
  return [...out];
}

const TITLE_SUBSTRINGS = substrings(2, 4);
const SINGLE_CHARACTERS = substrings(1, 1);
const SPANNING = spanningPairs();
const RANDOM = randomCombinations(400);
const NOWHERE = RANDOM.filter((q) => scan(q).length === 0);
const FIELD_BOUNDARY = fieldBoundaryPairs();

/** Queries whose engine results differ from the linear scan for the run; `quoted` searches for "run". */
function mismatches(runs: string[], quoted = false): { q: string; engine: string[]; scan: string[] }[] {
  const bad: { q: string; engine: string[]; scan: string[] }[] = [];
  for (const run of runs) {
    const q = quoted ? `"${run}"` : run;
    const e = found(q);
    const s = scan(run);
    if (JSON.stringify(e) !== JSON.stringify(s)) bad.push({ q, engine: e, scan: s });
  }
  return bad;
}

describe('Chinese substring search equals a linear scan', () => {
  it(`every Han substring of length 2-4 of every Chinese title (${TITLE_SUBSTRINGS.length} substrings)`, () => {
    expect(TITLE_SUBSTRINGS.length).toBeGreaterThan(500);
    expect(mismatches(TITLE_SUBSTRINGS)).toEqual([]);
    // Each one is in at least its own title, so nothing here may come back empty.
    expect(TITLE_SUBSTRINGS.filter((q) => found(q).length === 0)).toEqual([]);
  });

  it(`every single Han character of every Chinese title (${SINGLE_CHARACTERS.length} characters)`, () => {
    expect(mismatches(SINGLE_CHARACTERS)).toEqual([]);
  });

  it(`pairs spanning two words (across a space, punctuation, digits, or two titles) (${SPANNING.length} pairs)`, () => {
    expect(SPANNING).toContain('术个'); // 信息安全技术 个人信息安全规范
    expect(SPANNING).toContain('令款'); // 北京市网信办责令12款应用整改
    expect(mismatches(SPANNING)).toEqual([]);
  });

  it(`random Han pairs and triples (${RANDOM.length} combinations, ${NOWHERE.length} of which occur nowhere)`, () => {
    expect(NOWHERE.length).toBeGreaterThan(300);
    expect(mismatches(RANDOM)).toEqual([]);
    expect(NOWHERE.filter((q) => found(q).length > 0)).toEqual([]);
  });

  it(`quoted, a title substring finds the same entries as the linear scan (${TITLE_SUBSTRINGS.length} substrings)`, () => {
    expect(mismatches(TITLE_SUBSTRINGS, true)).toEqual([]);
  });

  it(`quoted, a pair made of the end of one indexed field and the start of the next finds only entries that really contain it (${FIELD_BOUNDARY.length} pairs)`, () => {
    expect(FIELD_BOUNDARY).toContain('室网'); // 国家互联网信息办公室 | 网信办 (the CAC's Chinese name, then its alias)
    expect(mismatches(FIELD_BOUNDARY)).toEqual([]); // unquoted
    expect(mismatches(FIELD_BOUNDARY, true)).toEqual([]); // quoted
  });

  it('a character outside the Basic Multilingual Plane (𠮷) is found inside and at the edge of a run', () => {
    expect(found('𠮷')).toEqual(['chongzhou-protection-order']);
    expect(found('王𠮷')).toEqual(['chongzhou-protection-order']);
    expect(found('𠮷申请')).toEqual(['chongzhou-protection-order']);
    expect(found('𠮷王')).toEqual([]);
  });

  it('the known cases from the spec', () => {
    expect(found('数据要素')).toEqual(['data-elements-opinions']);
    expect(found('数要')).toEqual([]);
    expect(scan('数要')).toEqual([]);
    for (const q of ['数据安全', '安全管理', '管理办法']) expect(found(q)).toContain('data-security-measures-draft');
  });
});
