import 'server-only';
import type { NextRequest } from 'next/server';
import type { ReactNode } from 'react';
import { Document } from '@/components/document';
import { ErrorView, NotFoundView } from '@/components/error-views';
import { SITE_DESCRIPTION, type PageMeta } from '@/lib/metadata';
import { siteAssets } from './assets';
import { renderHtml } from './render';
import { PERSONAL, represent, respond, serve, shared, type ServeContext } from './serve';

/**
 * What a page route gives: its metadata and body, or a finished response (a redirect).
 * `personal`: the page shows one reader's data (a subscription behind a token): never stored by
 * any cache, never shared.
 */
export type Page = { meta: PageMeta; body: ReactNode; status?: number; personal?: boolean };
export type PageContext = ServeContext;

/** The 404 page, in the site's chrome. */
export const notFoundPage = (): Page => ({
  status: 404,
  meta: { title: 'Page not found', description: SITE_DESCRIPTION, robots: 'noindex' },
  body: <NotFoundView />,
});

const HTML = 'text/html; charset=utf-8';

function renderPage(page: Page): string {
  const { css, js } = siteAssets();
  return renderHtml(
    <Document meta={page.meta} assets={{ css: css.href, js: js.href }}>
      {page.body}
    </Document>,
  );
}

/**
 * Serves a page as plain HTML: no React or Next.js runtime in the browser, one small script for
 * what JavaScript improves (lib/html/site.js). Every page route is a GET handler that calls this
 * with a function from the catalogue snapshot and today's date to the page. A rendered page is
 * kept until the catalogue or the day changes (lib/html/serve.ts); the 404 page is rendered once
 * for every unknown address.
 */
export function servePage(request: NextRequest, build: (context: PageContext) => Promise<Page | Response> | Page | Response): Promise<Response> {
  return serve(request, async (context) => {
    let page: Page | Response;
    try {
      page = await build(context);
    } catch (error) {
      console.error(`${request.method} ${request.nextUrl.pathname}:`, error);
      const failed = represent(renderPage({ meta: { title: 'Something went wrong', description: SITE_DESCRIPTION, robots: 'noindex' }, body: <ErrorView /> }), HTML, 500);
      return respond(request, failed, 'no-store');
    }
    if (page instanceof Response) return page;
    if (page.personal) return respond(request, represent(renderPage(page), HTML, page.status ?? 200), PERSONAL);
    const rendered = page;
    if (page.status === 404) return shared(context, 'page-404', () => represent(renderPage(rendered), HTML, 404));
    return represent(renderPage(page), HTML, page.status ?? 200);
  });
}
