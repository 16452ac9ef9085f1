import type { ReactNode } from 'react';
import { SITE_NAME } from '@/lib/constants';
import { SITE_FEED, THEME_COLOR, type PageMeta } from '@/lib/metadata';
import { absoluteUrl } from '@/lib/site';
import { SiteChrome } from './site-chrome';

type Props = Omit<PageMeta, 'path'> & {
  /** The canonical path; none for an error page. */
  path?: string;
  noindex?: boolean;
  /** The app's built stylesheets (lib/build-assets.ts). */
  stylesheets: string[];
  nonce: string | undefined;
  children?: ReactNode;
};

/**
 * A whole HTML document in the site's chrome, for pages served as plain HTML without the React
 * runtime (the entry page). Its <head> carries what the root layout's `metadata` and `viewport`
 * and a page's `pageMetadata` give the App Router's pages, in the same order.
 */
export function StaticDocument({ title, description, path, feeds = [], type = 'website', absoluteTitle, noindex, stylesheets, nonce, children }: Props) {
  const url = path === undefined ? undefined : absoluteUrl(path);
  return (
    <html lang="en">
      {/* eslint-disable-next-line @next/next/no-head-element -- a whole document rendered by react-dom/server, not a Next.js page */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} precedence="next" nonce={nonce} />
        ))}
        {noindex && <meta name="robots" content="noindex" />}
        <meta name="theme-color" content={THEME_COLOR} />
        <title>{absoluteTitle ? title : `${title} · ${SITE_NAME}`}</title>
        <meta name="description" content={description} />
        <meta name="application-name" content={SITE_NAME} />
        {url && <link rel="canonical" href={url} />}
        {[...feeds, SITE_FEED].map((feed) => (
          <link key={feed.url} rel="alternate" type="application/atom+xml" href={absoluteUrl(feed.url)} title={feed.title} />
        ))}
        <meta property="og:title" content={title} />
        <meta property="og:description" content={description} />
        {url && <meta property="og:url" content={url} />}
        <meta property="og:site_name" content={SITE_NAME} />
        <meta property="og:locale" content="en_GB" />
        <meta property="og:type" content={type} />
        <meta name="twitter:card" content="summary" />
        <meta name="twitter:title" content={title} />
        <meta name="twitter:description" content={description} />
        <link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml" />
      </head>
      <body>
        <SiteChrome>{children}</SiteChrome>
      </body>
    </html>
  );
}
