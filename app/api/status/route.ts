import { getSnapshot } from '@/lib/catalogue/snapshot';

// Read at run time: it says which catalogue this instance serves now.
export const dynamic = 'force-dynamic';

/**
 * GET /api/status: the catalogue this instance serves (its version changes with every content
 * load) and how many published entries it holds. Never kept by any cache: `npm run publish` polls
 * each instance with it until the new version is served.
 */
export async function GET() {
  const snapshot = await getSnapshot();
  const body = { version: snapshot.version, loadedAt: snapshot.loadedAt.toISOString(), entries: snapshot.entries.length, editions: snapshot.editions.length };
  return Response.json(body, { headers: { 'Cache-Control': 'no-store' } });
}
