import { createHash, randomBytes } from 'node:crypto';

/** How long a confirmation link works. */
export const CONFIRM_TTL_MS = 48 * 60 * 60 * 1000;

/** A new secret for a link: 256 random bits, base64url (43 characters), and the hash that is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

/** What the database keeps of a token: its SHA-256, hex. A leaked database opens no link. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** True for something shaped like a token this site issues; anything else is not looked up. */
export function isTokenShaped(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** A short, stable label for an address in logs, never the address itself. */
export function addressLabel(email: string): string {
  return `addr:${createHash('sha256').update(email).digest('hex').slice(0, 10)}`;
}
