import type { NextRequest } from 'next/server';
import { InvalidLink, SubscribePanel, TokenButton } from '@/components/subscribe/subscribe-views';
import type { Snapshot } from '@/lib/catalogue/snapshot';
import { servePage, type Page } from '@/lib/html/page';
import { describeSubscription } from '@/lib/mail/compose';
import { fromSiteOrigin } from '@/lib/mail/origin';
import { recordPublished } from '@/lib/mail/published';
import { confirmSubscription, peekConfirmation, type ConfirmOutcome } from '@/lib/mail/subscriptions';
import { forbiddenPage, readForm } from '@/lib/mail/web';
import { withSubscribers } from '@/lib/subscribers/db';

const meta = (title: string) => ({
  title,
  description: 'Confirm an email subscription to the China TMT Digest.',
  robots: 'noindex',
});

/** The confirmation link from the email: a button that confirms (a GET changes nothing, so a mail scanner confirms no one). */
export function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get('token');
  return servePage(request, async ({ snapshot }) => {
    const outcome = await withSubscribers((db) => peekConfirmation(db, token));
    if (outcome.state !== 'confirmed') return answer(snapshot, outcome);
    return {
      personal: true,
      meta: meta('Confirm your subscription'),
      body: (
        <SubscribePanel eyebrow="One more step" title="Confirm your subscription">
          <p className="lede">You asked for {what(snapshot, outcome)}.</p>
          <TokenButton action="/subscribe/confirm" token={token!} label="Confirm subscription" />
        </SubscribePanel>
      ),
    };
  });
}

/** Confirms the subscription (form-encoded `token`), from the site's own page only. */
export async function POST(request: NextRequest) {
  if (!fromSiteOrigin(request.headers)) return servePage(request, () => forbiddenPage());
  return servePage(request, async ({ snapshot }) => {
    const token = (await readForm(request))?.get('token');
    const outcome = await withSubscribers(async (db) => {
      // The catalogue as it is now is what the subscriber has seen: none of it is new to them.
      await recordPublished(db, snapshot);
      return confirmSubscription(db, token);
    });
    return answer(snapshot, outcome);
  });
}

function what(snapshot: Snapshot, outcome: ConfirmOutcome): string {
  return describeSubscription(snapshot, {
    kind: outcome.kind ?? 'edition',
    query: outcome.query ?? '',
    frequency: outcome.frequency ?? null,
  }).what;
}

function answer(snapshot: Snapshot, outcome: ConfirmOutcome): Page {
  if (outcome.state === 'invalid') {
    return {
      status: 404,
      personal: true,
      meta: meta('Link not valid'),
      body: <InvalidLink what="This confirmation link has expired (they work for 48 hours) or is not valid. Subscribe again to get a new one." />,
    };
  }
  return {
    personal: true,
    meta: meta('Subscription confirmed'),
    body: (
      <SubscribePanel eyebrow="Confirmed" title={outcome.state === 'confirmed' ? 'You are subscribed' : 'Already confirmed'}>
        <p className="lede">You will receive {what(snapshot, outcome)}.</p>
        <p>Every email has a link to manage your subscriptions or to unsubscribe at once.</p>
        <p>
          <a href="/">Read the latest edition</a>
        </p>
      </SubscribePanel>
    ),
  };
}
