/** The policy of every page and feed: scripts from this origin's files only. */
export const PAGE_POLICY: string;
/** The policy of JSON and other data: nothing loads or runs. */
export const DATA_POLICY: string;
/** Headers every response carries, static files included: [name, value] pairs. */
export const COMMON_HEADERS: [string, string][];
/** The Content-Security-Policy for a path: data under /api/, pages and feeds everywhere else. */
export function policyFor(pathname: string): string;
