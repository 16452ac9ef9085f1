import { domainToASCII } from 'node:url';

/** RFC 5321's limits: 64 octets of local part, 254 in all. */
const MAX_LOCAL = 64;
const MAX_ADDRESS = 254;
// The unquoted local parts people use (RFC 5322 dot-atom); quoted local parts are refused.
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * An email address as it is stored and compared: trimmed, the domain in lowercase ASCII (IDNA),
 * the local part lowercased too (no mail provider in practice distinguishes case, and one person
 * must not hold two subscriptions as Ann@ and ann@). Null for anything that is not a plain
 * `local@domain.tld` address.
 */
export function normaliseAddress(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const value = input.trim();
  if (value.length === 0 || value.length > MAX_ADDRESS || /[\s\p{Cc}]/u.test(value)) return null;
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return null;
  const local = value.slice(0, at).toLowerCase();
  const domain = domainToASCII(value.slice(at + 1).replace(/\.$/, ''));
  if (!domain || local.length > MAX_LOCAL || !LOCAL.test(local)) return null;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return null;
  // A top-level domain is letters (or an IDN's xn-- form): no IP literals, no numeric TLDs.
  if (!/^([a-z]{2,63}|xn--[a-z0-9-]+)$/.test(labels.at(-1)!)) return null;
  const address = `${local}@${domain}`;
  return address.length <= MAX_ADDRESS ? address : null;
}
