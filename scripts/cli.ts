/** Reads `--dir PATH` (or `--dir=PATH`) from argv; falls back to CONTENT_DIR, then content/. */
export function dirArgument(argv: string[] = process.argv.slice(2)): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dir') {
      const value = argv[i + 1];
      if (!value || value.startsWith('--')) fail('--dir needs a path, e.g. --dir content');
      return value;
    }
    if (arg.startsWith('--dir=')) return arg.slice('--dir='.length);
    if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run <content:check|content:load> -- [--dir PATH]   (default: $CONTENT_DIR or content/)');
      process.exit(0);
    }
    fail(`unknown argument '${arg}'; usage: -- [--dir PATH]`);
  }
  return process.env.CONTENT_DIR || 'content';
}

export function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** '1 entry', '16 entries'. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
