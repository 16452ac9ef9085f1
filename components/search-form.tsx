/**
 * A plain GET form to the search page: works without JavaScript. In the masthead (`header`) it is
 * compact: on a phone the button is a magnifier (its name stays "Search") so the box shares one row
 * with the site's name. Its classes are its own, so the search page's form styles never reach it.
 */
export function SearchForm({
  id,
  name,
  visibleLabel = false,
  defaultValue,
  header = false,
  hidden = false,
}: {
  id: string;
  /** The search landmark's name, distinct when a page has two search forms. */
  name: string;
  visibleLabel?: boolean;
  defaultValue?: string;
  header?: boolean;
  /** Kept in the layout but invisible and out of reach (the masthead on the search page). */
  hidden?: boolean;
}) {
  return (
    <form
      action="/search"
      method="get"
      role={hidden ? undefined : 'search'}
      aria-label={hidden ? undefined : name}
      aria-hidden={hidden || undefined}
      inert={hidden || undefined}
      className={`${header ? 'site-search' : 'search-form'}${hidden ? ' is-placeholder' : ''}`}
    >
      <label htmlFor={id} className={visibleLabel ? 'search-label' : 'visually-hidden'}>
        Search the digest
      </label>
      <span className="query-row">
        <input id={id} name="q" type="search" defaultValue={defaultValue} placeholder={header ? 'Search…' : 'Title, authority, topic…'} autoComplete="off" />
        <button type="submit" className="button">
          {header && (
            <svg className="search-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
              <circle cx="8.5" cy="8.5" r="5.75" fill="none" stroke="currentColor" strokeWidth="2.2" />
              <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
            </svg>
          )}
          <span className={header ? 'search-button-text' : undefined}>Search</span>
        </button>
      </span>
    </form>
  );
}
