import 'server-only';
import type { NextRequest } from 'next/server';
import type { Asset } from './assets';

/**
 * Serves the stylesheet or the script. Linked with its content hash (`?v=`), it may be kept for a
 * year: a change makes a new URL. Without the current hash it must be revalidated (ETag).
 */
export function assetResponse(request: NextRequest, asset: Asset, contentType: string): Response {
  const etag = `"${asset.hash}"`;
  const current = request.nextUrl.searchParams.get('v') === asset.hash;
  const headers = {
    'Content-Type': contentType,
    ETag: etag,
    'Cache-Control': current ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
  };
  if ((request.headers.get('if-none-match') ?? '').split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) return new Response(null, { status: 304, headers });
  return new Response(asset.body, { headers });
}
