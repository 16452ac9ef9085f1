import type { NextRequest } from 'next/server';
import { ActivityChart } from '@/components/activity-chart';
import { SubscribeLink } from '@/components/calendar/subscribe-link';
import { EmailLink } from '@/components/subscribe/email-link';
import { EntryListing } from '@/components/entry-listing';
import { activityOf } from '@/lib/activity';
import type { AuthorityDetail } from '@/lib/catalogue/types';
import { getAuthorityDetail } from '@/lib/catalogue/views';
import { AUTHORITY_LEVELS } from '@/lib/constants';
import { notFoundPage, servePage } from '@/lib/html/page';
import { atomFeed } from '@/lib/metadata';
import { paths } from '@/lib/site';

type Context = { params: Promise<{ id: string }> };

/** One issuing authority: its names, offices, activity and newest entries (with its local offices'). */
export async function GET(request: NextRequest, { params }: Context) {
  const { id } = await params;
  return servePage(request, async ({ snapshot, today }) => {
    const a = await getAuthorityDetail(snapshot, id, today);
    if (!a) return notFoundPage();
    const name = a.abbr ? `${a.name} (${a.abbr})` : a.name;
    return {
      meta: {
        title: name,
        description: `${name}${a.nameZh ? ` (${a.nameZh})` : ''}: its regulations, standards, enforcement actions and judgments in the China TMT Digest (${a.total} ${a.total === 1 ? 'entry' : 'entries'}).`,
        path: paths.authority(a.id),
        section: 'authorities',
        alternates: [atomFeed(paths.authorityFeed(a.id), `${name}: newest entries`)],
      },
      body: <AuthorityPage authority={a} />,
    };
  });
}

function AuthorityPage({ authority }: { authority: AuthorityDetail }) {
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
        {authority.parentRef && (
          <>
            <dt>Local office of</dt>
            <dd>
              <a href={paths.authority(authority.parentRef.id)}>{authority.parentRef.name}</a>
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
                    <a href={paths.authority(o.id)}>{o.name}</a>
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
        <a href={paths.searchByIssuer(authority.id)}>Search within its entries</a>
        <span aria-hidden="true"> · </span>
        <a href={paths.authorityFeed(authority.id)} type="application/atom+xml">
          Follow its new entries (Atom feed)
        </a>
        <span aria-hidden="true"> · </span>
        <EmailLink query={`issuer=${encodeURIComponent(authority.id)}&local=1`}>Email me its new entries</EmailLink>
      </p>
      <SubscribeLink query={`issuer=${encodeURIComponent(authority.id)}&local=1`} />

      <section className="entry-section" aria-labelledby="activity">
        <h2 id="activity">Activity</h2>
        {authority.total === 0 ? (
          <p>No published entries yet.</p>
        ) : (
          <ActivityChart activity={activityOf(authority.issuedDates)} id="activity-chart" />
        )}
      </section>

      {authority.total > 0 && (
        <EntryListing
          entries={authority.entries}
          total={authority.total}
          what={hasOffices ? ', including those of its local offices' : ''}
          all={`/search?${new URLSearchParams(hasOffices ? { issuer: authority.id, local: '1' } : { issuer: authority.id })}`}
          note={(entry) => (entry.viaOffice ? 'From a local office' : undefined)}
        />
      )}
    </div>
  );
}
