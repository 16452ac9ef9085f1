import type { NextRequest } from 'next/server';
import type { ReactNode } from 'react';
import { EntryCard } from '@/components/entry-card';
import { ExportLinks } from '@/components/search/export-links';
import { EmailLink } from '@/components/subscribe/email-link';
import { ParamNotice } from '@/components/search/param-notice';
import { SearchForm } from '@/components/search/search-form';
import { cardOf } from '@/lib/catalogue/views';
import { CATEGORIES, STATUSES, categoryLabel, type StatusId } from '@/lib/constants';
import { formatDate } from '@/lib/dates';
import { servePage } from '@/lib/html/page';
import { atomFeed } from '@/lib/metadata';
import { searchQueryString, toggleValue } from '@/lib/search/params';
import { search, type SearchOutcome } from '@/lib/search/service';
import type { SearchFilters } from '@/lib/search/types';
import { statusLabel } from '@/lib/status';

/** The search page: the query box, active filters, facets, results and the ways to take them away. */
export function GET(request: NextRequest) {
  return servePage(request, ({ snapshot, today }) => {
    const outcome = search(snapshot, request.nextUrl.searchParams, today);
    const { filters } = outcome;
    const qs = searchQueryString(filters);
    return {
      meta: {
        title: filters.q ? `Search: ${filters.q.slice(0, 80)}` : 'Search',
        description: 'Search China technology, media and telecom regulation by words, authority, topic, status and date.',
        robots: 'noindex, follow',
        siteFeed: false,
        alternates: [atomFeed(`/search/feed.xml${qs ? `?${qs}` : ''}`, 'New entries matching this search')],
      },
      body: <SearchPage outcome={outcome} today={today} />,
    };
  });
}

const href = (qs: string) => (qs ? `/search?${qs}` : '/search');

/** The search's filters alone (no sort or page), for an email alert; empty for an unfiltered search. */
const alertQuery = (filters: SearchFilters) => searchQueryString({ ...filters, sort: filters.q ? 'relevance' : 'newest', page: 1 });

function SearchPage({ outcome, today }: { outcome: SearchOutcome; today: string }) {
  const { filters, problems, result, snapshot } = outcome;
  const issuerName = (id: string) => snapshot.authority(id)?.abbr ?? snapshot.authority(id)?.name ?? id;
  const topicLabel = (id: string) => snapshot.topic(id)?.label ?? id;

  const active: { label: string; remove: string }[] = [
    ...(filters.q ? [{ label: `“${filters.q}”`, remove: searchQueryString(filters, { q: '' }) }] : []),
    ...filters.issuer.map((id) => ({ label: `Issuer: ${issuerName(id)}`, remove: toggleValue(filters, 'issuer', id) })),
    ...filters.category.map((id) => ({ label: categoryLabel(id), remove: toggleValue(filters, 'category', id) })),
    ...filters.topic.map((id) => ({ label: `Topic: ${topicLabel(id)}`, remove: toggleValue(filters, 'topic', id) })),
    ...filters.status.map((id) => ({ label: statusLabel(id), remove: toggleValue(filters, 'status', id) })),
    ...filters.jurisdiction.map((j) => ({ label: `Jurisdiction: ${j}`, remove: toggleValue(filters, 'jurisdiction', j) })),
    ...filters.edition.map((e) => ({ label: `Edition: ${e}`, remove: toggleValue(filters, 'edition', e) })),
    ...(filters.from || filters.to
      ? [
          {
            label: `Issued ${filters.from ? `from ${formatDate(filters.from)}` : ''}${filters.from && filters.to ? ' ' : ''}${filters.to ? `to ${formatDate(filters.to)}` : ''}`,
            remove: searchQueryString(filters, { from: null, to: null }),
          },
        ]
      : []),
  ];

  const hidden: [string, string][] = [
    ...filters.issuer.map((v): [string, string] => ['issuer', v]),
    ...(filters.local && filters.issuer.length ? [['local', '1'] as [string, string]] : []),
    ...filters.category.map((v): [string, string] => ['category', v]),
    ...filters.topic.map((v): [string, string] => ['topic', v]),
    ...filters.status.map((v): [string, string] => ['status', v]),
    ...filters.jurisdiction.map((v): [string, string] => ['jurisdiction', v]),
    ...filters.edition.map((v): [string, string] => ['edition', v]),
  ];

  const { facets } = result;
  const issuerFacet = Object.entries(facets.issuer)
    .filter(([id, n]) => n > 0 || filters.issuer.includes(id))
    .sort((a, b) => b[1] - a[1] || issuerName(a[0]).localeCompare(issuerName(b[0])))
    .slice(0, 20);
  for (const id of filters.issuer) if (!issuerFacet.some(([x]) => x === id)) issuerFacet.push([id, 0]);
  const topicFacet = Object.entries(facets.topic).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 20);
  for (const id of filters.topic) if (!topicFacet.some(([x]) => x === id)) topicFacet.push([id, 0]);
  const years = Object.entries(facets.year).sort((a, b) => b[0].localeCompare(a[0]));
  const first = (result.page - 1) * result.per + 1;

  return (
    <div className="search-page">
      <h1>Search the digest</h1>
      <SearchForm q={filters.q} from={filters.from} to={filters.to} sort={filters.sort} hidden={hidden} live="search-live" />

      <div id="search-live">
      <ParamNotice problems={problems} />

      {active.length > 0 && (
        <ul className="active-filters" aria-label="Active filters">
          {active.map((a) => (
            <li key={a.label}>
              <a href={href(a.remove)} aria-label={`Remove ${a.label}`}>
                {a.label} <span aria-hidden="true">×</span>
              </a>
            </li>
          ))}
          {active.length > 1 && (
            <li>
              <a href="/search">Clear all</a>
            </li>
          )}
        </ul>
      )}

      <div className="search-layout">
        <aside className="facets" aria-label="Refine results">
          <Facet title="Category" items={CATEGORIES.map((c) => ({ id: c.id, label: c.label, count: facets.category[c.id] ?? 0, selected: filters.category.includes(c.id), href: href(toggleValue(filters, 'category', c.id)) }))} />
          <Facet
            title="Status"
            items={STATUSES.map((s) => ({ id: s.id, label: s.label, count: facets.status[s.id] ?? 0, selected: filters.status.includes(s.id as StatusId), href: href(toggleValue(filters, 'status', s.id)) }))}
          />
          <Facet
            title="Issuer"
            items={issuerFacet.map(([id, count]) => ({ id, label: snapshot.authority(id)?.name ?? id, count, selected: filters.issuer.includes(id), href: href(toggleValue(filters, 'issuer', id)) }))}
          >
            {filters.issuer.length > 0 && (
              <p className="facet-extra">
                <a href={href(searchQueryString(filters, { local: !filters.local }))} aria-current={filters.local ? 'true' : undefined}>
                  <span aria-hidden="true">{filters.local ? '☑' : '☐'}</span> Include local offices
                </a>
              </p>
            )}
          </Facet>
          <Facet
            title="Topic"
            items={topicFacet.map(([id, count]) => ({ id, label: topicLabel(id), count, selected: filters.topic.includes(id), href: href(toggleValue(filters, 'topic', id)) }))}
          />
          <Facet
            title="Year issued"
            items={years.map(([year, count]) => {
              const selected = filters.from === `${year}-01-01` && filters.to === `${year}-12-31`;
              return { id: year, label: year, count, selected, href: href(searchQueryString(filters, selected ? { from: null, to: null } : { from: `${year}-01-01`, to: `${year}-12-31` })) };
            })}
          />
        </aside>

        <section className="results" aria-labelledby="results-heading" aria-live="polite">
          <h2 id="results-heading" className="results-count">
            {result.total === 0
              ? 'No entries found'
              : result.hits.length === 0
                ? `${result.total} ${result.total === 1 ? 'entry' : 'entries'}; page ${result.page} is past the last page`
                : `${result.total} ${result.total === 1 ? 'entry' : 'entries'}${result.pages > 1 ? ` · ${first}–${first + result.hits.length - 1}` : ''}`}
          </h2>
          {result.match === 'any' && (
            <p className="match-any-notice">
              No entry matches all of {result.terms.map((t) => `“${t}”`).join(', ')}; showing entries that match any.
            </p>
          )}
          {result.also.length > 0 && (
            <p className="also-searched">
              Also searched:{' '}
              {result.also.map((term, i) => (
                <span key={term}>
                  {i > 0 && ', '}
                  <span className="also-term" lang={/\p{Script=Han}/u.test(term) ? 'zh-CN' : undefined}>
                    {term}
                  </span>
                </span>
              ))}
            </p>
          )}
          {result.suggestion && (
            <p className="did-you-mean">
              Did you mean <a href={href(searchQueryString(filters, { q: result.suggestion }))}>{result.suggestion}</a>?
            </p>
          )}
          {result.total === 0 && <EmptyState filters={filters} relaxations={result.relaxations} issuerName={issuerName} />}
          <ol className="result-list">
            {result.hits.map((hit) => (
              <li key={hit.doc.slug} className="result">
                <EntryCard entry={cardOf(snapshot, hit.doc, today)} showCategory snippet={hit.snippet} titleZhMarked={hit.titleZh} />
              </li>
            ))}
          </ol>
          {result.pages > 1 && <Pagination filters={filters} page={result.page} pages={result.pages} />}
          {alertQuery(filters) && (
            <p className="search-email">
              <EmailLink query={alertQuery(filters)}>Email me new matches</EmailLink> <span className="muted">(daily or weekly, when there is something new)</span>
            </p>
          )}
          {result.total > 0 && (
            <div className="search-outputs">
              <ExportLinks query={searchQueryString(filters)} />
              <p>
                <a href={`/search/feed.xml${searchQueryString(filters) ? `?${searchQueryString(filters)}` : ''}`} type="application/atom+xml">
                  Follow this search
                </a>{' '}
                <span className="muted">(Atom feed of new matching entries)</span>
              </p>
            </div>
          )}
        </section>
      </div>
      </div>
    </div>
  );
}

type FacetItem = { id: string; label: string; count: number; selected: boolean; href: string };

function Facet({ title, items, children }: { title: string; items: FacetItem[]; children?: ReactNode }) {
  const shown = items.filter((i) => i.count > 0 || i.selected);
  if (shown.length === 0 && !children) return null;
  return (
    <section className="facet">
      <h2>{title}</h2>
      <ul>
        {shown.map((item) => (
          <li key={item.id}>
            <a href={item.href} aria-current={item.selected ? 'true' : undefined} className={item.selected ? 'selected' : undefined}>
              <span className="facet-box" aria-hidden="true">
                {item.selected ? '☑' : '☐'}
              </span>{' '}
              {item.label} <span className="facet-count">({item.count})</span>
            </a>
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}

function Pagination({ filters, page, pages }: { filters: SearchFilters; page: number; pages: number }) {
  const link = (n: number) => href(searchQueryString(filters, { page: n }));
  const numbers = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return (
    <nav className="pagination" aria-label="Result pages">
      {page > 1 && (
        <a href={link(page - 1)} rel="prev">
          ← Previous
        </a>
      )}
      {numbers.map((n) =>
        n === page ? (
          <span key={n} aria-current="page" className="current">
            {n}
          </span>
        ) : (
          <a key={n} href={link(n)}>
            {n}
          </a>
        ),
      )}
      {page < pages && (
        <a href={link(page + 1)} rel="next">
          Next →
        </a>
      )}
    </nav>
  );
}

function EmptyState({
  filters,
  relaxations,
  issuerName,
}: {
  filters: SearchFilters;
  relaxations: { param: string; value: string | null; total: number }[];
  issuerName: (id: string) => string;
}) {
  const names: Record<string, string> = {
    q: `the words “${filters.q}”`,
    issuer: `the issuer filter (${filters.issuer.map(issuerName).join(', ')})`,
    category: 'the category filter',
    date: 'the date range',
    topic: 'the topic filter',
    status: 'the status filter',
    jurisdiction: 'the jurisdiction filter',
    edition: 'the edition filter',
  };
  const without: Record<string, Partial<SearchFilters>> = {
    q: { q: '' },
    issuer: { issuer: [], local: false },
    category: { category: [] },
    date: { from: null, to: null },
    topic: { topic: [] },
    status: { status: [] },
    jurisdiction: { jurisdiction: [] },
    edition: { edition: [] },
  };
  return (
    <div className="empty-results">
      {relaxations.length > 0 ? (
        <>
          <p>Nothing matches all of these. Try removing one:</p>
          <ul>
            {relaxations.map((r) => (
              <li key={r.param}>
                <a href={href(searchQueryString(filters, without[r.param] ?? {}))}>
                  Remove {names[r.param] ?? r.param}
                </a>{' '}
                ({r.total} {r.total === 1 ? 'entry' : 'entries'})
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          Try fewer or different words, an authority&apos;s abbreviation (CAC, MIIT) or its Chinese name (网信办), or{' '}
          <a href="/search">browse all entries</a>.
        </p>
      )}
    </div>
  );
}
