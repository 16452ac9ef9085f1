import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '@/lib/content/front-matter';
import { needsRaw, renderMarkdown } from '@/lib/markdown';
import { REPO } from './helpers/fixtures';

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const abs = path.join(dir, item.name);
    if (item.isDirectory()) return markdownFiles(abs);
    return item.name.endsWith('.md') ? [abs] : [];
  });
}

/** Every body of the seed content and the fixtures, hostile ones included. */
const bodies = [path.join(REPO, 'content'), path.join(REPO, 'tests', 'fixtures', 'content')]
  .flatMap(markdownFiles)
  .map((file) => [path.relative(REPO, file), parseFrontMatter(fs.readFileSync(file, 'utf8')).body] as const);

/** Constructs whose HTML tree an HTML parser could rework, none written with a `<`. */
const CRAFTED = [
  'a  \nb\\\nc',
  'line one\nline two\n\n\n',
  '| a | b |\n|:-|-:|\n| 1 | 2 |\n|  | `|` \\| x |',
  '- [ ] task\n- [x] done\n  - nested\n    1. deeper',
  '```js\nconst a = 1 && b;\n```\n\n    indented &amp; code\n\n\ttab',
  'NUL a\u0000b, CR c\rd, form feed e\ff, no-break\u00a0\u00a0space',
  '&lt;script&gt;alert(1)&lt;/script&gt; &#x3C;b&#62; &amp;',
  'www.example.com, https://x.y/z?a=b&c=d. and foo@bar.example',
  '[a [b](c)](d) [![img](i.png)](u) [x](javascript:alert(1)) ![a](data:image/png;base64,xx)',
  '~~del~~ ~one~ ***bold italic*** **a **b** c** *a **b** c* `a` `` b ` ``',
  '# h1\n## h2 #\nSetext\n===\n\n***\n---\n___',
  '> quote\n> - list\n>   1. nested\n\n[ref]\n\n[ref]: http://x "t"',
  'é 中文 🎉 \u200b\u202e rtl',
  '',
];

describe('renderMarkdown: the path without rehype-raw', () => {
  it('is taken only for bodies with neither raw HTML nor a footnote', () => {
    expect(needsRaw('plain **text** and a [link](https://example.org)')).toBe(false);
    expect(needsRaw('a <b>bold</b> word')).toBe(true);
    expect(needsRaw('a < b')).toBe(true);
    expect(needsRaw('<https://example.org>')).toBe(true);
    expect(needsRaw('a note[^1]\n\n[^1]: the note')).toBe(true);
  });

  it.each([...bodies, ...CRAFTED.map((body, i) => [`crafted ${i}`, body] as const)])('renders %s exactly as the full pipeline', (_name, body) => {
    expect(renderMarkdown(body)).toEqual(renderMarkdown(body, { fastPath: false }));
  });

  it('covers bodies on both paths', () => {
    const fast = bodies.filter(([, body]) => !needsRaw(body)).length;
    expect(fast).toBeGreaterThan(0);
    expect(fast).toBeLessThan(bodies.length);
  });

  it('still parses and sanitises raw HTML', () => {
    const md = renderMarkdown('Hi <b>there</b><script>window.x=1</script> [x](javascript:alert(1))');
    expect(md.html).toBe('<p>Hi <b>there</b> <a>x</a></p>');
    expect(md.text).toBe('Hi there x');
  });
});

describe('links inside a body', () => {
  it('a footnote reference and its back link reach their targets, whichever pipeline renders them', () => {
    for (const fastPath of [true, false]) {
      const { html } = renderMarkdown('A claim.[^1]\n\n[^1]: The source.\n', { fastPath });
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
      expect(targets.length).toBeGreaterThanOrEqual(2);
      for (const t of targets) expect(ids.has(t), `#${t}`).toBe(true);
      expect(html).not.toContain('user-content-user-content-');
    }
  });

  it('a link to an id the author wrote follows the id the sanitiser gave it; other hashes stay', () => {
    const { html } = renderMarkdown('<span id="terms">Terms</span> [see the terms](#terms) [elsewhere](#nothing-here)');
    expect(html).toContain('id="user-content-terms"');
    expect(html).toContain('<a href="#user-content-terms">see the terms</a>');
    expect(html).toContain('<a href="#nothing-here">elsewhere</a>');
  });
});
