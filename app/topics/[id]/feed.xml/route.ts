import type { NextRequest } from 'next/server';
import { getFeedEntries } from '@/lib/catalogue/views';
import { SITE_NAME } from '@/lib/constants';
import { atom, buildAtomFeed, feedNotFound } from '@/lib/feeds';
import { serve } from '@/lib/html/serve';
import { paths } from '@/lib/site';

/** One topic's newest entries. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return serve(request, ({ snapshot, today }) => {
    const topic = snapshot.topic(id);
    if (!topic) return feedNotFound('topic');
    return atom(
      buildAtomFeed({
        selfPath: paths.topicFeed(id),
        alternatePath: paths.topic(id),
        title: `${SITE_NAME}: ${topic.label}`,
        subtitle: `New entries on ${topic.label}.`,
        entries: getFeedEntries(snapshot, { topic: id }, today),
        fallbackUpdated: snapshot.loadedAt,
      }),
    );
  });
}
