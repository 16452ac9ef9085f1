import type { NextRequest } from 'next/server';
import { notFoundPage, servePage } from '@/lib/html/page';

/** Any address no other route answers: the 404 page, in the site's chrome. */
export function GET(request: NextRequest) {
  return servePage(request, () => notFoundPage());
}
