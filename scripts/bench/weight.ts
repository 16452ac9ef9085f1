// Page weight: the JavaScript and CSS each route makes a browser load, read from the production
// build (.next/static) as the server's HTML references them, gzipped and summed.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * Strings that survive minification and identify code that must never reach the entry page:
 * each is checked to occur in the library's own files, so its absence from a chunk means something.
 */
export const MARKERS = [
  { lib: 'FlexSearch (search index)', text: 'searchCache', file: 'node_modules/flexsearch/dist/flexsearch.bundle.module.min.mjs' },
  { lib: 'FlexSearch (search index)', text: 'bidirectional', file: 'node_modules/flexsearch/dist/flexsearch.bundle.module.min.mjs' },
  { lib: 'micromark/remark (Markdown renderer)', text: 'atxHeadingSequence', file: 'node_modules/micromark-core-commonmark/lib/heading-atx.js' },
  { lib: 'micromark/remark (Markdown renderer)', text: 'codeFencedFence', file: 'node_modules/micromark-core-commonmark/lib/code-fenced.js' },
] as const;

export type RouteWeight = {
  route: string;
  path: string;
  html: number;
  js: number;
  css: number;
  jsFiles: number;
  cssFiles: number;
  /** Library markers found in the route's JavaScript. */
  found: string[];
};

const gz = (b: Buffer | string) => zlib.gzipSync(b).length;

/** Script and stylesheet URLs in a page's HTML. */
export function assets(html: string): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) js.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (!href) continue;
    if (/\brel="stylesheet"/.test(tag)) css.add(href);
    else if (/\bas="script"/.test(tag) && /\brel="preload"/.test(tag)) js.add(href);
  }
  return { js: [...js], css: [...css] };
}

/** Reads a /_next/static/... URL from the build output. */
function fromBuild(root: string, url: string): Buffer {
  const u = new URL(url, 'http://x');
  const rel = decodeURIComponent(u.pathname);
  if (!rel.startsWith('/_next/static/')) throw new Error(`not a build asset: ${url}`);
  return fs.readFileSync(path.join(root, '.next', 'static', rel.slice('/_next/static/'.length)));
}

/** Weighs each route: fetch its HTML from the running server, then gzip every JS and CSS file it loads. */
export async function weighRoutes(root: string, base: string, routes: { route: string; path: string }[]): Promise<RouteWeight[]> {
  for (const m of MARKERS) {
    if (!fs.readFileSync(path.join(root, m.file), 'utf8').includes(m.text)) throw new Error(`marker '${m.text}' is not in ${m.file}: pick another`);
  }
  const out: RouteWeight[] = [];
  for (const r of routes) {
    const res = await fetch(base + r.path);
    if (!res.ok) throw new Error(`${r.path} answered ${res.status}`);
    const html = await res.text();
    const { js, css } = assets(html);
    let jsBytes = 0;
    let cssBytes = 0;
    const found = new Set<string>();
    for (const src of js) {
      const buf = fromBuild(root, src);
      jsBytes += gz(buf);
      const text = buf.toString('utf8');
      for (const m of MARKERS) if (text.includes(m.text)) found.add(m.lib);
    }
    for (const href of css) cssBytes += gz(fromBuild(root, href));
    out.push({ route: r.route, path: r.path, html: gz(html), js: jsBytes, css: cssBytes, jsFiles: js.length, cssFiles: css.length, found: [...found] });
  }
  return out;
}
