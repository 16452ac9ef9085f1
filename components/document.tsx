import type { ReactNode } from 'react';
import { SITE_NAME } from '@/lib/constants';
import { SITE_FEED, THEME_COLOR, type PageMeta } from '@/lib/metadata';
import { absoluteUrl, siteUrl } from '@/lib/site';
import { SiteChrome } from './site-chrome';

type Props = {
  meta: PageMeta;
  /** The stylesheet's and the script's URLs (lib/html/assets.ts). */
  assets: { css: string; js: string };
  children?: ReactNode;
};

/**
 * A whole HTML document in the site's chrome: every page is one (lib/html/page.tsx). Its <head> is
 * the one place a page's metadata is written: title, description, canonical URL, robots, feeds and
 * other alternates, and the OpenGraph and Twitter card tags a shared link previews with.
 */
export function Document({ meta, assets, children }: Props) {
  const { title, description, path, alternates = [], type = 'website', absoluteTitle, robots, siteFeed = true, section, ownSearch = false } = meta;
  // The home page's canonical URL is the origin itself.
  const url = path === undefined ? undefined : path === '/' ? siteUrl() : absoluteUrl(path);
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="stylesheet" href={assets.css} />
        <script src={assets.js} defer />
        {robots && <meta name="robots" content={robots} />}
        <meta name="theme-color" content={THEME_COLOR} />
        <title>{absoluteTitle ? title : `${title} · ${SITE_NAME}`}</title>
        <meta name="description" content={description} />
        <meta name="application-name" content={SITE_NAME} />
        {url && <link rel="canonical" href={url} />}
        {[...alternates, ...(siteFeed ? [{ ...SITE_FEED, type: 'application/atom+xml' }] : [])].map((alt) => (
          <link key={alt.url} rel="alternate" type={alt.type} href={absoluteUrl(alt.url)} title={alt.title} />
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
        <SiteChrome section={section} path={path} ownSearch={ownSearch}>
          {children}
        </SiteChrome>
      </body>
    </html>
  );
}
