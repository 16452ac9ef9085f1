import type { NextRequest } from 'next/server';
import { assetResponse, siteAssets } from '@/lib/html/assets';

/** The site's one script (lib/html/site.js). */
export function GET(request: NextRequest) {
  return assetResponse(request, siteAssets().js);
}
