import 'server-only';
import type { NextRequest } from 'next/server';
import type { ReactNode } from 'react';
import { Document } from '@/components/document';
import { ErrorView, NotFoundView } from '@/components/error-views';
import { getSnapshot, type Snapshot } from '@/lib/catalogue/snapshot';
import { chinaToday } from '@/lib/dates';
import { SITE_DESCRIPTION, type PageMeta } from '@/lib/metadata';
import { siteAssets } from './assets';
import { renderHtml } from './render';

/**
 * What a page route gives: its metadata and body, or a finished response (a redirect).
 * `personal`: the page shows one reader's data (a subscription behind a token): never stored by
 * any cache, never shared.
 */
export type Page = { meta: PageMeta; body: ReactNode; status?: number; personal?: boolean };
export type PageContext = { snapshot: Snapshot; today: string; request: NextRequest };

/** The 404 page, in the site's chrome. */
export const notFoundPage = (): Page => ({
  status: 404,
  meta: { title: 'Page not found', description: SITE_DESCRIPTION, robots: 'noindex' },
  body: <NotFoundView />,
});

// As Next.js sends its dynamic pages: each response carries its own CSP nonce (proxy.ts).
const NO_STORE = 'private, no-cache, no-store, max-age=0, must-revalidate';

/**
 * Serves a page as plain HTML: no React or Next.js runtime in the browser, one small script for
 * what JavaScript improves (lib/html/site.js). Every page route is a GET handler that calls this
 * with a function from the catalogue snapshot and today's date to the page.
 */
export async function servePage(request: NextRequest, build: (context: PageContext) => Promise<Page | Response> | Page | Response): Promise<Response> {
  const nonce = request.headers.get('x-nonce') ?? undefined;
  let page: Page;
  try {
    const result = await build({ snapshot: await getSnapshot(), today: chinaToday(), request });
    if (result instanceof Response) return result;
    page = result;
  } catch (error) {
    console.error(`${request.method} ${request.nextUrl.pathname}:`, error);
    page = { status: 500, meta: { title: 'Something went wrong', description: SITE_DESCRIPTION, robots: 'noindex' }, body: <ErrorView /> };
  }
  const { css, js } = siteAssets();
  const html = renderHtml(
    <Document meta={page.meta} assets={{ css: css.href, js: js.href }} nonce={nonce}>
      {page.body}
    </Document>,
  );
  return new Response(html, { status: page.status ?? 200, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': NO_STORE } });
}
