import { NextResponse, type NextRequest } from 'next/server';
import { escapeHtml } from '@/lib/html';
import { invalidParamsResponse } from '@/lib/search/http';
import { search } from '@/lib/search/service';
import { absoluteUrl, paths } from '@/lib/site';

/**
 * GET /api/search: the search page's parameters, as JSON. Invalid values answer 400 naming each
 * parameter and why; unknown parameter names are ignored.
 */
export async function GET(request: NextRequest) {
  const { filters, problems, result, engine } = await search(request.nextUrl.searchParams);
  if (problems.length) return invalidParamsResponse(problems);
  return NextResponse.json({
    total: result.total,
    page: filters.page,
    per: result.per,
    results: result.hits.map(({ doc, status, snippet }) => ({
      slug: doc.slug,
      url: absoluteUrl(paths.entry(doc.slug)),
      title: doc.title,
      short: doc.short,
      title_zh: doc.titleZh,
      category: doc.category,
      issuers: doc.issuers.map((id) => {
        const a = engine.authority(id);
        return { id, name: a?.name ?? id, abbr: a?.abbr ?? null };
      }),
      issued: doc.issued,
      effective: doc.effective,
      status,
      summary: doc.summary,
      snippet: snippet.map((p) => (p.mark ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join(''),
    })),
    facets: result.facets,
  });
}
