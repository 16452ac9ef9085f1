import type { NextRequest } from 'next/server';
import { exportRows, toCsv } from '@/lib/export';
import { siteUrl } from '@/lib/site';
import { invalidParamsResponse } from '@/lib/search/http';
import { matchAll } from '@/lib/search/service';

/** GET /search/export.csv?<a search's parameters>: every result of that search (all pages), as CSV. */
export async function GET(request: NextRequest) {
  const { problems, matches, engine } = await matchAll(request.nextUrl.searchParams);
  if (problems.length) return invalidParamsResponse(problems);
  return new Response(toCsv(exportRows(matches, engine, siteUrl())), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': 'attachment; filename="tmt-digest-search.csv"',
    },
  });
}
