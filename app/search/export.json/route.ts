import type { NextRequest } from 'next/server';
import { getSnapshot } from '@/lib/catalogue/snapshot';
import { chinaToday } from '@/lib/dates';
import { exportRows } from '@/lib/export';
import { siteUrl } from '@/lib/site';
import { invalidParamsResponse } from '@/lib/search/http';
import { matchAll } from '@/lib/search/service';

/**
 * GET /search/export.json?<a search's parameters>: every result of that search (all pages), as JSON.
 * Ids as in the API (category, status), issuers and topics as objects; `today` is the day statuses are derived for.
 */
export async function GET(request: NextRequest) {
  const today = chinaToday();
  const snapshot = await getSnapshot();
  const { problems, matches } = matchAll(snapshot, request.nextUrl.searchParams, today);
  if (problems.length) return invalidParamsResponse(problems);
  const results = exportRows(matches, snapshot, siteUrl());
  return new Response(JSON.stringify({ total: results.length, today, results }, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="tmt-digest-search.json"',
    },
  });
}
