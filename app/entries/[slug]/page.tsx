import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { CalendarDate } from '@/components/calendar-date';
import { IssuerList } from '@/components/issuer-list';
import { StatusBadge } from '@/components/status-badge';
import { getEntry, getEntryAliasTarget } from '@/lib/catalogue/queries';
import { CATEGORIES } from '@/lib/constants';
import { formatDate } from '@/lib/dates';
import { statusLabel } from '@/lib/status';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const entry = await getEntry(slug);
  if (!entry) return {};
  const issuers = entry.issuers.map((a) => a.abbr ?? a.name).join(', ');
  const status = entry.status ? `; ${statusLabel(entry.status, entry.trial)}` : '';
  return {
    title: entry.short ?? entry.title,
    description: `${issuers}, ${formatDate(entry.issued)}${status}. ${entry.summary}`.slice(0, 300),
    alternates: { canonical: `/entries/${entry.slug}` },
  };
}

export default async function EntryPage({ params }: Props) {
  const { slug } = await params;
  const entry = await getEntry(slug);
  if (!entry) {
    const target = await getEntryAliasTarget(slug);
    if (target) permanentRedirect(`/entries/${target}`);
    notFound();
  }
  const category = CATEGORIES.find((c) => c.id === entry.category);
  return (
    <article className="entry" aria-labelledby="entry-title">
      <header className="entry-header">
        <p className="eyebrow">
          {category?.singular}
          {entry.type ? ` · ${entry.type}` : ''}
        </p>
        <h1 id="entry-title">{entry.title}</h1>
        {entry.short && <p className="entry-short">“{entry.short}”</p>}
        {entry.titleZh && (
          <p className="entry-zh" lang="zh-CN">
            {entry.titleZh}
          </p>
        )}
        <StatusBadge status={entry.status} trial={entry.trial} />
      </header>

      <dl className="facts">
        <dt>Issued by</dt>
        <dd>
          <IssuerList issuers={entry.issuers} note={entry.issuersNote} />
        </dd>
        <dt>{entry.category === 'judgment' ? 'Decided' : 'Issued'}</dt>
        <dd>
          <CalendarDate value={entry.issued} />
        </dd>
        {entry.effective && (
          <>
            <dt>Effective</dt>
            <dd>
              <CalendarDate value={entry.effective} />
            </dd>
          </>
        )}
        {entry.commentDeadline && (
          <>
            <dt>Comments close</dt>
            <dd>
              <CalendarDate value={entry.commentDeadline} />
            </dd>
          </>
        )}
        {entry.repealed && (
          <>
            <dt>Repealed</dt>
            <dd>
              <CalendarDate value={entry.repealed} />
            </dd>
          </>
        )}
        {entry.docNumber && (
          <>
            <dt>Document no.</dt>
            <dd>{entry.docNumber}</dd>
          </>
        )}
        {entry.jurisdiction !== 'national' && (
          <>
            <dt>Jurisdiction</dt>
            <dd>{entry.jurisdiction}</dd>
          </>
        )}
        {entry.edition && (
          <>
            <dt>Edition</dt>
            <dd>
              <Link href="/">{entry.edition.title}</Link>
            </dd>
          </>
        )}
      </dl>

      <div className="prose" dangerouslySetInnerHTML={{ __html: entry.bodyHtml }} />

      {entry.sources.length > 0 && (
        <section aria-labelledby="sources">
          <h2 id="sources">Sources</h2>
          <ul>
            {entry.sources.map((s) => (
              <li key={s.url}>
                <a href={s.url} rel="noopener noreferrer external">
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
