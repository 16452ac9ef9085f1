/** The site's public origin (`SITE_URL`, default http://localhost:3000), without a trailing slash. */
export function siteUrl(): string {
  const raw = process.env.SITE_URL || 'http://localhost:3000';
  return raw.replace(/\/+$/, '');
}

/** An absolute URL on this site for a path such as `/entries/twenty-data-measures`. */
export function absoluteUrl(path: string, origin: string = siteUrl()): string {
  return `${origin}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Site-relative paths, built in one place so every link, feed and citation agrees. */
export const paths = {
  entry: (slug: string) => `/entries/${slug}`,
  edition: (id: string) => `/editions/${id}`,
  authority: (id: string) => `/authorities/${id}`,
  authorityFeed: (id: string) => `/authorities/${id}/feed.xml`,
  topic: (id: string) => `/topics/${id}`,
  topicFeed: (id: string) => `/topics/${id}/feed.xml`,
  feed: '/feed.xml',
  // The search page belongs to the search work; these are the links into it.
  searchByIssuer: (id: string) => `/search?${new URLSearchParams({ issuer: id })}`,
  searchByTopic: (id: string) => `/search?${new URLSearchParams({ topic: id })}`,
} as const;
