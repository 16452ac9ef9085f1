import type { ReactNode } from 'react';
import { ParamNotice } from '@/components/search/param-notice';
import type { ParamProblem } from '@/lib/search/params';

/** A field a person never sees or fills: a bot that fills every field is answered as usual and nothing happens. */
export const HONEYPOT = 'website';

/** The subscribe form: a plain POST form, no JavaScript needed. Search parameters ride along as hidden fields. */
export function SubscribeForm({
  search,
  hidden,
  email = '',
  frequency = 'daily',
  error,
}: {
  /** The search in words, with its page on the site; absent for editions. */
  search?: { title: string; href: string };
  hidden: [string, string][];
  email?: string;
  frequency?: 'daily' | 'weekly';
  error?: string;
}) {
  return (
    <form method="post" action="/subscribe" className="subscribe-form">
      {hidden.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      {search && (
        <p className="subscribe-search">
          New entries matching <a href={search.href}>{search.title}</a>
        </p>
      )}
      <div className="field">
        <label htmlFor="subscribe-email">Email address</label>
        <input
          id="subscribe-email"
          name="email"
          type="email"
          required
          maxLength={254}
          autoComplete="email"
          defaultValue={email}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'subscribe-error' : undefined}
        />
        {error && (
          <p id="subscribe-error" className="field-error">
            {error}
          </p>
        )}
      </div>
      {search && (
        <fieldset className="field">
          <legend>How often</legend>
          <label className="choice">
            <input type="radio" name="frequency" value="daily" defaultChecked={frequency === 'daily'} /> Daily, when there is something new
          </label>
          <label className="choice">
            <input type="radio" name="frequency" value="weekly" defaultChecked={frequency === 'weekly'} /> Weekly, when there is something new
          </label>
        </fieldset>
      )}
      <div className="hp" aria-hidden="true">
        <label>
          Leave this field empty <input type="text" name={HONEYPOT} tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <button type="submit" className="button button-primary">
        Subscribe
      </button>
      <p className="subscribe-note">
        We will email you a link to confirm. Nothing else is sent until you do, and every email has a link to unsubscribe. Your address is used for nothing else.
      </p>
    </form>
  );
}

/** A short page of the subscribing pages: heading, text, and what to do next. */
export function SubscribePanel({ eyebrow, title, children }: { eyebrow?: string; title: string; children: ReactNode }) {
  return (
    <div className="subscribe-page">
      <header className="page-header">
        {eyebrow && <p className="eyebrow">{eyebrow}</p>}
        <h1>{title}</h1>
      </header>
      {children}
    </div>
  );
}

/** The answer to every accepted subscribe request: the same for any address, known or not. */
export function CheckInbox() {
  return (
    <SubscribePanel eyebrow="Almost done" title="Check your inbox">
      <p className="lede">If this address can receive email, a message with a link to confirm your subscription is on its way.</p>
      <ul className="subscribe-steps">
        <li>Open the email from China TMT Digest and follow its link within 48 hours.</li>
        <li>Nothing else is sent to the address until the subscription is confirmed.</li>
        <li>No email after a few minutes? Look in your spam or junk folder. At most three confirmation emails are sent to one address a day.</li>
      </ul>
      <p>
        <a href="/">Back to the latest edition</a>
      </p>
    </SubscribePanel>
  );
}

/** The search's problems: a subscription is only made to a search that is understood in full. */
export function SearchProblems({ problems, search }: { problems: ParamProblem[]; search: string }) {
  return (
    <SubscribePanel eyebrow="Email alerts" title="This search cannot be followed as it is">
      <ParamNotice problems={problems} />
      <p>
        An alert follows exactly the search you see. <a href={search}>Open the search</a>, adjust it, then choose “Email me new matches” again.
      </p>
    </SubscribePanel>
  );
}

/** A form with one button that POSTs a token: what every link in an email leads to, so a mail scanner's GET changes nothing. */
export function TokenButton({ action, token, label, name, value }: { action: string; token?: string; label: string; name?: string; value?: string }) {
  return (
    <form method="post" action={action} className="token-form">
      {token && <input type="hidden" name="token" value={token} />}
      {name && <input type="hidden" name={name} value={value} />}
      <button type="submit" className="button button-primary">
        {label}
      </button>
    </form>
  );
}

export type SubscriptionRow = {
  id: string;
  title: string;
  detail: string;
  search: string | null;
  pending: boolean;
  about: boolean;
};

/** The manage page: an address's subscriptions, each with a button that ends it. */
export function ManageList({ token, rows, notice }: { token: string; rows: SubscriptionRow[]; notice?: string }) {
  return (
    <SubscribePanel eyebrow="Your email subscriptions" title="Manage your subscriptions">
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="lede">This address has no subscriptions. Nothing more will be sent to it.</p>
      ) : (
        <>
          <ul className="subscription-list">
            {rows.map((row) => (
              <li key={row.id} className="subscription">
                <div>
                  <p className="subscription-title">
                    {row.search ? <a href={row.search}>{row.title}</a> : row.title}
                    {row.pending && <span className="badge">Not confirmed</span>}
                  </p>
                  <p className="muted">{row.detail}</p>
                </div>
                <TokenButton action="/subscriptions" token={token} name="end" value={row.id} label="Unsubscribe" />
              </li>
            ))}
          </ul>
          {rows.length > 1 && (
            <div className="subscribe-all">
              <TokenButton action="/subscriptions" token={token} name="end" value="all" label="Unsubscribe from everything" />
            </div>
          )}
        </>
      )}
      <p>
        <a href="/subscribe">Subscribe to each new edition</a> · <a href="/search">Search, then choose “Email me new matches”</a>
      </p>
    </SubscribePanel>
  );
}

/** A link from an email that is not (or no longer) valid. */
export function InvalidLink({ what }: { what: string }) {
  return (
    <SubscribePanel title="This link is not valid">
      <p className="lede">{what}</p>
      <p>
        <a href="/subscribe">Subscribe again</a> · <a href="/">Latest edition</a>
      </p>
    </SubscribePanel>
  );
}
