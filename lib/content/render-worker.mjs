// The piscina worker of lib/content/render-pool.ts: renders a batch of Markdown bodies with the very
// renderMarkdown the calling thread uses. Plain JavaScript, importing only plain JavaScript, so it
// loads under any runner (tsx, vitest) without a TypeScript loader.
import { renderMarkdown } from '../markdown-render.mjs';

/**
 * @param {string[]} bodies
 * @returns {import('../markdown-render.mjs').RenderedMarkdown[]}
 */
export default function renderBatch(bodies) {
  return bodies.map((body) => renderMarkdown(body));
}
