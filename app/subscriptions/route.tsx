import type { NextRequest } from 'next/server';
import { InvalidLink, ManageList, type SubscriptionRow } from '@/components/subscribe/subscribe-views';
import type { Snapshot } from '@/lib/catalogue/snapshot';
import { chinaToday, formatDate } from '@/lib/dates';
import { servePage, type Page } from '@/lib/html/page';
import { describeSubscription } from '@/lib/mail/compose';
import { fromSiteOrigin } from '@/lib/mail/origin';
import { endSubscriptions, manageView } from '@/lib/mail/subscriptions';
import { forbiddenPage, readForm } from '@/lib/mail/web';
import { withSubscribers } from '@/lib/subscribers/db';

const meta = {
  title: 'Your email subscriptions',
  description: 'Manage your email subscriptions to the China TMT Digest.',
  robots: 'noindex',
};

/** The manage page an email links to: the address's subscriptions, each with a button that ends it. */
export function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get('token');
  return servePage(request, ({ snapshot }) => page(snapshot, token));
}

/** Ends one subscription (`end` = its id) or all (`end` = all), from the manage page. */
export async function POST(request: NextRequest) {
  if (!fromSiteOrigin(request.headers)) return servePage(request, () => forbiddenPage());
  return servePage(request, async ({ snapshot }) => {
    const form = await readForm(request);
    const token = form?.get('token') ?? null;
    const end = form?.get('end') ?? '';
    const ended = end ? await withSubscribers((db) => endSubscriptions(db, token, end === 'all' ? 'all' : end)) : 0;
    if (ended === null) return invalid();
    return page(
      snapshot,
      token,
      ended === 0
        ? 'That subscription had already ended.'
        : end === 'all'
          ? 'You are unsubscribed from everything. Nothing more will be sent.'
          : 'You are unsubscribed. Nothing more will be sent for that subscription.',
    );
  });
}

async function page(snapshot: Snapshot, token: string | null, notice?: string): Promise<Page> {
  const view = await withSubscribers((db) => manageView(db, token));
  if (!view) return invalid();
  const rows: SubscriptionRow[] = view.subscriptions.map((sub) => {
    const described = describeSubscription(snapshot, sub);
    const since = sub.confirmedAt ? `since ${formatDate(chinaToday(new Date(sub.confirmedAt)))}` : 'waiting for confirmation';
    return {
      id: sub.id,
      title: described.title,
      detail: `${sub.kind === 'edition' ? 'An email when an edition is published' : `${sub.frequency === 'weekly' ? 'Weekly' : 'Daily'}, when there are new matches`} · ${since}`,
      search: described.search,
      pending: sub.state === 'pending',
      about: sub.id === view.about,
    };
  });
  return {
    personal: true,
    meta,
    body: <ManageList token={token!} rows={rows} notice={notice} />,
  };
}

function invalid(): Page {
  return {
    status: 404,
    personal: true,
    meta,
    body: <InvalidLink what="This link to manage subscriptions is not valid. Use the link in the latest email you received from us." />,
  };
}
