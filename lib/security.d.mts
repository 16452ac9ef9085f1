/** The policy of every page and feed: scripts from this origin's files only. */
export const PAGE_POLICY: string;
/** The policy of JSON and other data: nothing loads or runs. */
export const DATA_POLICY: string;
