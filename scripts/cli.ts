import { parseFlags, usageError } from './args.mjs';

const USAGE = 'usage: npm run <content:check|content:load> -- [--dir PATH]   (default: $CONTENT_DIR or content/)';

/** Reads `--dir PATH` (or `--dir=PATH`) from argv; falls back to CONTENT_DIR, then content/. */
export function dirArgument(argv: string[] = process.argv.slice(2)): string {
  const { dir } = parseFlags(USAGE, { dir: { type: 'string' } }, argv);
  if (dir === '') usageError(USAGE, '--dir needs a path, e.g. --dir content');
  return dir ?? (process.env.CONTENT_DIR || 'content');
}

/** '1 entry', '16 entries'. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
