import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

// The stylesheets for pages served outside the App Router (app/entries/[slug]/route.tsx): the
// root layout's CSS, as Next.js built it (bundled, minified, content-hashed under /_next/static)
// and as every App Router page links it. A Route Handler's own CSS imports are not emitted, so the
// file names are read from the build: the client reference manifest of a page under the root
// layout lists the layout's CSS files. `_not-found` is a page every App Router build has.

const DIST = '.next';
const PAGES = [
  ['app', '_not-found', 'page_client-reference-manifest.js'],
  ['app', 'page_client-reference-manifest.js'],
];
/** Where the manifests are: `next dev` keeps its output in .next/dev (a page's manifest exists once it has compiled). */
const manifests = () => PAGES.map((page) => (process.env.NODE_ENV === 'production' ? ['server', ...page] : ['dev', 'server', ...page]));

type CssFile = { path: string; inlined?: boolean };
type Manifest = { entryCSSFiles?: Record<string, CssFile[]> };

/** The layout's stylesheets in a manifest file's text (`globalThis.__RSC_MANIFEST[page] = {...}`); null if it lists none. */
export function layoutCssFromManifest(code: string): string[] | null {
  const sandbox: { __RSC_MANIFEST?: Record<string, Manifest> } = {};
  vm.runInNewContext(code, sandbox, { timeout: 1000 });
  for (const manifest of Object.values(sandbox.__RSC_MANIFEST ?? {})) {
    for (const [entry, files] of Object.entries(manifest.entryCSSFiles ?? {})) {
      if (entry.replace(/\\/g, '/').endsWith('app/layout') && files.length > 0) return files.map((f) => `/_next/${f.path}`);
    }
  }
  return null;
}

let found: string[] | undefined;

/** `/_next/static/...css` URLs of the root layout's stylesheets (read once per production server process). */
export function layoutStylesheets(root: string = process.cwd()): string[] {
  if (found) return found;
  for (const parts of manifests()) {
    let code: string;
    try {
      code = fs.readFileSync(path.join(/*turbopackIgnore: true*/ root, DIST, ...parts), 'utf8');
    } catch {
      continue;
    }
    const css = layoutCssFromManifest(code);
    if (!css) continue;
    // `next dev` recompiles the CSS as it changes: read it afresh there.
    if (process.env.NODE_ENV === 'production') found = css;
    return css;
  }
  // Unstyled beats broken: the page still reads. The end-to-end tests fail on it.
  console.error('build-assets: no client reference manifest lists the root layout’s CSS; serving the page without it');
  return [];
}
