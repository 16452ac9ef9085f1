import { SITE_NAME } from '@/lib/constants';
import { SECTIONS, type Section } from '@/lib/metadata';
import { SearchForm } from './search-form';

/**
 * The masthead on every page: the name, the search box and the main sections, the page's own
 * section marked (aria-current: "page" on the section's own page, "true" anywhere inside it). On a
 * phone it is two short rows: the name with the search box, then the five sections in one line
 * ("Latest edition" shows as "Latest"; its accessible name stays whole).
 */
export function SiteHeader({ section, path }: { section?: Section; path?: string }) {
  return (
    <header className="site-header">
      <div className="container header-inner">
        <a href="/" className="brand">
          {SITE_NAME}
          <span className="brand-tagline">China technology, media &amp; telecom regulation</span>
        </a>
        <SearchForm id="site-search" name="Site search" header />
      </div>
      <nav aria-label="Main" className="site-nav">
        <ul className="container nav-list">
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={s.href} aria-current={s.id === section ? (path === s.href ? 'page' : 'true') : undefined}>
                {s.short ? (
                  <>
                    {s.short}
                    <span className="nav-more"> {s.label.slice(s.short.length).trim()}</span>
                  </>
                ) : (
                  s.label
                )}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
