import type { NextRequest } from 'next/server';
import { InvalidLink, SubscribePanel, TokenButton } from '@/components/subscribe/subscribe-views';
import { servePage, type Page } from '@/lib/html/page';
import { describeSubscription } from '@/lib/mail/compose';
import { fromSiteOrigin } from '@/lib/mail/origin';
import { endSubscriptions, unsubscribeView } from '@/lib/mail/subscriptions';
import { forbiddenPage, readForm } from '@/lib/mail/web';
import { withSubscribers } from '@/lib/subscribers/db';

const meta = (title: string) => ({
  title,
  description: 'Unsubscribe from China TMT Digest emails.',
  robots: 'noindex',
});

/**
 * The List-Unsubscribe URL. A GET (a person following the link, or a mail scanner) only shows a
 * button; it changes nothing.
 */
export function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get('token');
  return servePage(request, async ({ snapshot }) => {
    const found = await withSubscribers((db) => unsubscribeView(db, token));
    if (!found) return invalid();
    const title = found.subscription ? describeSubscription(snapshot, found.subscription).title : 'these emails';
    const active = found.subscription !== null && found.subscription.state !== 'ended';
    return {
      personal: true,
      meta: meta('Unsubscribe'),
      body: (
        <SubscribePanel eyebrow="Unsubscribe" title={active ? 'Unsubscribe?' : 'You are unsubscribed'}>
          <p className="lede">{active ? <>Stop receiving emails for: {title}.</> : <>Nothing more is sent for: {title}.</>}</p>
          {active && <TokenButton action={`/subscriptions/unsubscribe?token=${token}`} label="Unsubscribe" />}
          <p>
            <a href={`/subscriptions?token=${token}`}>Manage all your subscriptions</a>
          </p>
        </SubscribePanel>
      ),
    };
  });
}

/**
 * Unsubscribes at once from what the email was about. RFC 8058 one-click: a mail provider POSTs
 * `List-Unsubscribe=One-Click` from its own servers, with no Origin of this site, so such a POST is
 * accepted on its token alone (256 random bits, which no other site can know). Any other POST must
 * come from the site's own page (the button above).
 */
export async function POST(request: NextRequest) {
  const token = request.nextUrl.searchParams.get('token');
  const form = await readForm(request);
  const oneClick = form?.get('List-Unsubscribe') === 'One-Click';
  if (!oneClick && !fromSiteOrigin(request.headers)) return servePage(request, () => forbiddenPage());
  return servePage(request, async () => {
    const ended = await withSubscribers((db) => endSubscriptions(db, token, 'this'));
    if (ended === null) return invalid();
    return {
      personal: true,
      meta: meta('Unsubscribed'),
      body: (
        <SubscribePanel eyebrow="Unsubscribe" title="You are unsubscribed">
          <p className="lede">Nothing more will be sent for this subscription.</p>
          <p>
            <a href={`/subscriptions?token=${token}`}>Manage your other subscriptions</a>
          </p>
        </SubscribePanel>
      ),
    };
  });
}

function invalid(): Page {
  return {
    status: 404,
    personal: true,
    meta: meta('Link not valid'),
    body: <InvalidLink what="This unsubscribe link is not valid. Use the link in the latest email you received from us." />,
  };
}
