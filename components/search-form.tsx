/** A plain GET form to the search page: works without JavaScript. */
export function SearchForm({
  id,
  name,
  visibleLabel = false,
  defaultValue,
}: {
  id: string;
  /** The search landmark's name, distinct when a page has two search forms. */
  name: string;
  visibleLabel?: boolean;
  defaultValue?: string;
}) {
  return (
    <form action="/search" method="get" role="search" aria-label={name} className="search-form">
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
