import 'server-only';
import { after } from 'next/server';
import type { Snapshot } from '../catalogue/snapshot';
import type { Page } from '../html/page';
import { parseSearchParams, searchQueryString, type ParamProblem } from '../search/params';
import type { SearchFilters } from '../search/types';
import { getDeliveryDb } from '../subscribers/db';
import { deliverPending } from './deliver';
import { ClientLimiter } from './rate-limit';
import { transportFromEnv } from './transport';

// What the subscribing routes share: reading the form, the client limit, the search a request
// names, and sending the confirmation email right after the response.

/** A subscribe form is a few hundred bytes; anything far larger is not one. */
const MAX_FORM_BYTES = 16 * 1024;

/** The POSTed form (url-encoded or multipart), or null when it is too large or not a form. */
export async function readForm(request: Request): Promise<URLSearchParams | null> {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_FORM_BYTES) return null;
  const type = request.headers.get('content-type') ?? '';
  try {
    if (type.startsWith('application/x-www-form-urlencoded')) {
      const text = await request.text();
      return text.length > MAX_FORM_BYTES ? null : new URLSearchParams(text);
    }
    if (type.startsWith('multipart/form-data')) {
      const form = await request.formData();
      const params = new URLSearchParams();
      for (const [key, value] of form) if (typeof value === 'string') params.append(key, value);
      return params;
    }
  } catch {
    return null;
  }
  return null;
}

const state = globalThis as unknown as { __subscribeLimiter?: ClientLimiter };

/** The server's per-client limit on subscribe requests (lib/mail/rate-limit.ts). */
export function subscribeLimiter(): ClientLimiter {
  state.__subscribeLimiter ??= new ClientLimiter();
  return state.__subscribeLimiter;
}

/** Parameters of the subscribe form that are not the search's. */
const FORM_FIELDS = ['email', 'frequency', 'website', 'token', 'sort', 'page'];

export type RequestedSearch = {
  kind: 'edition' | 'search';
  query: string;
  filters: SearchFilters;
  problems: ParamProblem[];
};

/**
 * The subscription a set of parameters asks for, parsed by the search's own parser: with search
 * filters, that search's new matches (its canonical query string is what is stored); without, each
 * new edition. Sort and page do not change what matches, so they are dropped.
 */
export function requestedSearch(params: URLSearchParams, snapshot: Snapshot): RequestedSearch {
  const search = new URLSearchParams([...params].filter(([key]) => !FORM_FIELDS.includes(key)));
  const { filters, problems } = parseSearchParams(search, snapshot.known);
  const query = searchQueryString({
    ...filters,
    sort: filters.q ? 'relevance' : 'newest',
    page: 1,
  });
  return { kind: query ? 'search' : 'edition', query, filters, problems };
}

/** Sends the given outbox messages once the response is out, on the server's own delivery connection. */
export function sendAfterResponse(ids: string[]): void {
  after(async () => {
    const transport = transportFromEnv({ timeoutMs: 10_000 });
    try {
      await deliverPending(getDeliveryDb(), transport, {
        only: ids,
        log: (line) => console.log(`mail: ${line}`),
      });
    } catch (error) {
      // The message stays pending: mail:send sends it on its next run.
      console.error(`mail: sending ${ids.join(', ')} failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      transport.close();
    }
  });
}

/** The answer to a POST from another origin (or none): nothing was changed. */
export function forbiddenPage(): Page {
  return {
    status: 403,
    personal: true,
    meta: {
      title: 'Not allowed',
      description: 'This form can only be sent from the site itself.',
      robots: 'noindex',
    },
    body: (
      <div className="subscribe-page">
        <h1>This form can only be sent from the site</h1>
        <p>Nothing was changed. Open the page on the site and send the form from there.</p>
      </div>
    ),
  };
}
