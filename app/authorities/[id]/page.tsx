import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EntryCard } from '@/components/entry-card';
import { getAuthority } from '@/lib/catalogue/queries';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const authority = await getAuthority(id);
  return authority ? { title: authority.name, alternates: { canonical: `/authorities/${authority.id}` } } : {};
}

export default async function AuthorityPage({ params }: Props) {
  const { id } = await params;
  const authority = await getAuthority(id);
  if (!authority) notFound();
  return (
    <div className="authority">
      <header className="entry-header">
        <p className="eyebrow">Issuing authority</p>
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
      {authority.aliases.length > 0 && <p className="aliases">Also known as: {authority.aliases.join('; ')}</p>}
      {authority.parent && (
        <p>
          Local office of <Link href={`/authorities/${authority.parent.id}`}>{authority.parent.name}</Link>
        </p>
      )}
      {authority.bodyHtml && <div className="prose" dangerouslySetInnerHTML={{ __html: authority.bodyHtml }} />}
      {authority.offices.length > 0 && (
        <section aria-labelledby="offices">
          <h2 id="offices">Local offices</h2>
          <ul>
            {authority.offices.map((o) => (
              <li key={o.id}>
                <Link href={`/authorities/${o.id}`}>{o.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="entries">
        <h2 id="entries">Entries ({authority.entries.length})</h2>
        {authority.entries.length === 0 ? (
          <p>No published entries yet.</p>
        ) : (
          <ul className="entry-list">
            {authority.entries.map((entry) => (
              <li key={entry.slug}>
                {entry.viaOffice && <p className="via-office">From a local office</p>}
                <EntryCard entry={entry} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
