import type { NextRequest } from 'next/server';
import { assetResponse, siteAssets } from '@/lib/html/assets';

/** The site's stylesheet, bundled from the CSS files of app/ and components/ (lib/html/assets.ts). */
export function GET(request: NextRequest) {
  return assetResponse(request, siteAssets().css);
}
