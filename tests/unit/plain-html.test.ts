import Link from 'next/link';
import { createElement, Fragment, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { SHARE_TOOLS_SCRIPT, ShareTools } from '@/components/share-tools';
import { StaticDocument } from '@/components/static-document';
import { layoutCssFromManifest } from '@/lib/build-assets';
import { renderDocument, resolveTree } from '@/lib/plain-html';
import { siteUrl } from '@/lib/site';

const h = createElement;
const SITE = siteUrl();

/** The markup of a fragment of a page (without the document around it). */
async function markup(node: ReactNode): Promise<string> {
  const html = await renderDocument(h('html', null, h('body', null, node)));
  return html.replace(/^<!DOCTYPE html><html><head><\/head><body>|<\/body><\/html>$/g, '');
}

describe('plain HTML rendering (no client runtime)', () => {
  it('renders server components, async ones too, with text escaped and no hydration markers', async () => {
    const Name = ({ name }: { name: string }) => h('b', null, 'Hello ', name);
    const Later = async ({ children }: { children?: ReactNode }) => h('p', null, await Promise.resolve('later: '), children);
    const out = await markup(h(Later, null, h(Name, { name: '</script><script>alert(1)</script>' }), [h(Fragment, { key: 'a' }, 'x', 1)]));
    expect(out).toBe('<p>later: <b>Hello &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</b>x1</p>');
  });

  it('turns next/link into a plain anchor, without its navigation-only props', async () => {
    const out = await markup(h(Link, { href: '/authorities/cac', className: 'brand', title: '国家互联网信息办公室', prefetch: false, scroll: false }, 'CAC'));
    expect(out).toBe('<a href="/authorities/cac" class="brand" title="国家互联网信息办公室">CAC</a>');
  });

  it('rejects what needs the client runtime rather than rendering it wrong', async () => {
    const clientReference = Object.assign(() => null, { $$typeof: Symbol.for('react.client.reference'), $$id: 'components/widget.tsx#Widget' });
    await expect(resolveTree(h(clientReference))).rejects.toThrow(/components\/widget\.tsx#Widget needs the React runtime/);
    await expect(resolveTree(h(Link, { href: { pathname: '/x' } }))).rejects.toThrow(/string href/);
  });

  it('a whole document starts with its doctype', async () => {
    expect(await renderDocument(h('html', { lang: 'en' }, h('body')))).toBe('<!DOCTYPE html><html lang="en"><head></head><body></body></html>');
  });
});

describe('the static document', () => {
  const render = (props: Partial<Parameters<typeof StaticDocument>[0]> = {}) =>
    renderDocument(
      h(
        StaticDocument,
        { title: 'A <Title> & more', description: 'What it is.', path: '/entries/x', type: 'article', stylesheets: ['/_next/static/chunks/a.css'], nonce: 'abc', ...props },
        h('p', null, 'Body'),
      ),
    );

  it('carries what the App Router gave the page: title, description, canonical, feed, OpenGraph, Twitter, viewport, icon', async () => {
    const html = await render();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"\/><meta name="viewport" content="width=device-width, initial-scale=1"\/>/);
    // The stylesheets first, as the App Router puts them.
    expect(html).toContain('initial-scale=1"/><link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="abc" data-precedence="next"/>');
    expect(html).toContain('<title>A &lt;Title&gt; &amp; more · China TMT Digest</title>');
    expect(html).toContain('<meta name="description" content="What it is."/>');
    expect(html).toContain('<meta name="theme-color" content="#16324f"/>');
    expect(html).toContain(`<link rel="canonical" href="${SITE}/entries/x"/>`);
    expect(html).toContain(`<link rel="alternate" type="application/atom+xml" href="${SITE}/feed.xml" title="China TMT Digest: newest entries"/>`);
    expect(html).toContain('<meta property="og:title" content="A &lt;Title&gt; &amp; more"/>');
    expect(html).toContain(`<meta property="og:url" content="${SITE}/entries/x"/>`);
    expect(html).toContain('<meta property="og:type" content="article"/>');
    expect(html).toContain('<meta name="twitter:card" content="summary"/>');
    expect(html).toContain('<link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml"/>');
    expect(html).not.toContain('noindex');
    // The chrome around the content.
    expect(html).toMatch(/<body><a class="skip-link" href="#main">Skip to content<\/a><header class="site-header">/);
    expect(html).toContain('<main id="main" class="container"><p>Body</p></main><footer class="site-footer">');
    expect(html).toContain('<form role="search" aria-label="Site search" class="search-form" action="/search" method="get">');
  });

  it('an error page has no canonical URL and is not indexed', async () => {
    const html = await render({ path: undefined, noindex: true, title: 'Page not found' });
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('og:url');
  });
});

describe('the share buttons', () => {
  it('are plain buttons, hidden until the inline script (with the nonce) shows them', async () => {
    const out = await markup(h(ShareTools, { url: 'https://x/e', citation: 'A "B" <C>', nonce: 'n0nce' }));
    expect(out).toMatch(/^<div class="entry-tools" id="share-tools" aria-label="Share this entry" role="group" hidden="">/);
    expect(out).toContain('<button type="button" class="button" data-copy="https://x/e" data-copied="Link copied">Copy link</button><span class="copy-status" role="status" aria-live="polite"></span>');
    expect(out).toContain('data-copy="A &quot;B&quot; &lt;C&gt;" data-copied="Citation copied">Copy citation</button>');
    expect(out).toContain('<button type="button" class="button" data-print="">Print</button>');
    expect(out).toContain('<script nonce="n0nce">(');
  });

  it('the script is small, self-contained JavaScript that cannot end its element early', () => {
    expect(SHARE_TOOLS_SCRIPT.length).toBeLessThan(2048);
    expect(SHARE_TOOLS_SCRIPT).not.toMatch(/<\/script|<!--/i);
    expect(() => new Function(SHARE_TOOLS_SCRIPT)).not.toThrow();
    // Run without a DOM to show it names nothing from this module: it only looks up its group.
    const looked: string[] = [];
    const document = { getElementById: (id: string) => (looked.push(id), null) };
    new Function('document', SHARE_TOOLS_SCRIPT)(document);
    expect(looked).toEqual(['share-tools']);
  });
});

describe('the layout’s stylesheets, from the build', () => {
  const manifest = (entries: Record<string, { path: string; inlined: boolean }[]>) =>
    `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["/_not-found/page"] = ${JSON.stringify({ clientModules: {}, entryCSSFiles: entries })};`;

  it('reads the root layout’s CSS files from a client reference manifest', () => {
    const code = manifest({
      '[project]/app/layout': [
        { path: 'static/chunks/3rv1z1blhn3a1.css', inlined: false },
        { path: 'static/chunks/1x0mudy9eymp_.css', inlined: false },
      ],
      '[project]/app/not-found': [{ path: 'static/chunks/other.css', inlined: false }],
    });
    expect(layoutCssFromManifest(code)).toEqual(['/_next/static/chunks/3rv1z1blhn3a1.css', '/_next/static/chunks/1x0mudy9eymp_.css']);
  });

  it('finds none where the manifest lists none', () => {
    expect(layoutCssFromManifest(manifest({}))).toBeNull();
    expect(layoutCssFromManifest('')).toBeNull();
  });
});
