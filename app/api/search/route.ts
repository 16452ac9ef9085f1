import type { NextRequest } from 'next/server';
import { exportRows } from '@/lib/export';
import { escapeHtml } from '@/lib/html';
import { invalidParamsResponse } from '@/lib/search/http';
import { cachedBody } from '@/lib/search/response-cache';
import { search } from '@/lib/search/service';
import { siteUrl } from '@/lib/site';

/**
 * GET /api/search: the search page's parameters, as JSON. Invalid values answer 400 naming each
 * parameter and why; unknown parameter names are ignored.
 *
 * The same parameters give the same answer until the next content load (or the next day in China,
 * since statuses follow the date): answers are kept per catalogue version, and carry an ETag so a
 * client can revalidate without the body.
 */
export async function GET(request: NextRequest) {
  let problems = null as Awaited<ReturnType<typeof search>>['problems'] | null;
  const cached = await cachedBody(request.nextUrl.search, async () => {
    const outcome = await search(request.nextUrl.searchParams);
    if (outcome.problems.length) {
      problems = outcome.problems;
      return null;
    }
    const { filters, result, engine } = outcome;
    return JSON.stringify({
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
  });
  if (!cached) return invalidParamsResponse(problems ?? []);
  const headers = {
    'Content-Type': 'application/json',
    ETag: cached.etag,
    // Shared caches may keep it briefly; after that, revalidate (a content load changes the ETag).
    'Cache-Control': 'public, max-age=60, must-revalidate',
  };
  const known = (request.headers.get('if-none-match') ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (known.includes(cached.etag)) return new Response(null, { status: 304, headers });
  return new Response(cached.body, { headers });
}
