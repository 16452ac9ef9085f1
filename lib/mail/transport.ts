import fs from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';

/** Where messages go: an SMTP server, or a folder of .eml files. `send` resolves once the message is accepted. */
export type Transport = {
  /** For logs: 'smtp://host:port' (no credentials) or the folder. */
  readonly name: string;
  send(envelope: { from: string; to: string }, raw: string, id: string): Promise<void>;
  close(): void;
};

/** Where .eml files are written when SMTP_URL is unset (`MAIL_OUTBOX_DIR`, default `.data/outbox`). */
export function outboxDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.MAIL_OUTBOX_DIR || path.join('.data', 'outbox'));
}

/**
 * The transport the environment asks for: SMTP through nodemailer when SMTP_URL is set
 * (`smtp://user:pass@host:587`, `smtps://...`; STARTTLS is used whenever the server offers it),
 * else one .eml file per message under outboxDir(), for a trial with no mail server.
 */
export function transportFromEnv(options: { timeoutMs?: number } = {}): Transport {
  const url = process.env.SMTP_URL;
  return url ? smtpTransport(url, options.timeoutMs) : folderTransport(outboxDir());
}

/** SMTP: one connection, reused for a run's messages, sent one at a time. */
export function smtpTransport(url: string, timeoutMs = 30_000): Transport {
  const mailer = nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: 1,
    maxMessages: 500,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs * 2,
  });
  const shown = new URL(url);
  return {
    name: `${shown.protocol}//${shown.host}`,
    async send(envelope, raw) {
      // Resolves only on the server's 250 after DATA: the message is then the server's.
      await mailer.sendMail({ envelope, raw });
    },
    close: () => mailer.close(),
  };
}

/** A folder of .eml files, each written whole (a temporary file renamed into place). */
export function folderTransport(dir: string): Transport {
  return {
    name: dir,
    async send(_envelope, raw, id) {
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${id.replace(/[^A-Za-z0-9.-]+/g, '_')}.eml`);
      const temp = `${file}.tmp-${process.pid}`;
      await fs.promises.writeFile(temp, raw);
      await fs.promises.rename(temp, file);
    },
    close: () => {},
  };
}
