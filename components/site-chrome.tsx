import type { ReactNode } from 'react';
import { SITE_NAME } from '@/lib/constants';
import type { Section } from '@/lib/metadata';
import { paths } from '@/lib/site';
import { SiteHeader } from './site-header';

/**
 * Everything inside <body> around a page's content: the skip link, the masthead, <main> and the
 * footer. The root layout and the entry page's plain HTML (app/entries/[slug]/route.tsx) both
 * render it, so the two cannot drift apart.
 */
export function SiteChrome({ children, section, path, ownSearch = false }: { children: ReactNode; section?: Section; path?: string; ownSearch?: boolean }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader section={section} path={path} ownSearch={ownSearch} />
      <main id="main" className="container">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{SITE_NAME}: China technology, media and telecom regulation. Summaries are commentary, not legal advice.</p>
          <p>
            <a href={paths.feed} type="application/atom+xml">
              Follow new entries (Atom feed)
            </a>
          </p>
        </div>
      </footer>
    </>
  );
}
