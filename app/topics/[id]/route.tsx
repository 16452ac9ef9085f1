import type { NextRequest } from 'next/server';
import { ActivityChart } from '@/components/activity-chart';
import { EntryListing } from '@/components/entry-listing';
import { EmailLink } from '@/components/subscribe/email-link';
import { activityOf } from '@/lib/activity';
import type { TopicDetail } from '@/lib/catalogue/types';
import { getTopicDetail } from '@/lib/catalogue/views';
import { notFoundPage, servePage } from '@/lib/html/page';
import { atomFeed } from '@/lib/metadata';
import { paths } from '@/lib/site';

type Context = { params: Promise<{ id: string }> };

/** One topic: its activity and newest entries. */
export async function GET(request: NextRequest, { params }: Context) {
  const { id } = await params;
  return servePage(request, ({ snapshot, today }) => {
    const topic = getTopicDetail(snapshot, id, today);
    if (!topic) return notFoundPage();
    const n = topic.entryCount;
    return {
      meta: {
        title: topic.label,
        description: `${topic.label}${topic.labelZh ? ` (${topic.labelZh})` : ''}: China's regulations, standards, enforcement actions and judgments on it in the China TMT Digest (${n} ${n === 1 ? 'entry' : 'entries'}).`,
        path: paths.topic(topic.id),
        section: 'topics',
        alternates: [atomFeed(paths.topicFeed(topic.id), `${topic.label}: newest entries`)],
      },
      body: <TopicPage topic={topic} />,
    };
  });
}

function TopicPage({ topic }: { topic: TopicDetail }) {
  return (
    <div className="topic">
      <header className="page-header">
        <p className="eyebrow">Topic</p>
        <h1>{topic.label}</h1>
        {topic.labelZh && (
          <p className="entry-zh" lang="zh-CN">
            {topic.labelZh}
          </p>
        )}
      </header>

      <p className="follow">
        <a href={paths.searchByTopic(topic.id)}>Search within this topic</a>
        <span aria-hidden="true"> · </span>
        <a href={paths.topicFeed(topic.id)} type="application/atom+xml">
          Follow its new entries (Atom feed)
        </a>
        <span aria-hidden="true"> · </span>
        <EmailLink query={`topic=${encodeURIComponent(topic.id)}`}>Email me its new entries</EmailLink>
      </p>

      <section className="entry-section" aria-labelledby="activity">
        <h2 id="activity">Activity</h2>
        {topic.entryCount === 0 ? (
          <p>No published entries on this topic yet.</p>
        ) : (
          <ActivityChart activity={activityOf(topic.issuedDates)} id="activity-chart" />
        )}
      </section>

      {topic.entryCount > 0 && <EntryListing entries={topic.entries} total={topic.entryCount} what="" all={paths.searchByTopic(topic.id)} />}
    </div>
  );
}
