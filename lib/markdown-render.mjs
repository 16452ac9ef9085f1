// The Markdown renderer, in plain JavaScript so worker threads (lib/content/render-worker.mjs) load
// it without a TypeScript loader, which would cost each worker over a second to start.
// Types: markdown-render.d.mts. TypeScript code imports it through lib/markdown.ts.
import { toText } from 'hast-util-to-text';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

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
 * the whole tree through an HTML parser, a tenth of the cost of a render.
 */
const direct = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify)
  .freeze();

/**
 * Whether rehype-raw can change the tree of a body. Without a `<` the Markdown has no raw HTML
 * (HTML blocks, inline HTML and autolinks all start with one), so the tree has no raw nodes; and
 * without `[^` it has no footnote, whose link inside a link and boolean data attributes an HTML
 * parser would rework. Any other tree remark-rehype makes is one the HTML parser keeps as it is.
 * @param {string} source
 */
export function needsRaw(source) {
  return source.includes('<') || source.includes('[^');
}

/**
 * Renders an author's GFM Markdown once, at load time, so pages never ship a Markdown renderer.
 * @param {string} source
 * @param {{ fastPath?: boolean }} [options]
 */
export function renderMarkdown(source, options = {}) {
  const pipeline = options.fastPath === false || needsRaw(source) ? full : direct;
  const tree = pipeline.runSync(parser.runSync(parser.parse(source)));
  const html = pipeline.stringify(tree);
  const first = tree.children.find((n) => n.type === 'element' && n.tagName === 'p');
  return {
    html: String(html).trim(),
    text: collapse(toText(tree)),
    firstParagraph: first ? toText(first).replace(/\s+/g, ' ').trim() : '',
  };
}

/** @param {string} value */
function collapse(value) {
  return value
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
