/** A plain GET form to the search page: works without JavaScript. */
export function SearchForm({ id, visibleLabel = false, defaultValue }: { id: string; visibleLabel?: boolean; defaultValue?: string }) {
  return (
    <form action="/search" method="get" role="search" className="search-form">
      <label htmlFor={id} className={visibleLabel ? 'search-label' : 'visually-hidden'}>
        Search the digest
      </label>
      <span className="search-row">
        <input id={id} name="q" type="search" defaultValue={defaultValue} placeholder="Title, authority, topic…" autoComplete="off" />
        <button type="submit" className="button">
          Search
        </button>
      </span>
    </form>
  );
}
