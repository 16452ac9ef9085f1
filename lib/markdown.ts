// Markdown → sanitised HTML and plain text. The implementation is markdown-render.mjs (plain
// JavaScript, so worker threads can load it without a TypeScript loader).
export { needsRaw, RENDERER_VERSION, renderMarkdown, type RenderedMarkdown } from './markdown-render.mjs';
