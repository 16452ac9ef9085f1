type Props = {
  q: string;
  from: string | null;
  to: string | null;
  sort: string;
  /** Filters kept when the query changes: [name, value] pairs for hidden inputs. */
  hidden: [string, string][];
  /** The id of the region the site's script swaps in as the fields change (lib/html/site.js). */
  live: string;
};

/**
 * The search page's form. Without JavaScript it is a plain GET form; with the site's script, the
 * results follow the typing (debounced) and the URL is replaced, without a full page load.
 */
export function SearchForm({ q, from, to, sort, hidden, live }: Props) {
  return (
    <form action="/search" method="get" role="search" aria-label="Search entries with filters" className="search-form" data-live={live}>
      <div className="search-row">
        <label htmlFor="search-q" className="visually-hidden">
          Search entries
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={q}
          placeholder="Title, authority (CAC, 网信办), topic, document number…"
          autoComplete="off"
          maxLength={500}
          aria-describedby="search-tips"
        />
        <button type="submit">Search</button>
      </div>
      <SearchTips />
      <div className="search-options">
        <label>
          Issued from <input type="date" name="from" defaultValue={from ?? ''} />
        </label>
        <label>
          to <input type="date" name="to" defaultValue={to ?? ''} />
        </label>
        <label>
          Sort{' '}
          <select name="sort" defaultValue={sort}>
            <option value="relevance">Relevance</option>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
          </select>
        </label>
      </div>
      {hidden.map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
    </form>
  );
}

/** The query operators, in one line under the box (docs/search.md, "The text query"). */
function SearchTips() {
  return (
    <p id="search-tips" className="search-tips">
      <span className="search-tips-label">Search tips:</span> entries with <em>every</em> word are listed;{' '}
      <code>&quot;data security&quot;</code> finds the words together; <code>PIPL OR CSL</code> either one;{' '}
      <code>-draft</code> or <code>-&quot;facial recognition&quot;</code> leaves them out. Abbreviations, Chinese names and
      traditional characters (<code>數據</code>) work too.
    </p>
  );
}
