export type RenderedMarkdown = {
  /** Sanitised HTML: raw HTML is parsed, then anything unsafe (scripts, handlers, javascript: URLs, iframes) removed. */
  html: string;
  /** Plain text of what a reader sees, blocks on their own lines, for search and snippets. */
  text: string;
  /** The first paragraph as plain text (the default summary). */
  firstParagraph: string;
};

/** Names the renderer's output; part of the render cache's key. */
export const RENDERER_VERSION: string;

/** Whether a body needs rehype-raw (it has raw HTML or a footnote); other bodies skip it. */
export function needsRaw(source: string): boolean;

/**
 * Renders an author's GFM Markdown once, at load time, so pages never ship a Markdown renderer.
 * `fastPath: false` always runs rehype-raw (for tests comparing both paths).
 */
export function renderMarkdown(source: string, options?: { fastPath?: boolean }): RenderedMarkdown;
