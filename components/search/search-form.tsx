/**
 * The search page's query box: one full-width field with its button, and the query operators in one
 * line under it. It sits inside the page's one GET form (app/search/route.tsx), which also holds the
 * sort and the filters, so the whole search works without JavaScript; with the site's script
 * (lib/html/site.js) the results follow the typing.
 */
export function QueryBox({ q }: { q: string }) {
  return (
    <div className="finder-query">
      <label htmlFor="search-q" className="search-label">
        Search entries
      </label>
      <div className="query-row">
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={q}
          placeholder="e.g. data export, 网信办"
          autoComplete="off"
          maxLength={500}
          aria-describedby="search-tips"
        />
        <button type="submit" className="button">
          Search
        </button>
      </div>
      <SearchTips />
    </div>
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
