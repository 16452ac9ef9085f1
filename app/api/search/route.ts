import type { NextRequest } from 'next/server';
import { exportRows } from '@/lib/export';
import { escapeHtml } from '@/lib/html/escape';
import { represent, serve } from '@/lib/html/serve';
import { invalidParamsResponse } from '@/lib/search/http';
import { parseSearchParams } from '@/lib/search/params';
import { siteUrl } from '@/lib/site';

/**
 * GET /api/search: the search page's parameters, as JSON. Invalid values answer 400 naming each
 * parameter and why; unknown parameter names are ignored. Answers are kept per catalogue version
 * and day, and carry an ETag, so a client can revalidate without the body (lib/html/serve.ts).
 */
export function GET(request: NextRequest) {
  return serve(request, ({ snapshot, today }) => {
    const { filters, problems } = parseSearchParams(request.nextUrl.searchParams, snapshot.known, today);
    if (problems.length) return invalidParamsResponse(problems);
    const result = snapshot.engine.search(filters, today);
    const body = JSON.stringify({
      total: result.total,
      page: filters.page,
      per: result.per,
      // "all": every result matches every term; "any": none did, so these match any (docs/search.md).
      match: result.match,
      // Terms the glossary added to the query.
      also: result.also,
      // The export's row (one shape for every listing of entries), with the summary and the snippet;
      // the columns the exports gained for people reading a file (issue 16) are left out of the API.
      results: exportRows(result.hits, snapshot, siteUrl(), today).map((row, i) => {
        const { trial: _t, topics: _p, doc_number: _d, comment_deadline: _c, repealed: _r, status_as_of: _a, official_source: _o, ...kept } = row;
        return {
          ...kept,
          summary: result.hits[i]!.doc.summary,
          snippet: result.hits[i]!.snippet.map((p) => (p.mark ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join(''),
        };
      }),
      facets: result.facets,
      // For each filter group with values chosen: the entries each other value would add.
      widen: result.widen,
    });
    return represent(body, 'application/json');
  });
}
