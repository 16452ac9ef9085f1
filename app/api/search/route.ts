import { NextResponse, type NextRequest } from 'next/server';
import { escapeHtml } from '@/lib/html';
import { invalidParamsResponse } from '@/lib/search/http';
import { search } from '@/lib/search/service';
import { siteUrl } from '@/lib/site';
import { exportRows } from '@/lib/export';

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
    // The export's row (one shape for every listing of entries), with the summary and the snippet.
    results: exportRows(result.hits, engine, siteUrl()).map(({ trial: _trial, topics: _topics, ...row }, i) => ({
      ...row,
      summary: result.hits[i]!.doc.summary,
      snippet: result.hits[i]!.snippet.map((p) => (p.mark ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join(''),
    })),
    facets: result.facets,
  });
}
