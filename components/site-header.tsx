import { SITE_NAME } from '@/lib/constants';
import { SearchForm } from './search-form';

/** The masthead on every page: the name, the search box and the main sections. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container header-inner">
        <a href="/" className="brand">
          {SITE_NAME}
          <span className="brand-tagline">China technology, media &amp; telecom regulation</span>
        </a>
        <SearchForm id="site-search" name="Site search" />
      </div>
      <nav aria-label="Main" className="site-nav">
        <ul className="container nav-list">
          <li>
            <a href="/">Latest edition</a>
          </li>
          <li>
            <a href="/editions">Editions</a>
          </li>
          <li>
            <a href="/authorities">Authorities</a>
          </li>
          <li>
            <a href="/topics">Topics</a>
          </li>
          <li>
            <a href="/calendar">Calendar</a>
          </li>
        </ul>
      </nav>
    </header>
  );
}
