import type { NextRequest } from 'next/server';
import { exportFileName, exportRows } from '@/lib/export';
import { represent, serve } from '@/lib/html/serve';
import { invalidParamsResponse } from '@/lib/search/http';
import { matchAll } from '@/lib/search/service';
import { siteUrl } from '@/lib/site';

/**
 * GET /search/export.json?<a search's parameters>: every result of that search (all pages), as JSON,
 * named after the search and the day. Ids as in the API (category, status), issuers and topics as
 * objects; `today` (and each row's `status_as_of`) is the day statuses are derived for.
 */
export function GET(request: NextRequest) {
  return serve(request, ({ snapshot, today }) => {
    const { problems, matches, filters } = matchAll(snapshot, request.nextUrl.searchParams, today);
    if (problems.length) return invalidParamsResponse(problems);
    const results = exportRows(matches, snapshot, siteUrl(), today);
    return represent(JSON.stringify({ total: results.length, today, results }, null, 2), 'application/json; charset=utf-8', 200, {
      'Content-Disposition': `attachment; filename="${exportFileName(filters, today, 'json')}"`,
    });
  });
}
