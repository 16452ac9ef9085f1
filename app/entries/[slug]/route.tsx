import type { NextRequest } from 'next/server';
import { EntryView, entryPageMeta } from '@/components/entry-view';
import { getEntryDetail } from '@/lib/catalogue/views';
import { notFoundPage, servePage } from '@/lib/html/page';
import { paths } from '@/lib/site';

type Context = { params: Promise<{ slug: string }> };

/**
 * An entry's permalink, the page a shared link opens, often on a phone: complete without
 * JavaScript, printable, citable. A former slug (alias) redirects here for good.
 */
export async function GET(request: NextRequest, { params }: Context) {
  const { slug } = await params;
  return servePage(request, async ({ snapshot, today }) => {
    const entry = await getEntryDetail(snapshot, slug, today);
    if (entry) return { meta: entryPageMeta(entry), body: <EntryView entry={entry} today={today} /> };
    const target = snapshot.aliasTarget(slug);
    if (target) return new Response(null, { status: 308, headers: { Location: paths.entry(target) } });
    return notFoundPage();
  });
}
