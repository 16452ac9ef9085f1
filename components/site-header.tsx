import Link from 'next/link';
import { SITE_NAME } from '@/lib/constants';

/** The masthead on every page. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container header-inner">
        <Link href="/" className="brand">
          {SITE_NAME}
        </Link>
        <nav aria-label="Main">
          <ul className="nav-list">
            <li>
              <Link href="/">Latest edition</Link>
            </li>
            <li>
              <Link href="/authorities">Authorities</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
