/**
 * A link to the subscribe form: with a search's query string, for that search's new matches
 * ('issuer=cac&local=1'); without, for each new edition.
 */
export function EmailLink({ query = '', children }: { query?: string; children: string }) {
  return (
    <a href={query ? `/subscribe?${query}` : '/subscribe'} className="email-link">
      {children}
    </a>
  );
}
