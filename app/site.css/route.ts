import type { NextRequest } from 'next/server';
import { siteAssets } from '@/lib/html/assets';
import { assetResponse } from '@/lib/html/asset-response';

/** The site's stylesheet, bundled from the CSS files of app/ and components/ (lib/html/assets.ts). */
export function GET(request: NextRequest) {
  return assetResponse(request, siteAssets().css, 'text/css; charset=utf-8');
}
