// Page weight: the JavaScript and CSS each route makes a browser load, fetched from the running
// server as its HTML references them (the site's own /site.js and /site.css, or any file of the
// build), gzipped and summed.
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
  /** noModule JavaScript (polyfills for browsers without modules), not counted in `js`. */
  legacy: number;
  /** Inline scripts in the HTML, gzipped together; counted in `js` too. */
  inline: number;
  /** Library markers found in the route's JavaScript. */
  found: string[];
};

const gz = (b: Buffer | string) => zlib.gzipSync(b).length;

/** Script and stylesheet URLs in a page's HTML. */
export function assets(html: string): { js: string[]; css: string[]; legacy: string[]; inline: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  const legacy = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) {
    // noModule scripts (polyfills) are skipped by every browser that runs modules, phones included.
    if (/\bnomodule\b/i.test(m[0])) legacy.add(m[1]!);
    else js.add(m[1]!);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (!href) continue;
    if (/\brel="stylesheet"/.test(tag)) css.add(href);
    else if (/\bas="script"/.test(tag) && /\brel="preload"/.test(tag)) js.add(href);
  }
  for (const l of legacy) js.delete(l);
  // Inline scripts run too (a page's own code, or the RSC payload Next.js streams as script); JSON
  // data blocks (JSON-LD) do not.
  const inline: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1]!;
    if (/\bsrc=/.test(attrs) || /\btype="application\/(ld\+)?json"/.test(attrs) || !m[2]!.trim()) continue;
    inline.push(m[2]!);
  }
  return { js: [...js], css: [...css], legacy: [...legacy], inline };
}

/** Fetches a script or stylesheet the page references, as a browser would. */
async function fetchAsset(base: string, url: string): Promise<Buffer> {
  const res = await fetch(new URL(url, base));
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
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
    const { js, css, legacy, inline } = assets(html);
    const inlineBytes = inline.length ? gz(inline.join('\n')) : 0;
    let jsBytes = inlineBytes;
    let cssBytes = 0;
    const found = new Set<string>();
    for (const m of MARKERS) if (inline.some((text) => text.includes(m.text))) found.add(m.lib);
    for (const src of js) {
      const buf = await fetchAsset(base, src);
      jsBytes += gz(buf);
      const text = buf.toString('utf8');
      for (const m of MARKERS) if (text.includes(m.text)) found.add(m.lib);
    }
    for (const href of css) cssBytes += gz(await fetchAsset(base, href));
    let legacyBytes = 0;
    for (const src of legacy) legacyBytes += gz(await fetchAsset(base, src));
    out.push({ route: r.route, path: r.path, html: gz(html), js: jsBytes, css: cssBytes, jsFiles: js.length, cssFiles: css.length, legacy: legacyBytes, inline: inlineBytes, found: [...found] });
  }
  return out;
}
