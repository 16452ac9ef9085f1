import 'server-only';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { NextRequest } from 'next/server';
import path from 'node:path';
import { transform } from 'lightningcss';
import { represent, respond, type Representation } from './serve';

// The two files every page links: the site's stylesheet, bundled here from the CSS files beside the
// components and routes that use them, and its one script (lib/html/site.js). Each is linked with a
// hash of its content (`?v=`), so browsers and proxies may keep it for a year.

export type Asset = { body: string; hash: string; href: string; representation: Representation };

const ROOT = () => process.cwd();
const production = () => process.env.NODE_ENV === 'production';

/** The CSS files bundled into the stylesheet, in cascade order. */
export function cssFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, item.name);
      if (item.isDirectory()) walk(abs);
      else if (item.name.endsWith('.css')) found.push(abs);
    }
  };
  for (const dir of ['app', 'components']) walk(path.join(/*turbopackIgnore: true*/ ROOT(), dir));
  // The site-wide sheet first, so that a component's rules win over it; the rest in path order.
  return found.sort((a, b) => Number(!a.endsWith('globals.css')) - Number(!b.endsWith('globals.css')) || a.localeCompare(b));
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 12);

function build(): { css: Asset; js: Asset } {
  const source = cssFiles()
    .map((file) => `/* ${path.relative(ROOT(), file)} */\n${fs.readFileSync(file, 'utf8')}`)
    .join('\n');
  const css = transform({ filename: 'site.css', code: Buffer.from(source), minify: production() }).code.toString();
  const js = fs.readFileSync(path.join(/*turbopackIgnore: true*/ ROOT(), 'lib', 'html', 'site.js'), 'utf8');
  const asset = (body: string, name: string, type: string): Asset => {
    const hash = hashOf(body);
    return { body, hash, href: `/${name}?v=${hash}`, representation: represent(body, type) };
  };
  return { css: asset(css, 'site.css', 'text/css; charset=utf-8'), js: asset(js, 'site.js', 'text/javascript; charset=utf-8') };
}

let built: ReturnType<typeof build> | undefined;

/** The stylesheet and the script, read once per production server (afresh on every call in development). */
export function siteAssets(): { css: Asset; js: Asset } {
  if (!production()) return build();
  built ??= build();
  return built;
}

/**
 * Serves the stylesheet or the script. Linked with its content hash (`?v=`), it may be kept for a
 * year: a change makes a new URL. Without the current hash it must be revalidated (ETag).
 */
export function assetResponse(request: NextRequest, asset: Asset): Response {
  const current = request.nextUrl.searchParams.get('v') === asset.hash;
  return respond(request, asset.representation, current ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
}
