import type { Element, Root as HastRoot } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

export type RenderedMarkdown = {
  /** Sanitised HTML: raw HTML is parsed, then anything unsafe (scripts, handlers, javascript: URLs, iframes) removed. */
  html: string;
  /** Plain text of what a reader sees, blocks on their own lines, for search and snippets. */
  text: string;
  /** The first paragraph as plain text (the default summary). */
  firstParagraph: string;
};

const pipeline = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  // GitHub's schema, and a <style> element goes with its contents (not left as visible text).
  .use(rehypeSanitize, { ...defaultSchema, strip: [...(defaultSchema.strip ?? []), 'style'] })
  .use(rehypeStringify);

/** Renders an author's GFM Markdown once, at load time, so pages never ship a Markdown renderer. */
export function renderMarkdown(source: string): RenderedMarkdown {
  const tree = pipeline.runSync(pipeline.parse(source)) as HastRoot;
  const html = pipeline.stringify(tree);
  const first = tree.children.find((n): n is Element => n.type === 'element' && n.tagName === 'p');
  return {
    html: String(html).trim(),
    text: collapse(toText(tree)),
    firstParagraph: first ? toText(first).replace(/\s+/g, ' ').trim() : '',
  };
}

function collapse(value: string): string {
  return value
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
