import Link from 'next/link';
import { SITE_NAME } from '@/lib/constants';
import { SearchForm } from './search-form';

/** The masthead on every page: the name, the search box and the main sections. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container header-inner">
        <Link href="/" className="brand">
          {SITE_NAME}
          <span className="brand-tagline">China technology, media &amp; telecom regulation</span>
        </Link>
        <SearchForm id="site-search" name="Site search" />
      </div>
      <nav aria-label="Main" className="site-nav">
        <ul className="container nav-list">
          <li>
            <Link href="/">Latest edition</Link>
          </li>
          <li>
            <Link href="/editions">Editions</Link>
          </li>
          <li>
            <Link href="/authorities">Authorities</Link>
          </li>
          <li>
            <Link href="/topics">Topics</Link>
          </li>
          <li>
            <Link href="/calendar">Calendar</Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
