import type { Metadata } from 'next';
import { SITE_NAME } from './constants';
import { paths } from './site';

export type Feed = { url: string; title: string };

/** The site feed, advertised on every page. */
export const SITE_FEED: Feed = { url: paths.feed, title: `${SITE_NAME}: newest entries` };

export const SITE_DESCRIPTION =
  'China technology, media and telecom regulation: regulations, standards, enforcement and court judgments, digested monthly.';

/** The browser chrome's colour on phones (the masthead's navy). */
export const THEME_COLOR = '#16324f';

/** What a page says about itself; `pageMetadata` turns it into Next's Metadata, `StaticDocument` into tags. */
export type PageMeta = {
  title: string;
  description: string;
  path: string;
  feeds?: Feed[];
  type?: 'website' | 'article';
  /** Overrides the document title (e.g. the home page's, without the site-name suffix). */
  absoluteTitle?: boolean;
};

/**
 * A page's metadata: title, description, canonical URL, its Atom feeds (Next replaces, not merges,
 * a layout's `alternates` and `openGraph`, so the site feed and site name are repeated here), and
 * the OpenGraph and Twitter card tags that a shared link previews with.
 */
export function pageMetadata(page: PageMeta): Metadata {
  return {
    title: page.absoluteTitle ? { absolute: page.title } : page.title,
    description: page.description,
    alternates: {
      canonical: page.path,
      types: { 'application/atom+xml': [...(page.feeds ?? []), SITE_FEED] },
    },
    openGraph: {
      title: page.title,
      description: page.description,
      url: page.path,
      siteName: SITE_NAME,
      type: page.type ?? 'website',
      locale: 'en_GB',
    },
    twitter: { card: 'summary', title: page.title, description: page.description },
  };
}

/** Cuts text at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
