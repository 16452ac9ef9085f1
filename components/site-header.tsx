import { SITE_NAME } from '@/lib/constants';
import { SECTIONS, type Section } from '@/lib/metadata';
import { SearchForm } from './search-form';

/**
 * The masthead on every page: the name, the search box and the main sections, the page's own
 * section marked (aria-current: "page" on the section's own page, "true" anywhere inside it). On a
 * phone it is two short rows: the name with the search box, then the five sections in one line
 * ("Latest edition" shows as "Latest"; its accessible name stays whole). On the search page the box
 * is there but hidden and inert, so the masthead keeps its height without a second, empty box.
 */
export function SiteHeader({ section, path, ownSearch = false }: { section?: Section; path?: string; ownSearch?: boolean }) {
  return (
    <header className="site-header">
      <div className="container header-inner">
        <a href="/" className="brand">
          {SITE_NAME}
          <span className="brand-tagline">China technology, media &amp; telecom regulation</span>
        </a>
        {/* On the search page its own full-width box is the one: the masthead keeps the place, empty, so it is the same on every page. */}
        <SearchForm id="site-search" name="Site search" header hidden={ownSearch} />
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
