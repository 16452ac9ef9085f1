import type { NextRequest } from 'next/server';
import { CheckInbox, HONEYPOT, SearchProblems, SubscribeForm, SubscribePanel } from '@/components/subscribe/subscribe-views';
import type { Snapshot } from '@/lib/catalogue/snapshot';
import { servePage, type Page } from '@/lib/html/page';
import { normaliseAddress } from '@/lib/mail/address';
import { fromSiteOrigin } from '@/lib/mail/origin';
import { recordPublished } from '@/lib/mail/published';
import { clientKey } from '@/lib/mail/rate-limit';
import { requestSubscription } from '@/lib/mail/subscriptions';
import { forbiddenPage, readForm, requestedSearch, sendAfterResponse, subscribeLimiter, type RequestedSearch } from '@/lib/mail/web';
import { describeSearchSentence } from '@/lib/search/describe';
import { withSubscribers } from '@/lib/subscribers/db';

const DESCRIPTION = 'Get each new edition of the China TMT Digest, or new entries matching a search, by email.';

/** The subscribe form: with search parameters (as /search takes them) for that search's new matches, without for each new edition. */
export function GET(request: NextRequest) {
  return servePage(request, ({ snapshot }) => formPage(snapshot, requestedSearch(request.nextUrl.searchParams, snapshot)));
}

/**
 * A subscribe request (form-encoded: email, frequency for a search, the search's parameters).
 * Every accepted request gets the same "check your inbox" page, whether the address is known,
 * new, over its daily limit, or a bot filled the honeypot: nothing tells one from another.
 */
export async function POST(request: NextRequest) {
  if (!fromSiteOrigin(request.headers)) return servePage(request, () => forbiddenPage());
  return servePage(request, async ({ snapshot }) => {
    const form = await readForm(request);
    if (!form)
      return {
        ...(await formPage(snapshot, requestedSearch(new URLSearchParams(), snapshot))),
        status: 400,
      };
    if (form.get(HONEYPOT)) return checkInbox();
    if (!subscribeLimiter().take(clientKey(request.headers))) return tooMany();
    const wanted = requestedSearch(form, snapshot);
    if (wanted.problems.length) return { ...problemsPage(wanted), status: 400 };
    const email = normaliseAddress(form.get('email'));
    const frequency = wanted.kind === 'search' ? (form.get('frequency') ?? 'daily') : null;
    if (!email || (frequency !== null && frequency !== 'daily' && frequency !== 'weekly')) {
      const error = email ? 'Choose daily or weekly.' : 'Enter an email address such as name@example.com.';
      return {
        ...formPage(snapshot, wanted, {
          email: String(form.get('email') ?? '').slice(0, 254),
          error,
        }),
        status: 400,
      };
    }
    const id = await withSubscribers(async (db) => {
      await recordPublished(db, snapshot);
      return requestSubscription(db, snapshot, {
        email,
        kind: wanted.kind,
        query: wanted.query,
        frequency: frequency as 'daily' | 'weekly' | null,
      });
    });
    if (id) sendAfterResponse([id]);
    return checkInbox();
  });
}

function formPage(snapshot: Snapshot, wanted: RequestedSearch, state: { email?: string; error?: string } = {}): Page {
  if (wanted.problems.length) return problemsPage(wanted);
  const hidden = [...new URLSearchParams(wanted.query)];
  if (wanted.kind === 'edition') {
    return {
      meta: {
        title: 'Get each edition by email',
        description: DESCRIPTION,
        path: '/subscribe',
        robots: 'noindex',
      },
      body: (
        <SubscribePanel eyebrow="Email" title="Get each edition by email">
          <p className="lede">Each month’s highlights in your inbox: the editors’ observations, then every item by part, with links to the full entries.</p>
          <SubscribeForm hidden={hidden} {...state} />
          <p className="muted">
            Following particular authorities or topics instead? <a href="/search">Search</a>, then choose “Email me new matches”.
          </p>
        </SubscribePanel>
      ),
    };
  }
  const { title } = describeSearchSentence(wanted.filters, snapshot);
  return {
    meta: {
      title: 'Email me new matches',
      description: DESCRIPTION,
      robots: 'noindex',
    },
    body: (
      <SubscribePanel eyebrow="Search alert" title="Email me new matches">
        <p className="lede">An email when entries matching this search are published: at most one a day, or one a week.</p>
        <SubscribeForm hidden={hidden} search={{ title, href: `/search?${wanted.query}` }} {...state} />
      </SubscribePanel>
    ),
  };
}

function problemsPage(wanted: RequestedSearch): Page {
  return {
    meta: {
      title: 'Email me new matches',
      description: DESCRIPTION,
      robots: 'noindex',
    },
    body: <SearchProblems problems={wanted.problems} search={`/search${wanted.query ? `?${wanted.query}` : ''}`} />,
  };
}

function checkInbox(): Page {
  return {
    personal: true,
    meta: {
      title: 'Check your inbox',
      description: DESCRIPTION,
      robots: 'noindex',
    },
    body: <CheckInbox />,
  };
}

function tooMany(): Page {
  return {
    status: 429,
    personal: true,
    meta: {
      title: 'Too many requests',
      description: DESCRIPTION,
      robots: 'noindex',
    },
    body: (
      <SubscribePanel title="Too many requests">
        <p className="lede">This connection has sent many subscribe requests in the last hour. Please try again later.</p>
      </SubscribePanel>
    ),
  };
}
