
/** Downloads of every result of a search (not just the page shown); `query` is the search's query string. */
export function ExportLinks({ query = '' }: { query?: string }) {
  const qs = query ? `?${query}` : '';
  return (
    <p className="export-links">
      <span className="export-links-label">All results:</span>{' '}
      <a href={`/search/export.csv${qs}`} download>
        Download CSV
      </a>
      <span aria-hidden="true"> · </span>
      <a href={`/search/export.json${qs}`} download>
        Download JSON
      </a>
    </p>
  );
}
