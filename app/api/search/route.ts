import { createHash } from 'node:crypto';
import type { NextRequest } from 'next/server';
import { versioned } from '@/lib/catalogue/memo';
import { exportRows } from '@/lib/export';
import { escapeHtml } from '@/lib/html';
import { invalidParamsResponse } from '@/lib/search/http';
import type { ParamProblem } from '@/lib/search/params';
import { search } from '@/lib/search/service';
import { siteUrl } from '@/lib/site';

/**
 * The answer to one query string: the JSON body with its ETag, or the parameters' problems. It
 * depends only on the catalogue and today's date in China (statuses), so it is kept until the
 * next content load, for the 500 most recent query strings.
 */
const answer = versioned(
  'api/search',
  async (query: string): Promise<{ problems: ParamProblem[] } | { body: string; etag: string }> => {
    const { filters, problems, result, engine } = await search(new URLSearchParams(query));
    if (problems.length) return { problems };
    const body = JSON.stringify({
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
    return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
  },
  500,
);

/**
 * GET /api/search: the search page's parameters, as JSON. Invalid values answer 400 naming each
 * parameter and why; unknown parameter names are ignored. Answers carry an ETag, so a client can
 * revalidate without the body.
 */
export async function GET(request: NextRequest) {
  const found = await answer(request.nextUrl.search);
  if ('problems' in found) return invalidParamsResponse(found.problems);
  const headers = {
    'Content-Type': 'application/json',
    ETag: found.etag,
    // Shared caches may keep it briefly; after that, revalidate (a content load changes the ETag).
    'Cache-Control': 'public, max-age=60, must-revalidate',
  };
  const known = (request.headers.get('if-none-match') ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (known.includes(found.etag)) return new Response(null, { status: 304, headers });
  return new Response(found.body, { headers });
}
