import type { NextRequest } from 'next/server';
import NotFound from '@/app/not-found';
import { EntryView, entryPageMeta } from '@/components/entry-view';
import { StaticDocument } from '@/components/static-document';
import { layoutStylesheets } from '@/lib/build-assets';
import { getEntry, getEntryAliasTarget } from '@/lib/catalogue/queries';
import { SITE_DESCRIPTION } from '@/lib/metadata';
import { renderDocument } from '@/lib/plain-html';
import { paths } from '@/lib/site';

// An entry's permalink, the page a shared link opens, often on a phone: served as plain HTML with
// no React or Next.js client runtime (about 140 kB of gzipped JavaScript it does not need), only
// a tiny inline script for its Copy and Print buttons (components/share-tools.tsx). Rendered per
// request from the catalogue like every page (a content load shows without a rebuild), in the
// root layout's chrome and stylesheets. HEAD is answered from GET by Next.js.
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

// As Next.js sends its dynamic pages: each response carries its own CSP nonce.
const NO_STORE = 'private, no-cache, no-store, max-age=0, must-revalidate';

export async function GET(request: NextRequest, { params }: Context) {
  const { slug } = await params;
  // A soft navigation or prefetch from an App Router page asks for an RSC payload. Anything else
  // makes the client router load the page in full, so answer at once, without rendering it.
  if (request.headers.get('rsc') === '1') return new Response(null, { status: 204, headers: { 'Cache-Control': NO_STORE, Vary: 'RSC' } });

  const nonce = request.headers.get('x-nonce') ?? undefined;
  const stylesheets = layoutStylesheets();
  const entry = await getEntry(slug);
  if (entry) {
    const html = await renderDocument(
      <StaticDocument {...entryPageMeta(entry)} stylesheets={stylesheets} nonce={nonce}>
        <EntryView entry={entry} nonce={nonce} />
      </StaticDocument>,
    );
    return htmlResponse(html, 200);
  }
  // A former slug: a permanent redirect to the canonical URL.
  const target = await getEntryAliasTarget(slug);
  if (target) return new Response(null, { status: 308, headers: { Location: paths.entry(target), 'Cache-Control': NO_STORE } });
  const html = await renderDocument(
    <StaticDocument title="Page not found" description={SITE_DESCRIPTION} noindex stylesheets={stylesheets} nonce={nonce}>
      <NotFound />
    </StaticDocument>,
  );
  return htmlResponse(html, 404);
}

function htmlResponse(html: string, status: number): Response {
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': NO_STORE } });
}
