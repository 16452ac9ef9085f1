import type { NextRequest } from 'next/server';
import type { TopicSummary } from '@/lib/catalogue/types';
import { getTopicSummaries } from '@/lib/catalogue/views';
import { servePage } from '@/lib/html/page';
import { paths } from '@/lib/site';

/** The topic vocabulary, with the number of entries on each. */
export function GET(request: NextRequest) {
  return servePage(request, ({ snapshot }) => ({
    meta: { title: 'Topics', description: 'The subjects the digest follows, from personal information and cross-border data to AI and online content.', path: '/topics', section: 'topics' },
    body: <TopicDirectory topics={getTopicSummaries(snapshot)} />,
  }));
}

function TopicDirectory({ topics }: { topics: TopicSummary[] }) {
  const covered = topics.filter((t) => t.entryCount > 0);
  const rest = topics.filter((t) => t.entryCount === 0);
  return (
    <div className="listing">
      <header className="page-header">
        <p className="eyebrow">Browse</p>
        <h1>Topics</h1>
        <p className="page-intro">The subjects the digest follows, with the number of entries on each.</p>
      </header>
      <section className="group" aria-labelledby="covered">
        <h2 id="covered">Topics with entries</h2>
        <ul className="directory columns">
          {covered.map((t) => (
            <li key={t.id}>
              <span className="directory-main">
                <a href={paths.topic(t.id)} className="directory-name">
                  {t.label}
                </a>
              </span>
              {t.labelZh && (
                <span className="directory-zh" lang="zh-CN">
                  {t.labelZh}
                </span>
              )}
              <span className="count">
                {t.entryCount} {t.entryCount === 1 ? 'entry' : 'entries'}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {rest.length > 0 && (
        <section className="group" aria-labelledby="waiting">
          <h2 id="waiting">Also followed, no entries yet</h2>
          <ul className="inline-list quiet-topics">
            {rest.map((t) => (
              <li key={t.id}>
                <a href={paths.topic(t.id)}>{t.label}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
