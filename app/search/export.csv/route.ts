import type { NextRequest } from 'next/server';
import { getSnapshot } from '@/lib/catalogue/snapshot';
import { chinaToday } from '@/lib/dates';
import { exportRows, toCsv } from '@/lib/export';
import { invalidParamsResponse } from '@/lib/search/http';
import { matchAll } from '@/lib/search/service';
import { siteUrl } from '@/lib/site';

/** GET /search/export.csv?<a search's parameters>: every result of that search (all pages), as CSV. */
export async function GET(request: NextRequest) {
  const snapshot = await getSnapshot();
  const { problems, matches } = matchAll(snapshot, request.nextUrl.searchParams, chinaToday());
  if (problems.length) return invalidParamsResponse(problems);
  return new Response(toCsv(exportRows(matches, snapshot, siteUrl())), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': 'attachment; filename="tmt-digest-search.csv"',
    },
  });
}
