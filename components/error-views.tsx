import { SearchForm } from '@/components/search-form';

/** The body of the 404 page: what happened, a search box, and the ways in. */
export function NotFoundView() {
  return (
    <div className="empty">
      <p className="eyebrow">Error 404</p>
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <SearchForm id="not-found-search" name="Search for the page" visibleLabel />
      <p>
        Or go to <a href="/">the latest edition</a>, <a href="/editions">all editions</a>, or browse by <a href="/authorities">authority</a> or{' '}
        <a href="/topics">topic</a>.
      </p>
    </div>
  );
}

/** The body of the 500 page: the server logged the error; the reader can retry. */
export function ErrorView() {
  return (
    <div className="empty">
      <p className="eyebrow">Error</p>
      <h1>Something went wrong</h1>
      <p>The page could not be shown. Please try again in a moment.</p>
      <p>
        <a className="button" href="">
          Try again
        </a>{' '}
        or go to <a href="/">the latest edition</a>.
      </p>
    </div>
  );
}
