import { Feed } from 'feed';
import type { EntryCard } from './catalogue/types';
import { CATEGORIES, SITE_NAME, STATUSES } from './constants';
import { entryByline } from './citation';
import { chinaDayStart } from './dates';
import { escapeHtml } from './html/escape';
import { represent, type Representation } from './html/serve';
import { absoluteUrl, paths, siteUrl } from './site';

export type AtomFeedInput = {
  /** Path of the feed itself, e.g. `/feed.xml` or `/search/feed.xml?q=…` (also the feed's id). */
  selfPath: string;
  /** Path of the page the feed follows, e.g. `/authorities/cac`. */
  alternatePath: string;
  title: string;
  subtitle?: string;
  entries: EntryCard[];
  /** When the feed last changed; default: the newest entry's date, else `fallbackUpdated`. */
  updated?: Date;
  fallbackUpdated?: Date;
  origin?: string;
};

/**
 * An Atom 1.0 document for a list of entries: each item links to the entry's permalink (its id) and
 * carries the issuers (as authors and in the summary), the issued date and the status. Used by the
 * site feed, the authority and topic feeds, and the search feed.
 */
export function buildAtomFeed(input: AtomFeedInput): string {
  const origin = input.origin ?? siteUrl();
  const selfUrl = absoluteUrl(input.selfPath, origin);
  const newest = input.entries.reduce<string | null>((max, e) => (max === null || e.issued > max ? e.issued : max), null);
  const feed = new Feed({
    id: selfUrl,
    title: xmlText(input.title),
    ...(input.subtitle ? { description: xmlText(input.subtitle) } : {}),
    link: absoluteUrl(input.alternatePath, origin),
    feed: selfUrl,
    language: 'en',
    updated: input.updated ?? (newest ? chinaDayStart(newest) : (input.fallbackUpdated ?? new Date(0))),
    author: { name: SITE_NAME, link: absoluteUrl('/', origin) },
    generator: SITE_NAME,
  });
  for (const entry of input.entries) {
    const url = absoluteUrl(paths.entry(entry.slug), origin);
    const categoryLabel = CATEGORIES.find((c) => c.id === entry.category)?.label ?? entry.category;
    feed.addItem({
      id: url,
      link: url,
      // The feed library writes titles and summaries as type="html": escape the authors' text.
      title: escapeHtml(entry.title),
      description: escapeHtml(`${entryByline(entry)}. ${entry.summary}`),
      date: chinaDayStart(entry.issued),
      published: chinaDayStart(entry.issued),
      author: entry.issuers.map((a) => ({ name: xmlText(a.name), link: absoluteUrl(paths.authority(a.id), origin) })),
      category: [
        { term: entry.category, name: categoryLabel },
        ...(entry.status
          ? [{ term: entry.status, name: STATUSES.find((s) => s.id === entry.status)?.label }]
          : []),
      ],
    });
  }
  return feed.atom1();
}

/** The 404 of a feed whose authority or topic does not exist. */
export function feedNotFound(what: 'authority' | 'topic'): Response {
  return new Response(`No such ${what}\n`, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** An Atom document, ready to serve and keep (lib/html/serve.ts). */
export function atom(xml: string): Representation {
  return represent(xml, 'application/atom+xml; charset=utf-8');
}

/**
 * Text the feed library writes as element content (the feed's title and subtitle, authors' names):
 * its XML writer first turns every `&amp;` back into `&` ("to avoid double escaping"), so an
 * author's literal `&amp;` would come out as `&`. Escaping `&` first makes that step undo only this.
 */
function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;');
}

