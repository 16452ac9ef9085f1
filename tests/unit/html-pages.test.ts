import fs from 'node:fs';
import path from 'node:path';
import { createElement, Fragment, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { Document } from '@/components/document';
import { EntryCard } from '@/components/entry-card';
import { ShareTools } from '@/components/share-tools';
import { cssFiles, siteAssets } from '@/lib/html/assets';
import { renderHtml } from '@/lib/html/render';
import type { PageMeta } from '@/lib/metadata';
import { siteUrl } from '@/lib/site';
import { testCard } from './helpers/cards';
import { REPO } from './helpers/fixtures';

const h = createElement;
const SITE = siteUrl();

/** The markup of a fragment of a page (without the document around it). */
function markup(node: ReactNode): string {
  return renderHtml(h('html', null, h('body', null, node))).replace(/^<!DOCTYPE html><html><head><\/head><body>|<\/body><\/html>$/g, '');
}

describe('plain HTML rendering (no client runtime)', () => {
  it('renders components with text escaped and no hydration markers', () => {
    const Name = ({ name }: { name: string }) => h('b', null, 'Hello ', name);
    const out = markup(h('p', null, h(Name, { name: '</script><script>alert(1)</script>' }), [h(Fragment, { key: 'a' }, 'x', 1)]));
    expect(out).toBe('<p><b>Hello &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</b>x1</p>');
  });

  it('a whole document starts with its doctype', () => {
    expect(renderHtml(h('html', { lang: 'en' }, h('body')))).toBe('<!DOCTYPE html><html lang="en"><head></head><body></body></html>');
  });

  it('marks the chosen option of a select and the value of an input, as a browser would read them', () => {
    const out = markup(h('form', null, h('select', { name: 's', defaultValue: 'b' }, h('option', { value: 'a' }, 'A'), h('option', { value: 'b' }, 'B')), h('input', { name: 'q', defaultValue: 'x' })));
    expect(out).toContain('<option value="b" selected="">B</option>');
    expect(out).toContain('<input name="q" value="x"/>');
  });
});

describe('the document', () => {
  const render = (meta: Partial<PageMeta> = {}) =>
    renderHtml(
      h(
        Document,
        { meta: { title: 'A <Title> & more', description: 'What it is.', path: '/entries/x', type: 'article', ...meta }, assets: { css: '/site.css?v=abc', js: '/site.js?v=def' } },
        h('p', null, 'Body'),
      ),
    );

  it('carries every head tag a page needs: title, description, canonical, feed, OpenGraph, Twitter, viewport, icon', () => {
    const html = render();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"\/><meta name="viewport" content="width=device-width, initial-scale=1"\/>/);
    expect(html).toContain('<link rel="stylesheet" href="/site.css?v=abc"/>');
    expect(html).toContain('<script src="/site.js?v=def" defer=""></script></head>');
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
    // No inline script: the page's one script is a file.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>/);
    // The chrome around the content.
    expect(html).toMatch(/<body><a class="skip-link" href="#main">Skip to content<\/a><header class="site-header">/);
    expect(html).toContain('<main id="main" class="container"><p>Body</p></main><footer class="site-footer">');
    expect(html).toMatch(/<form [^>]*aria-label="Site search"[^>]*action="\/search" method="get">/);
  });

  it('an error page has no canonical URL and is not indexed', () => {
    const html = render({ path: undefined, robots: 'noindex', title: 'Page not found' });
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('og:url');
  });

  it('advertises other alternates, such as a calendar feed', () => {
    expect(render({ alternates: [{ url: '/calendar.ics?issuer=cac', type: 'text/calendar' }] })).toContain(`<link rel="alternate" type="text/calendar" href="${SITE}/calendar.ics?issuer=cac"/>`);
  });
});

describe('a search result card', () => {
  it('marks the matched characters of the Chinese title, and shows the title as written without marks', () => {
    const entry = testCard({ titleZh: '數據出境安全評估辦法' });
    const marked = markup(h(EntryCard, { entry, titleZhMarked: [{ text: '數據出境', mark: true }, { text: '安全評估辦法', mark: false }] }));
    expect(marked).toContain('<span class="entry-card-zh" lang="zh-CN"><mark>數據出境</mark><span>安全評估辦法</span></span>');
    expect(markup(h(EntryCard, { entry }))).toContain('<span class="entry-card-zh" lang="zh-CN">數據出境安全評估辦法</span>');
  });
});

describe('the share buttons', () => {
  it('are plain buttons, hidden until the site script shows them', () => {
    const out = markup(h(ShareTools, { url: 'https://x/e', citation: 'A "B" <C>' }));
    expect(out).toMatch(/^<div class="entry-tools" id="share-tools" aria-label="Share this entry" role="group" hidden="">/);
    expect(out).toContain('<button type="button" class="button" data-copy="https://x/e" data-copied="Link copied">Copy link</button><span class="copy-status" role="status" aria-live="polite"></span>');
    expect(out).toContain('data-copy="A &quot;B&quot; &lt;C&gt;" data-copied="Citation copied">Copy citation</button>');
    expect(out).toContain('<button type="button" class="button" data-print="">Print</button>');
    expect(out).not.toContain('<script');
  });
});

describe('the stylesheet and the script', () => {
  it('bundles the site-wide sheet first, then every component and route sheet', () => {
    const files = cssFiles().map((f) => path.relative(REPO, f));
    expect(files[0]).toBe('app/globals.css');
    expect(files).toEqual(expect.arrayContaining(['app/search/search.css', 'app/calendar/calendar.css', 'components/calendar/calendar-links.css', 'components/search/param-notice.css']));
    const { css } = siteAssets();
    // A rule of the site-wide sheet, then one of a component's, in that order.
    expect(css.body.indexOf('.skip-link')).toBeGreaterThanOrEqual(0);
    expect(css.body.indexOf('.notice')).toBeGreaterThan(css.body.indexOf('.skip-link'));
    expect(css.href).toBe(`/site.css?v=${css.hash}`);
  });

  it('names each file by a hash of its content, so a changed file gets a new URL', () => {
    const { js } = siteAssets();
    expect(js.body).toBe(fs.readFileSync(path.join(REPO, 'lib', 'html', 'site.js'), 'utf8'));
    expect(js.href).toMatch(/^\/site\.js\?v=[\w-]{12}$/);
    expect(siteAssets().js.hash).toBe(js.hash);
  });

  it('the script parses as JavaScript', () => {
    expect(() => new Function(siteAssets().js.body)).not.toThrow();
  });
});
