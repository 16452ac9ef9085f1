import type { NextRequest } from 'next/server';
import { exportFileName, exportRows, toCsv } from '@/lib/export';
import { represent, serve } from '@/lib/html/serve';
import { invalidParamsResponse } from '@/lib/search/http';
import { matchAll } from '@/lib/search/service';
import { siteUrl } from '@/lib/site';

/** GET /search/export.csv?<a search's parameters>: every result of that search (all pages), as CSV, named after the search and the day. */
export function GET(request: NextRequest) {
  return serve(request, ({ snapshot, today }) => {
    const { problems, matches, filters } = matchAll(snapshot, request.nextUrl.searchParams, today);
    if (problems.length) return invalidParamsResponse(problems);
    return represent(toCsv(exportRows(matches, snapshot, siteUrl(), today)), 'text/csv; charset=utf-8; header=present', 200, {
      'Content-Disposition': `attachment; filename="${exportFileName(filters, today, 'csv')}"`,
    });
  });
}
