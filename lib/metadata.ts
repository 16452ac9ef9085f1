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

/** The main menu's sections (components/site-header.tsx), in its order. */
export const SECTIONS = [
  { id: 'latest', href: '/', label: 'Latest edition', short: 'Latest' },
  { id: 'editions', href: '/editions', label: 'Editions', short: null },
  { id: 'authorities', href: '/authorities', label: 'Authorities', short: null },
  { id: 'topics', href: '/topics', label: 'Topics', short: null },
  { id: 'calendar', href: '/calendar', label: 'Calendar', short: null },
] as const;
export type Section = (typeof SECTIONS)[number]['id'];

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
  /** The main menu's section the page belongs to, marked there with aria-current. */
  section?: Section;
  /** The page has its own search box (the search page): the masthead's is kept in place but hidden. */
  ownSearch?: boolean;
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

// A period that does not end a sentence: "No. 11", "Art. 5", "e.g.", "Co. Ltd.", an initial.
const ABBREVIATION = /(?:^|[\s(])(?:nos?|arts?|paras?|vols?|co|ltd|inc|corp|mrs?|ms|dr|st|vs|cf|e\.g|i\.e|[a-z])$/i;

/**
 * The first sentence of a text: up to the first ".", "!" or "?" that is followed by a space and a
 * capital (or an opening quote or bracket), or by the end; or up to a Chinese full stop. "No. 11"
 * and other abbreviations do not end it. A text without such a stop is returned whole.
 */
export function firstSentence(text: string): string {
  const stop = /[.!?。！？]/g;
  for (let m = stop.exec(text); m; m = stop.exec(text)) {
    const at = m.index;
    if ('。！？'.includes(m[0])) return text.slice(0, at + 1).trim();
    const after = /^["”’)\]]*/.exec(text.slice(at + 1))![0].length + at + 1;
    const rest = text.slice(after);
    if (rest.trim() === '') return text.trim();
    if (!/^\s+["“‘(\[A-Z]/.test(rest)) continue;
    if (m[0] === '.' && ABBREVIATION.test(text.slice(0, at))) continue;
    return text.slice(0, after).trim();
  }
  return text.trim();
}
