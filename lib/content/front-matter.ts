import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export type ParsedSource = {
  data: unknown;
  body: string;
  /** File line of a key path such as ['sources', 0, 'url'], or of its nearest located parent. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** Problems in the front matter's syntax, with file lines. */
  errors: { line: number; message: string }[];
};

const FENCE = /^---[ \t]*$/;

/**
 * Splits a content file into YAML front matter and Markdown body, keeping file line numbers.
 * YAML 1.2 core schema: `2022-12-19` stays the string it was written as, never a Date.
 */
export function parseFrontMatter(text: string): ParsedSource {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return broken(1, "the file must start with a '---' line that opens the front matter");
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close === -1) {
    return broken(1, "the front matter opened on line 1 is never closed by a '---' line");
  }
  return parseYaml(lines.slice(1, close).join('\n'), 1, lines.slice(close + 1).join('\n'));
}

/** Parses a whole YAML file (topics.yml) with the same line tracking. */
export function parseYamlFile(text: string): ParsedSource {
  return parseYaml(text.replace(/^\uFEFF/, ''), 0, '');
}

function parseYaml(yamlText: string, lineOffset: number, body: string): ParsedSource {
  const { doc, lineAt } = parseWithLines(yamlText, lineOffset);
  const errors = [...doc.errors, ...doc.warnings].map((e) => ({
    line: lineAt(e.pos[0]),
    message: e.message.split('\n')[0] ?? e.message,
  }));
  // lineOf is needed only where there is a problem to point at: it parses the text again then,
  // rather than every file keeping its YAML tree (most of a large check's memory).
  let parsed: ReturnType<typeof parseWithLines> | null = errors.length ? { doc, lineAt } : null;
  const firstLine = lineOffset + (yamlText.length ? 1 : 0) || 1;

  const lineOf = (path: readonly PropertyKey[]): number => {
    parsed ??= parseWithLines(yamlText, lineOffset);
    let node: unknown = parsed.doc.contents as Node | null;
    let line = firstLine;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
        if (!pair) break;
        const key = pair.key as Node;
        if (key.range) line = parsed.lineAt(key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof step === 'number') {
        const item = node.items[step] as Node | undefined;
        if (!item) break;
        if (item.range) line = parsed.lineAt(item.range[0]);
        node = item;
      } else break;
    }
    return line;
  };

  return { data: errors.length ? undefined : doc.toJS(), body, lineOf, errors };
}

function parseWithLines(yamlText: string, lineOffset: number) {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  return { doc, lineAt: (offset: number) => counter.linePos(offset).line + lineOffset };
}

function broken(line: number, message: string): ParsedSource {
  return { data: undefined, body: '', lineOf: () => line, errors: [{ line, message }] };
}
