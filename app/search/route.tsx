import type { NextRequest } from 'next/server';
import { EntryCard } from '@/components/entry-card';
import { ExportLinks } from '@/components/search/export-links';
import { EmailLink } from '@/components/subscribe/email-link';
import { ParamNotice } from '@/components/search/param-notice';
import { FiltersPanel } from '@/components/search/filters';
import { QueryBox } from '@/components/search/search-form';
import { cardOf } from '@/lib/catalogue/views';
import { categoryShort } from '@/lib/constants';
import { formatDate } from '@/lib/dates';
import { servePage } from '@/lib/html/page';
import { atomFeed } from '@/lib/metadata';
import { EMPTY_FILTERS, searchQueryString, toggleValue } from '@/lib/search/params';
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
        ownSearch: true,
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
  const issuerName = (id: string) => snapshot.authority(id)?.name ?? id;
  const issuerAbbr = (id: string) => snapshot.authority(id)?.abbr ?? issuerName(id);
  const topicLabel = (id: string) => snapshot.topic(id)?.label ?? id;
  const qs = searchQueryString(filters);

  const active: { label: string; remove: string }[] = [
    ...(filters.q ? [{ label: `“${filters.q}”`, remove: searchQueryString(filters, { q: '' }) }] : []),
    ...filters.issuer.map((id) => ({ label: `Issuer: ${issuerAbbr(id)}`, remove: toggleValue(filters, 'issuer', id) })),
    ...filters.category.map((id) => ({ label: categoryShort(id), remove: toggleValue(filters, 'category', id) })),
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

  const first = (result.page - 1) * result.per + 1;
  const clearFilters = searchQueryString({ ...EMPTY_FILTERS, q: filters.q, sort: filters.sort });

  return (
    <div className="search-page">
      <h1>Search the digest</h1>
      {/* One GET form: the words, the sort and the filters travel together, with or without JavaScript. */}
      <form action="/search" method="get" role="search" aria-label="Search entries" className="finder" data-live="search-live">
        <QueryBox q={filters.q} />

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
            <div className="results-bar">
              <h2 id="results-heading" className="results-count">
                {result.total === 0
                  ? 'No entries found'
                  : result.hits.length === 0
                    ? `${result.total} ${result.total === 1 ? 'entry' : 'entries'}; page ${result.page} is past the last page`
                    : `${result.total} ${result.total === 1 ? 'entry' : 'entries'}${result.pages > 1 ? ` · ${first}–${first + result.hits.length - 1}` : ''}`}
              </h2>
              <label className="sort">
                <span className="sort-label">Sort</span>{' '}
                <select name="sort" defaultValue={filters.sort}>
                  <option value="relevance">Relevance</option>
                  <option value="newest">Newest first</option>
                  <option value="oldest">Oldest first</option>
                </select>
              </label>
            </div>

            <FiltersPanel
              filters={filters}
              result={result}
              today={today}
              issuerName={issuerName}
              topicLabel={topicLabel}
              closeHref={href(qs)}
              clearHref={href(clearFilters)}
            />

            <section className="results" aria-labelledby="results-heading">
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
              {result.total === 0 && <EmptyState filters={filters} relaxations={result.relaxations} issuerName={issuerAbbr} />}
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
                  <ExportLinks query={qs} />
                  <p>
                    <a href={`/search/feed.xml${qs ? `?${qs}` : ''}`} type="application/atom+xml">
                      Follow this search
                    </a>{' '}
                    <span className="muted">(Atom feed of new matching entries)</span>
                  </p>
                </div>
              )}
            </section>
          </div>
        </div>
      </form>
    </div>
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
