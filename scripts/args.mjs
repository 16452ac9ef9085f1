// Command-line flags for the scripts: node:util parseArgs, strict. Shared by the TypeScript scripts
// (through args.d.mts) and the plain-Node ones (e2e-server.mjs).
import { parseArgs } from 'node:util';

/**
 * Parses `argv` against `options` (parseArgs' option config; `--help`/`-h` is added). Anything it
 * does not know (an unknown flag, a flag without its value, a stray argument) prints one line
 * saying what is wrong, then `usage`, and exits 2; `--help` prints `usage` and exits 0.
 * Both `--name value` and `--name=value` are accepted.
 */
export function parseFlags(usage, options, argv = process.argv.slice(2)) {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    // parseArgs' messages are right but sometimes span lines ("...is ambiguous.\nDid you forget..."): one line.
    usageError(usage, String(error?.message ?? error).replace(/\s*\n\s*/g, ' '));
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  delete values.help;
  return values;
}

/** Prints `error: <message>` and the usage, and exits 2 (the exit code for a usage error). */
export function usageError(usage, message) {
  console.error(`error: ${message}`);
  console.error(usage);
  process.exit(2);
}

/** A flag's value as a number (`fallback` when the flag was not given); anything else is a usage error. */
export function numberFlag(usage, name, value, fallback) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) usageError(usage, `--${name} takes a number, not '${value}'`);
  return n;
}
