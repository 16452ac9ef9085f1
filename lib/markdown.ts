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

/**
 * Names the renderer's output: change it whenever a change here can change the HTML or text
 * of an unchanged body (a plugin, its options, an upgrade of one of the packages above).
 */
export const RENDERER_VERSION = 'md-1';

// GitHub's schema, and a <style> element goes with its contents (not left as visible text).
const sanitizeSchema = { ...defaultSchema, strip: [...(defaultSchema.strip ?? []), 'style'] };

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/** Markdown → sanitised hast, raw HTML parsed by rehype-raw (parse5) first. */
const full = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify)
  .freeze();

/**
 * The same without rehype-raw, for bodies where it changes nothing (see `needsRaw`): it re-runs
 * the whole tree through an HTML parser, a third of the cost of a render.
 */
const direct = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify)
  .freeze();

/**
 * Whether rehype-raw can change the tree of a body. Without a `<` the Markdown has no raw HTML
 * (HTML blocks, inline HTML and autolinks all start with one), so the tree has no raw nodes; and
 * without `[^` it has no footnote call, the one construct that can put a link inside a link, which
 * an HTML parser would split. Any other tree remark-rehype makes is one the HTML parser keeps as it is.
 */
export function needsRaw(source: string): boolean {
  return source.includes('<') || source.includes('[^');
}

/** Renders an author's GFM Markdown once, at load time, so pages never ship a Markdown renderer. */
export function renderMarkdown(source: string, options: { fastPath?: boolean } = {}): RenderedMarkdown {
  const pipeline = options.fastPath === false || needsRaw(source) ? full : direct;
  const mdast = parser.runSync(parser.parse(source)) as ReturnType<typeof parser.parse>;
  const tree = pipeline.runSync(mdast) as HastRoot;
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
