import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActivityChart } from '@/components/activity-chart';
import { EntryListing } from '@/components/entry-listing';
import { activityOf } from '@/lib/activity';
import { getAuthority } from '@/lib/catalogue/queries';
import { AUTHORITY_LEVELS } from '@/lib/constants';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/site';
import { SubscribeLink } from '@/components/calendar/subscribe-link';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const a = await getAuthority(id);
  if (!a) return { title: 'Page not found' };
  const name = a.abbr ? `${a.name} (${a.abbr})` : a.name;
  return pageMetadata({
    title: name,
    description: `${name}${a.nameZh ? ` (${a.nameZh})` : ''}: its regulations, standards, enforcement actions and judgments in the China TMT Digest (${a.entries.length} ${a.entries.length === 1 ? 'entry' : 'entries'}).`,
    path: paths.authority(a.id),
    feeds: [{ url: paths.authorityFeed(a.id), title: `${name}: newest entries` }],
  });
}

export default async function AuthorityPage({ params }: Props) {
  const { id } = await params;
  const authority = await getAuthority(id);
  if (!authority) notFound();
  const level = AUTHORITY_LEVELS.find((l) => l.id === authority.level)?.label;
  const hasOffices = authority.offices.length > 0;
  return (
    <div className="authority">
      <header className="page-header">
        <p className="eyebrow">
          Issuing authority{level ? ` · ${level}` : ''}
          {authority.region ? ` · ${authority.region}` : ''}
        </p>
        <h1>
          {authority.name}
          {authority.abbr && <span className="abbr"> ({authority.abbr})</span>}
        </h1>
        {authority.nameZh && (
          <p className="entry-zh" lang="zh-CN">
            {authority.nameZh}
          </p>
        )}
      </header>

      <dl className="facts">
        {authority.aliases.length > 0 && (
          <>
            <dt>Also known as</dt>
            <dd>
              <ul className="inline-list aliases">
                {authority.aliases.map((alias) => (
                  <li key={alias} lang={/[\u3400-\u9fff]/.test(alias) ? 'zh-CN' : undefined}>
                    {alias}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {authority.parent && (
          <>
            <dt>Local office of</dt>
            <dd>
              <Link href={paths.authority(authority.parent.id)}>{authority.parent.name}</Link>
            </dd>
          </>
        )}
        {hasOffices && (
          <>
            <dt>Local offices</dt>
            <dd>
              <ul className="inline-list">
                {authority.offices.map((o) => (
                  <li key={o.id}>
                    <Link href={paths.authority(o.id)}>{o.name}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {authority.url && (
          <>
            <dt>Official site</dt>
            <dd>
              <a href={authority.url} rel="external noopener noreferrer">
                {new URL(authority.url).hostname}
              </a>
            </dd>
          </>
        )}
      </dl>

      {authority.bodyHtml && <div className="prose" dangerouslySetInnerHTML={{ __html: authority.bodyHtml }} />}

      <p className="follow">
        <Link href={paths.searchByIssuer(authority.id)}>Search within its entries</Link>
        <span aria-hidden="true"> · </span>
        <a href={paths.authorityFeed(authority.id)} type="application/atom+xml">
          Follow its new entries (Atom feed)
        </a>
      </p>
      <SubscribeLink query={`issuer=${encodeURIComponent(authority.id)}&local=1`} />

      <section className="entry-section" aria-labelledby="activity">
        <h2 id="activity">Activity</h2>
        {authority.entries.length === 0 ? (
          <p>No published entries yet.</p>
        ) : (
          <ActivityChart activity={activityOf(authority.entries.map((e) => e.issued))} id="activity-chart" />
        )}
      </section>

      {authority.entries.length > 0 && (
        <EntryListing
          entries={authority.entries}
          what={hasOffices ? ', including those of its local offices' : ''}
          all={`/search?${new URLSearchParams(hasOffices ? { issuer: authority.id, local: '1' } : { issuer: authority.id })}`}
          note={(entry) => (entry.viaOffice ? 'From a local office' : undefined)}
        />
      )}
    </div>
  );
}
