// Constants and helpers shared by the engine's parts.

/** The tiers of `tierFields`, best first: 0 title fields, 1 issuers, topics and type, 2 summary and body. */
export const TIERS = 3;
/** "No tier" in tier arrays. */
export const NONE = 255;
export const HAN = /\p{Script=Han}/u;
export const ASCII = /^[\x00-\x7f]*$/;

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
