import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActivityChart } from '@/components/activity-chart';
import { EntryListing } from '@/components/entry-listing';
import { activityOf } from '@/lib/activity';
import { getTopic } from '@/lib/catalogue/queries';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/site';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const topic = await getTopic(id);
  if (!topic) return { title: 'Page not found' };
  return pageMetadata({
    title: topic.label,
    description: `${topic.label}${topic.labelZh ? ` (${topic.labelZh})` : ''}: China's regulations, standards, enforcement actions and judgments on it in the China TMT Digest (${topic.entries.length} ${topic.entries.length === 1 ? 'entry' : 'entries'}).`,
    path: paths.topic(topic.id),
    feeds: [{ url: paths.topicFeed(topic.id), title: `${topic.label}: newest entries` }],
  });
}

export default async function TopicPage({ params }: Props) {
  const { id } = await params;
  const topic = await getTopic(id);
  if (!topic) notFound();
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
        <Link href={paths.searchByTopic(topic.id)}>Search within this topic</Link>
        <span aria-hidden="true"> · </span>
        <a href={paths.topicFeed(topic.id)} type="application/atom+xml">
          Follow its new entries (Atom feed)
        </a>
      </p>

      <section className="entry-section" aria-labelledby="activity">
        <h2 id="activity">Activity</h2>
        {topic.entries.length === 0 ? (
          <p>No published entries on this topic yet.</p>
        ) : (
          <ActivityChart activity={activityOf(topic.entries.map((e) => e.issued))} id="activity-chart" />
        )}
      </section>

      {topic.entries.length > 0 && <EntryListing entries={topic.entries} what="" all={paths.searchByTopic(topic.id)} />}
    </div>
  );
}
