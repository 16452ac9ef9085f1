import type { NextRequest } from 'next/server';
import { siteAssets } from '@/lib/html/assets';
import { assetResponse } from '@/lib/html/asset-response';

/** The site's one script (lib/html/site.js). */
export function GET(request: NextRequest) {
  return assetResponse(request, siteAssets().js, 'text/javascript; charset=utf-8');
}
