import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import { SITE_NAME } from '../constants';
import { siteUrl } from '../site';

/** The From header (`MAIL_FROM`; default: the digest at the site's host name). */
export function mailFrom(): string {
  return process.env.MAIL_FROM || `"${SITE_NAME}" <digest@${new URL(siteUrl()).hostname}>`;
}

/** The bare address of From, for the SMTP envelope and Message-IDs. */
export function fromAddress(from: string = mailFrom()): string {
  return /<([^>]+)>\s*$/.exec(from)?.[1] ?? from.trim();
}

/** The right-hand side of this site's Message-IDs: the From address's domain. */
export function messageDomain(from: string = mailFrom()): string {
  return fromAddress(from).split('@')[1] || new URL(siteUrl()).hostname;
}

/**
 * A Message-ID (without <>) that is the same for the same subscriber and content, so a copy sent
 * twice is recognisably the same message: 'edition.2023-01.<subscriber>@host', or for other kinds
 * the kind and a hash of the content key.
 */
export function messageId(contentKey: string, subscriberId: string, from?: string): string {
  const [kind, rest] = contentKey.split(/:(.*)/s) as [string, string | undefined];
  const what = kind === 'edition' && rest && /^[A-Za-z0-9.-]+$/.test(rest) ? rest : createHash('sha256').update(contentKey).digest('hex').slice(0, 16);
  return `${kind}.${what}.${subscriberId}@${messageDomain(from)}`;
}

export type Outgoing = {
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** The one-click unsubscribe URL (RFC 8058). */
  unsubscribe: string;
  /** List-Id: 'editions' or 'alerts'. */
  list: 'editions' | 'alerts' | 'confirmations';
  date: Date;
};

/** The whole MIME message (multipart/alternative: text, then HTML), as it is stored in the outbox and sent. */
export async function buildMime(message: Outgoing, from: string = mailFrom()): Promise<string> {
  const composer = new MailComposer({
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: `<${message.id}>`,
    date: message.date,
    // `prepared`: written as given, never folded, so the URL stays whole on one line.
    headers: {
      'List-Unsubscribe': { prepared: true, value: `<${message.unsubscribe}>` },
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': {
        prepared: true,
        value: `"${SITE_NAME} ${message.list}" <${message.list}.${messageDomain(from)}>`,
      },
      // RFC 3834: no vacation auto-replies to this.
      'Auto-Submitted': 'auto-generated',
    },
  });
  const raw = await new Promise<Buffer>((resolve, reject) => composer.compile().build((error, out) => (error ? reject(error) : resolve(out))));
  return raw.toString('utf8');
}
