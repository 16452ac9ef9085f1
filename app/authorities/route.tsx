import type { NextRequest } from 'next/server';
import type { AuthoritySummary } from '@/lib/catalogue/types';
import { getAuthoritySummaries } from '@/lib/catalogue/views';
import { AUTHORITY_LEVELS } from '@/lib/constants';
import { servePage } from '@/lib/html/page';
import { paths } from '@/lib/site';

/** Every issuing authority, by level, with the number of entries each issued. */
export function GET(request: NextRequest) {
  return servePage(request, ({ snapshot }) => ({
    meta: {
      title: 'Issuing authorities',
      description: 'The regulators, courts, legislatures and standards bodies whose documents the digest covers, by level.',
      path: '/authorities',
      section: 'authorities',
    },
    body: <AuthorityDirectory authorities={getAuthoritySummaries(snapshot)} />,
  }));
}

function AuthorityDirectory({ authorities }: { authorities: AuthoritySummary[] }) {
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
                    <a href={paths.authority(a.id)} className="directory-name">
                      {a.name}
                    </a>
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
