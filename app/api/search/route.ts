import { createHash } from 'node:crypto';
import type { NextRequest } from 'next/server';
import { CatalogueCache } from '@/lib/catalogue/cache';
import { getSnapshot } from '@/lib/catalogue/snapshot';
import { chinaToday } from '@/lib/dates';
import { exportRows } from '@/lib/export';
import { escapeHtml } from '@/lib/html/escape';
import { invalidParamsResponse } from '@/lib/search/http';
import { parseSearchParams, searchQueryString } from '@/lib/search/params';
import { siteUrl } from '@/lib/site';

type Answer = { body: string; etag: string };

/**
 * Answers kept per search (its canonical query string), for the catalogue version and the day in
 * China they were computed for: the 500 most recent, 16 MB at most.
 */
const answers = new CatalogueCache<Answer>({ maxEntries: 500, maxBytes: 16 * 1024 * 1024, size: (a) => a.body.length * 2 });

/**
 * GET /api/search: the search page's parameters, as JSON. Invalid values answer 400 naming each
 * parameter and why; unknown parameter names are ignored. Answers carry an ETag, so a client can
 * revalidate without the body.
 */
export async function GET(request: NextRequest) {
  const snapshot = await getSnapshot();
  const today = chinaToday();
  const { filters, problems } = parseSearchParams(request.nextUrl.searchParams, snapshot.known);
  if (problems.length) return invalidParamsResponse(problems);
  const found = answers.get(`${snapshot.version}|${today}`, `${searchQueryString(filters, { page: filters.page })}`, () => {
    const result = snapshot.engine.search(filters, today);
    const body = JSON.stringify({
      total: result.total,
      page: filters.page,
      per: result.per,
      // The export's row (one shape for every listing of entries), with the summary and the snippet.
      results: exportRows(result.hits, snapshot, siteUrl()).map(({ trial: _trial, topics: _topics, ...row }, i) => ({
        ...row,
        summary: result.hits[i]!.doc.summary,
        snippet: result.hits[i]!.snippet.map((p) => (p.mark ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join(''),
      })),
      facets: result.facets,
    });
    return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
  });
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
