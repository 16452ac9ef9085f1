import ical, { ICalEventTransparency } from 'ical-generator';
import { kindLabel, type CalendarEvent } from './calendar';
import { SITE_NAME } from './constants';

export type IcsOptions = {
  /** The site's origin, for permalinks and UIDs: 'https://digest.example.com'. */
  origin: string;
  /** DTSTAMP: when the catalogue was last revised (its load time). */
  stamp: Date;
  /** The calendar's name as clients show it. */
  name: string;
  /** The web page these events come from (the calendar's URL property). */
  pageUrl?: string;
  /** An authority id → the name shown in descriptions. */
  issuerName?: (id: string) => string;
};

/** A stable UID for one kind of date of one entry: the same in every feed and one-event file. */
export function eventUid(event: Pick<CalendarEvent, 'slug' | 'kind'>, origin: string): string {
  return `${event.slug}-${event.kind}@${new URL(origin).hostname}`;
}

/** The SUMMARY line: 'Takes effect: PIPL'. */
export function eventSummary(event: CalendarEvent): string {
  return `${kindLabel(event.kind)}: ${event.short ?? event.title}`;
}

// A calendar date as the UTC midnight Date ical-generator writes back as the same YYYYMMDD (it reads
// UTC fields for dates when the calendar has no time zone), so no server time zone can shift it.
function utcDate(value: string, plusDays = 0): Date {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + plusDays));
}

/** An RFC 5545 TEXT value: backslash, semicolon and comma escaped, line breaks as `\n`. */
function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * An iCalendar (RFC 5545) document of all-day events. ical-generator escapes text values and folds
 * lines at 75 octets; we only choose what goes in.
 */
export function buildIcs(events: CalendarEvent[], options: IcsOptions): string {
  const issuerName = options.issuerName ?? ((id: string) => id);
  const calendar = ical({
    // ical-generator writes the calendar's name (NAME, X-WR-CALNAME) exactly as given: escape it as
    // a TEXT value, so an entry title's line break cannot start a property of its own.
    name: escapeText(options.name),
    prodId: { company: SITE_NAME, product: 'Calendar', language: 'EN' },
    url: options.pageUrl ?? null,
    // Ask subscribing clients to refresh a few times a day (REFRESH-INTERVAL, X-PUBLISHED-TTL).
    ttl: 6 * 60 * 60,
  });
  for (const event of events) {
    const permalink = `${options.origin}/entries/${event.slug}`;
    const description = [
      event.title,
      event.titleZh,
      event.issuers.length ? `Issued by: ${event.issuers.map(issuerName).join('; ')}` : null,
      permalink,
    ].filter(Boolean);
    calendar.createEvent({
      id: eventUid(event, options.origin),
      stamp: options.stamp,
      allDay: true,
      start: utcDate(event.date),
      // DTEND is exclusive: a one-day event ends the next day.
      end: utcDate(event.date, 1),
      summary: eventSummary(event),
      description: description.join('\n'),
      url: permalink,
      // A date to know about, not time taken: shown as free.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
