import { createElement } from 'react';
import type { Snapshot } from '../catalogue/snapshot';
import { cardOf, getEditionDetail } from '../catalogue/views';
import type { EntryCard } from '../catalogue/types';
import { chinaToday } from '../dates';
import { describeSearchSentence } from '../search/describe';
import { searchQueryString } from '../search/params';
import { matchAll } from '../search/service';
import { absoluteUrl, paths, siteUrl } from '../site';
import type { SubscribersDb } from '../subscribers/client';
import { footerLinks, mailLinks, TOKEN_SLOT } from './links';
import { buildMime, messageId, type Outgoing } from './message';
import { emailSafeHtml } from './observations';
import { latest, newEditions, newEntries, readFirstPublished } from './published';
import { htmlToText, renderEmailHtml } from './render';
import { AlertEmail, alertSubject, alertText } from './templates/alert';
import { CONFIRM_SUBJECT, ConfirmEmail, confirmText } from './templates/confirm';
import { EditionEmail, editionSubject, editionText } from './templates/edition';
import { newToken } from './tokens';

/** An email rendered once for everyone who gets it; each copy's manage token is put into TOKEN_SLOT. */
export type Rendered = {
  subject: string;
  html: string;
  text: string;
  list: Outgoing['list'];
};

/** The copy of a rendered email for one recipient, with that copy's manage token. */
function personalise(r: Rendered, token: string): Pick<Outgoing, 'subject' | 'html' | 'text' | 'list'> {
  return {
    subject: r.subject,
    list: r.list,
    html: r.html.replaceAll(TOKEN_SLOT, token),
    text: r.text.replaceAll(TOKEN_SLOT, token),
  };
}

/** The search a subscription follows, as parsed filters, in words, and on the site. */
export function describeSubscription(snapshot: Snapshot, sub: { kind: string; query: string; frequency: string | null }, site = siteUrl()) {
  if (sub.kind === 'edition')
    return {
      title: 'Each new edition',
      what: 'each new edition of the digest by email',
      search: null,
      problems: [],
    };
  const { filters, problems } = matchAll(snapshot, new URLSearchParams(sub.query), chinaToday());
  const sentence = describeSearchSentence(filters, snapshot);
  const qs = searchQueryString(filters);
  return {
    title: sentence.title,
    what: `a ${sub.frequency ?? 'daily'} email of new ${sentence.noun}${sentence.rest ? ` ${sentence.rest}` : ''}`,
    search: absoluteUrl(`/search${qs ? `?${qs}` : ''}`, site),
    problems,
  };
}

/** The confirmation email, with its own confirm link (and the manage slot). */
export async function renderConfirm(what: string, confirmToken: string, site = siteUrl()): Promise<Rendered> {
  const props = {
    what,
    confirm: mailLinks.confirm(confirmToken, site),
    links: footerLinks(site),
  };
  return {
    subject: CONFIRM_SUBJECT,
    html: await renderEmailHtml(createElement(ConfirmEmail, props)),
    text: confirmText(props),
    list: 'confirmations',
  };
}

/** The edition email of one edition; null if the catalogue no longer has it. */
export async function renderEdition(snapshot: Snapshot, id: string, today: string, site = siteUrl()): Promise<Rendered | null> {
  const edition = await getEditionDetail(snapshot, id, today);
  if (!edition) return null;
  const view = absoluteUrl(paths.edition(id), site);
  const html = edition.bodyHtml ? emailSafeHtml(edition.bodyHtml, site, view) : '';
  const props = {
    edition,
    observations: { html, text: html ? htmlToText(html) : '' },
    view,
    entryUrl: (slug: string) => absoluteUrl(paths.entry(slug), site),
    links: footerLinks(site),
  };
  return {
    subject: editionSubject(edition),
    html: await renderEmailHtml(createElement(EditionEmail, props)),
    text: editionText(props),
    list: 'editions',
  };
}

/** An alert email listing `entries` (newest first) for a search described as `title`. */
export async function renderAlert(
  args: {
    title: string;
    entries: EntryCard[];
    frequency: 'daily' | 'weekly';
    since: string;
    search: string;
  },
  site = siteUrl(),
): Promise<Rendered> {
  const props = {
    ...args,
    entryUrl: (slug: string) => absoluteUrl(paths.entry(slug), site),
    links: footerLinks(site),
  };
  return {
    subject: alertSubject(args.title, args.entries.length),
    html: await renderEmailHtml(createElement(AlertEmail, props)),
    text: alertText(props),
    list: 'alerts',
  };
}

/** The Token and Message rows of one composed message: its manage token is created with it. */
export async function outboxRows(args: {
  rendered: Rendered;
  to: string;
  subscriberId: string;
  subscriptionId: string;
  kind: 'confirm' | 'edition' | 'alert';
  contentKey: string;
  now: Date;
  site?: string;
}) {
  const { token, hash } = newToken();
  const id = messageId(args.contentKey, args.subscriberId);
  const raw = await buildMime({
    ...personalise(args.rendered, token),
    id,
    to: args.to,
    unsubscribe: mailLinks.unsubscribe(token, args.site),
    date: args.now,
  });
  const createdAt = args.now.toISOString();
  return {
    token: {
      hash,
      purpose: 'manage',
      subscriberId: args.subscriberId,
      subscriptionId: args.subscriptionId,
      createdAt,
    },
    message: {
      id,
      subscriberId: args.subscriberId,
      subscriptionId: args.subscriptionId,
      kind: args.kind,
      contentKey: args.contentKey,
      state: 'pending',
      subject: args.rendered.subject,
      raw,
      createdAt,
    },
  };
}

/** How long a rhythm waits between two alerts; an hour less, so a daily cron at a slightly earlier minute still sends daily. */
export const RHYTHM_MS: Record<string, number> = {
  daily: 23 * 3600_000,
  weekly: (7 * 24 - 1) * 3600_000,
};

export type ComposeReport = {
  editions: number;
  alerts: number;
  skipped: { subscription: string; reason: string }[];
};

/**
 * Composes every message that is due into the outbox: for each active edition subscription, one
 * email per edition first published after its last delivery; for each active search subscription
 * whose rhythm (daily, weekly) has come round, one email of the entries first published since its
 * last delivery that match its search. Each message is written in one transaction with the
 * subscription's new "last delivery" (its watermark), so a run that dies composes nothing twice
 * and loses nothing. The catalogue version must be recorded first (recordPublished).
 */
export async function composeDue(db: SubscribersDb, snapshot: Snapshot, now: Date = new Date(), site = siteUrl()): Promise<ComposeReport> {
  const today = chinaToday(now);
  const first = await readFirstPublished(db);
  const report: ComposeReport = { editions: 0, alerts: 0, skipped: [] };
  const subscriptions = await db.subscription.findMany({
    where: { state: 'active', subscriber: { state: 'active' } },
    include: { subscriber: { select: { email: true } } },
    orderBy: { confirmedAt: 'asc' },
  });
  const editionEmails = new Map<string, Rendered | null>();

  for (const sub of subscriptions) {
    const since = sub.watermark ?? sub.confirmedAt ?? sub.createdAt;
    if (sub.kind === 'edition') {
      const editions = newEditions(snapshot.editions, first, since);
      if (editions.length === 0) continue;
      const watermark = latest(
        first,
        editions.map((e) => `edition:${e.id}`),
      )!;
      const rows = [];
      for (const edition of editions) {
        if (!editionEmails.has(edition.id)) editionEmails.set(edition.id, await renderEdition(snapshot, edition.id, today, site));
        const rendered = editionEmails.get(edition.id);
        if (rendered)
          rows.push(
            await outboxRows({
              rendered,
              to: sub.subscriber.email,
              subscriberId: sub.subscriberId,
              subscriptionId: sub.id,
              kind: 'edition',
              contentKey: `edition:${edition.id}`,
              now,
              site,
            }),
          );
      }
      if (await commit(db, sub.id, since, { watermark }, rows)) report.editions += rows.length;
      continue;
    }

    const due = !sub.lastSentAt || now.getTime() - Date.parse(sub.lastSentAt) >= (RHYTHM_MS[sub.frequency ?? 'daily'] ?? RHYTHM_MS.daily!);
    if (!due) continue;
    const candidates = newEntries(snapshot.entries, first, since);
    if (candidates.length === 0) continue;
    const { problems, matches } = matchAll(snapshot, new URLSearchParams(sub.query), today);
    // A filter the catalogue no longer knows would be dropped, widening the search: send nothing.
    if (problems.length) {
      report.skipped.push({
        subscription: sub.id,
        reason: problems.map((p) => `${p.param}: ${p.message}`).join('; '),
      });
      continue;
    }
    const fresh = new Set(candidates.map((e) => e.slug));
    const entries = matches.filter((m) => fresh.has(m.doc.slug)).map((m) => cardOf(snapshot, m.doc, today));
    const watermark = latest(
      first,
      candidates.map((e) => `entry:${e.slug}`),
    )!;
    if (entries.length === 0) {
      await commit(db, sub.id, since, { watermark }, []);
      continue;
    }
    const { title, search } = describeSubscription(snapshot, sub, site);
    const rendered = await renderAlert(
      {
        title,
        entries,
        frequency: sub.frequency === 'weekly' ? 'weekly' : 'daily',
        since: chinaToday(new Date(since)),
        search: search!,
      },
      site,
    );
    const row = await outboxRows({
      rendered,
      to: sub.subscriber.email,
      subscriberId: sub.subscriberId,
      subscriptionId: sub.id,
      kind: 'alert',
      contentKey: `alert:${sub.id}:${watermark}`,
      now,
      site,
    });
    if (await commit(db, sub.id, since, { watermark, lastSentAt: now.toISOString() }, [row])) report.alerts += 1;
  }
  return report;
}

/**
 * Advances a subscription's watermark from `since` and writes its messages, in one transaction.
 * The update comes first and is conditional on the watermark still being `since`: if another run
 * got there first, or the subscription ended meanwhile, nothing is written.
 */
async function commit(
  db: SubscribersDb,
  subscriptionId: string,
  since: string,
  data: { watermark: string; lastSentAt?: string },
  rows: Awaited<ReturnType<typeof outboxRows>>[],
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const moved = await tx.subscription.updateMany({
      where: {
        id: subscriptionId,
        state: 'active',
        OR: [{ watermark: since }, { watermark: null }],
      },
      data,
    });
    if (moved.count === 0) return false;
    for (const row of rows) {
      // One message per subscriber and content, whatever happens: a copy already composed stands.
      const exists = await tx.message.findUnique({
        where: {
          subscriberId_contentKey: {
            subscriberId: row.message.subscriberId,
            contentKey: row.message.contentKey,
          },
        },
        select: { id: true },
      });
      if (exists) continue;
      await tx.token.create({ data: row.token });
      await tx.message.create({ data: row.message });
    }
    return true;
  });
}
