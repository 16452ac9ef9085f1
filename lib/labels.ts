import type { StatusId } from './constants';
import { formatDate, formatShortDate } from './dates';
import { statusLabel } from './status';

// The one module of wording for dates and statuses: every card, entry page, print, citation and
// export says what a date is ("Issued", "Decided", "takes effect"...) in these words, so a reader
// never meets an unlabelled date. Category labels are defined once in lib/constants.ts.

/** "7 Mar 2025" on dense cards and lists; "7 March 2025" in prose (entry pages, citations, print). */
export type DateStyle = 'short' | 'long';

export function formatDateAs(value: string, style: DateStyle): string {
  return style === 'short' ? formatShortDate(value) : formatDate(value);
}

/**
 * What an entry's `issued` date is: the day a court decided a judgment, the day anything else was
 * issued (promulgated, released for comment, launched, as the content contract defines the field).
 */
export function issuedLabel(category: string): 'Issued' | 'Decided' {
  return category === 'judgment' ? 'Decided' : 'Issued';
}

/** The fields a status's date comes from, and the day the status was derived for. */
export type StatusSource = {
  status: StatusId | null;
  trial: boolean;
  effective: string | null;
  commentDeadline: string | null;
  repealed: string | null;
};

/**
 * A status with the date it turns on, in three parts: the badge's label, the words between it and
 * the date, and the date:
 *   In force since 1 Sep 2022 · In force (no effective date recorded) · Not yet in force: takes effect 1 Sep 2099
 *   Draft for comment: comments close 14 Oct 2099 · Draft for comment: comments closed 9 Sep 2022 · Repealed 1 Jun 2017
 */
export type StatusParts = { label: string; phrase: string | null; date: string | null };

export function statusParts(entry: StatusSource, today: string): StatusParts | null {
  if (!entry.status) return null;
  const label = statusLabel(entry.status, entry.trial);
  switch (entry.status) {
    case 'in-force':
      return entry.effective ? { label, phrase: 'since', date: entry.effective } : { label, phrase: null, date: null };
    case 'not-yet-in-force':
      return { label, phrase: 'takes effect', date: entry.effective };
    case 'draft-for-comment':
      return entry.commentDeadline
        ? { label, phrase: entry.commentDeadline >= today ? 'comments close' : 'comments closed', date: entry.commentDeadline }
        : { label, phrase: null, date: null };
    case 'repealed':
      return { label, phrase: null, date: entry.repealed };
  }
}

/** The status and its date as one line of text: "In force since 19 December 2022", "Draft for comment: comments close 1 May 2099". */
export function statusText(entry: StatusSource, today: string, style: DateStyle = 'long'): string {
  const parts = statusParts(entry, today);
  if (!parts) return '';
  return `${parts.label}${phraseText(parts.phrase)}${parts.date ? ` ${formatDateAs(parts.date, style)}` : ''}`;
}

/** The words between a status and its date as text: " since", ": takes effect", ": comments close". */
export function phraseText(phrase: string | null): string {
  return phrase === null ? '' : phrase === 'since' ? ' since' : `: ${phrase}`;
}

/** "as of 29 November 2026": the day a status shown in print or an export was derived for. */
export function asOfText(today: string): string {
  return `as of ${formatDate(today)}`;
}
