import { SITE_NAME } from './constants';
import { paths } from './site';

/** A document another URL offers of the same thing: an Atom feed, an iCalendar feed. */
export type Alternate = { url: string; title?: string; type: 'application/atom+xml' | 'text/calendar' };

/** The site feed, advertised on every page. */
export const SITE_FEED = { url: paths.feed, title: `${SITE_NAME}: newest entries` };

export const SITE_DESCRIPTION =
  'China technology, media and telecom regulation: regulations, standards, enforcement and court judgments, digested monthly.';

/** The browser chrome's colour on phones (the masthead's navy). */
export const THEME_COLOR = '#16324f';

/** What a page says about itself, written into its <head> by components/document.tsx. */
export type PageMeta = {
  title: string;
  description: string;
  /** The canonical path; none for error pages. */
  path?: string;
  /** Feeds and other documents of the same thing. */
  alternates?: Alternate[];
  /** Advertise the site feed too (default); a search page offers only the feed of its own results. */
  siteFeed?: boolean;
  type?: 'website' | 'article';
  /** Overrides the document title (e.g. the home page's, without the site-name suffix). */
  absoluteTitle?: boolean;
  /** e.g. 'noindex' for error pages, 'noindex, follow' for search results. */
  robots?: string;
};

/** An Atom feed of newest entries, as a page advertises it. */
export const atomFeed = (url: string, title: string): Alternate => ({ url, title, type: 'application/atom+xml' });

/** Cuts text at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
