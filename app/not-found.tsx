import Link from 'next/link';
import { SearchForm } from '@/components/search-form';

export default function NotFound() {
  return (
    <div className="empty">
      <p className="eyebrow">Error 404</p>
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <SearchForm id="not-found-search" name="Search for the page" visibleLabel />
      <p>
        Or go to <Link href="/">the latest edition</Link>, <Link href="/editions">all editions</Link>, or browse by{' '}
        <Link href="/authorities">authority</Link> or <Link href="/topics">topic</Link>.
      </p>
    </div>
  );
}
