import { FEED_MONTHS_BACK } from '@/lib/calendar';
import { siteUrl } from '@/lib/site';

/**
 * "Subscribe" to the iCalendar feed of the dates a search selects (`query`: its query string, e.g.
 * 'issuer=cac&local=1'). The https link works everywhere (download, or paste into "subscribe from
 * URL"); the webcal:// one makes Apple Calendar and Outlook offer to subscribe in one click. The
 * feed holds the last FEED_MONTHS_BACK months and everything upcoming, and says so: a calendar app
 * drops an event the day the feed stops listing it.
 */
export function SubscribeLink({ query = '' }: { query?: string }) {
  const path = `/calendar.ics${query ? `?${query}` : ''}`;
  const origin = siteUrl();
  const webcal = `${origin.replace(/^https?:/, 'webcal:')}${path}`;
  return (
    <p className="calendar-subscribe">
      <a href={path} type="text/calendar" className="calendar-subscribe-feed">
        Subscribe
      </a>{' '}
      <span className="calendar-subscribe-note">(iCalendar feed of these dates: the last {FEED_MONTHS_BACK} months and everything upcoming)</span>
      <span aria-hidden="true"> · </span>
      <a href={webcal}>Open in your calendar app</a>
    </p>
  );
}
