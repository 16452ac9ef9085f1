import type { Metadata } from 'next';
import Link from 'next/link';
import { getAuthorities } from '@/lib/catalogue/queries';
import { AUTHORITY_LEVELS } from '@/lib/constants';

export const metadata: Metadata = { title: 'Authorities' };

export default async function AuthoritiesPage() {
  const authorities = await getAuthorities();
  return (
    <div>
      <h1>Issuing authorities</h1>
      {AUTHORITY_LEVELS.map((level) => {
        const group = authorities.filter((a) => a.level === level.id);
        if (group.length === 0) return null;
        return (
          <section key={level.id} aria-labelledby={`level-${level.id}`}>
            <h2 id={`level-${level.id}`}>{level.label}</h2>
            <ul className="authority-list">
              {group.map((a) => (
                <li key={a.id}>
                  <Link href={`/authorities/${a.id}`}>{a.name}</Link>
                  {a.abbr && <span className="abbr"> ({a.abbr})</span>}
                  {a.nameZh && (
                    <span className="zh" lang="zh-CN">
                      {' '}
                      {a.nameZh}
                    </span>
                  )}
                  <span className="count">
                    {' '}
                    · {a.entryCount} {a.entryCount === 1 ? 'entry' : 'entries'}
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
