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
export const RENDERER_VERSION = 'md-2';

// GitHub's schema, and a <style> element goes with its contents (not left as visible text).
const sanitizeSchema = { ...defaultSchema, strip: [...(defaultSchema.strip ?? []), 'style'] };

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

// Ids of the author's HTML are prefixed by the sanitiser (user-content-...), so that they cannot
// clobber the page's own globals or ids. Footnotes' ids get the prefix that way (remark-rehype is
// told to add none); links to an id in the same body follow it here.
const IN_PAGE = 'user-content-';

/** A rehype step after sanitising: `href="#x"` becomes `#user-content-x` where that id exists. */
function linkPrefixedIds() {
  /** @param {import('hast').Root} tree */
  return (tree) => {
    /** @type {Set<string>} */
    const ids = new Set();
    /** @type {import('hast').Element[]} */
    const links = [];
    /** @param {import('hast').Root | import('hast').RootContent} node */
    const walk = (node) => {
      if (node.type === 'element') {
        if (typeof node.properties.id === 'string') ids.add(node.properties.id);
        if (node.tagName === 'a' && typeof node.properties.href === 'string' && node.properties.href.startsWith('#')) links.push(node);
      }
      if ('children' in node) for (const child of node.children) walk(child);
    };
    walk(tree);
    for (const a of links) {
      const target = IN_PAGE + decodeURIComponent(String(a.properties.href).slice(1));
      if (!String(a.properties.href).startsWith(`#${IN_PAGE}`) && ids.has(target)) a.properties.href = `#${target}`;
    }
  };
}

/** Markdown → sanitised hast, raw HTML parsed by rehype-raw (parse5) first. */
const full = unified()
  .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema)
  .use(linkPrefixedIds)
  .use(rehypeStringify)
  .freeze();

/**
 * The same without rehype-raw, for bodies where it changes nothing (see `needsRaw`): it re-runs
 * the whole tree through an HTML parser, a tenth of the cost of a render.
 */
const direct = unified()
  .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
  .use(rehypeSanitize, sanitizeSchema)
  .use(linkPrefixedIds)
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
