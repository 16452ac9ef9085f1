import { absoluteUrl, siteUrl } from '../site';

/** Stands for a message's manage token in a rendered email until each recipient's copy is made. */
export const TOKEN_SLOT = 'TOKENSLOT0000000000000000000000000000000000';

/** The absolute links an email carries, on SITE_URL. */
export const mailLinks = {
  confirm: (token: string, site = siteUrl()) => absoluteUrl(`/subscribe/confirm?token=${token}`, site),
  manage: (token: string, site = siteUrl()) => absoluteUrl(`/subscriptions?token=${token}`, site),
  /** The List-Unsubscribe URL: a POST unsubscribes at once (RFC 8058), a GET shows a button. */
  unsubscribe: (token: string, site = siteUrl()) => absoluteUrl(`/subscriptions/unsubscribe?token=${token}`, site),
};

/** The footer links of an email, with the token slot to fill per recipient. */
export function footerLinks(site = siteUrl()) {
  return {
    site: `${site}/`,
    manage: mailLinks.manage(TOKEN_SLOT, site),
    unsubscribe: mailLinks.unsubscribe(TOKEN_SLOT, site),
  };
}
