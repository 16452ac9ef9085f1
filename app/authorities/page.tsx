import type { Metadata } from 'next';
import Link from 'next/link';
import { getAuthorities } from '@/lib/catalogue/queries';
import { AUTHORITY_LEVELS } from '@/lib/constants';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Issuing authorities',
  description: 'The regulators, courts, legislatures and standards bodies whose documents the digest covers, by level.',
  path: '/authorities',
});

export default async function AuthoritiesPage() {
  const authorities = await getAuthorities();
  return (
    <div className="listing">
      <header className="page-header">
        <p className="eyebrow">Browse</p>
        <h1>Issuing authorities</h1>
        <p className="page-intro">Regulators, courts, legislatures and standards bodies, by level, with the number of entries each issued.</p>
      </header>
      {AUTHORITY_LEVELS.map((level) => {
        const group = authorities.filter((a) => a.level === level.id);
        if (group.length === 0) return null;
        return (
          <section key={level.id} className="group" aria-labelledby={`level-${level.id}`}>
            <h2 id={`level-${level.id}`}>{level.label}</h2>
            <ul className="directory">
              {group.map((a) => (
                <li key={a.id}>
                  <span className="directory-main">
                    <Link href={paths.authority(a.id)} className="directory-name">
                      {a.name}
                    </Link>
                    {a.abbr && <span className="abbr"> ({a.abbr})</span>}
                  </span>
                  {a.nameZh && (
                    <span className="directory-zh" lang="zh-CN">
                      {a.nameZh}
                    </span>
                  )}
                  <span className="count">
                    {a.entryCount} {a.entryCount === 1 ? 'entry' : 'entries'}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
