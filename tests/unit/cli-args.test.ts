import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { numberFlag, parseFlags } from '@/scripts/args.mjs';
import { dirArgument } from '@/scripts/cli';
import { REPO } from './helpers/fixtures';

// The scripts' flags (scripts/args.mjs, node:util parseArgs, strict). process.exit is replaced by a
// throw so a usage error can be seen without ending the test run.
class Exit extends Error {
  constructor(readonly code: number | undefined) {
    super(`exit ${code}`);
  }
}

let printed: { out: string[]; err: string[] };
beforeEach(() => {
  printed = { out: [], err: [] };
  vi.spyOn(process, 'exit').mockImplementation((code?: string | number | null) => {
    throw new Exit(code === undefined || code === null ? undefined : Number(code));
  });
  vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.out.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.err.push(line));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

const USAGE = 'usage: thing [--n N] [--on]';
const OPTIONS = { n: { type: 'string' }, on: { type: 'boolean' } } as const;

function exitOf(run: () => unknown): number | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof Exit) return error.code;
    throw error;
  }
  throw new Error('did not exit');
}

describe('parseFlags', () => {
  it('reads --name value, --name=value and booleans', () => {
    expect(parseFlags(USAGE, OPTIONS, ['--n', '3', '--on'])).toEqual({ n: '3', on: true });
    expect(parseFlags(USAGE, OPTIONS, ['--n=4'])).toEqual({ n: '4' });
    expect(parseFlags(USAGE, OPTIONS, [])).toEqual({});
  });

  it.each([
    [['--nope'], "error: Unknown option '--nope'"],
    [['--n'], "error: Option '--n <value>' argument missing"],
    [['stray'], "error: Unexpected argument 'stray'. This command does not take positional arguments"],
    [['--on=yes'], "error: Option '--on' does not take an argument"],
  ])('%j: one line saying what is wrong, the usage, exit 2', (argv, line) => {
    expect(exitOf(() => parseFlags(USAGE, OPTIONS, argv))).toBe(2);
    expect(printed.err).toEqual([line, USAGE]);
  });

  it('puts a message parseArgs spreads over lines on one line', () => {
    expect(exitOf(() => parseFlags(USAGE, OPTIONS, ['--n', '--on']))).toBe(2);
    expect(printed.err[0]).toMatch(/^error: Option '--n' argument is ambiguous\. Did you forget .*'--n=-XYZ'\.$/);
  });

  it('--help and -h print the usage and exit 0', () => {
    for (const flag of ['--help', '-h']) {
      printed.out = [];
      expect(exitOf(() => parseFlags(USAGE, OPTIONS, [flag]))).toBe(0);
      expect(printed.out).toEqual([USAGE]);
    }
  });

  it('numberFlag: the fallback when absent, the number when given, exit 2 otherwise', () => {
    expect(numberFlag(USAGE, 'n', undefined, 7)).toBe(7);
    expect(numberFlag(USAGE, 'n', '12', 7)).toBe(12);
    for (const bad of ['abc', '', ' ', '1e999']) expect(exitOf(() => numberFlag(USAGE, 'n', bad, 7))).toBe(2);
    expect(printed.err[0]).toBe("error: --n takes a number, not 'abc'");
  });
});

describe('dirArgument (content:check, content:load)', () => {
  it('--dir PATH and --dir=PATH; else CONTENT_DIR; else content', () => {
    expect(dirArgument(['--dir', 'some/where'])).toBe('some/where');
    expect(dirArgument(['--dir=some/where'])).toBe('some/where');
    vi.stubEnv('CONTENT_DIR', 'from/env');
    expect(dirArgument([])).toBe('from/env');
    expect(dirArgument(['--dir', 'flag/wins'])).toBe('flag/wins');
    vi.stubEnv('CONTENT_DIR', '');
    expect(dirArgument([])).toBe('content');
  });

  it('an empty --dir= is a usage error', () => {
    expect(exitOf(() => dirArgument(['--dir=']))).toBe(2);
    expect(printed.err[0]).toBe('error: --dir needs a path, e.g. --dir content');
  });

  it('content:check with an unknown flag: exit 2, the error and the usage on stderr, nothing checked', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/content-check.ts', '--dri', 'content'], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual(["error: Unknown option '--dri'", expect.stringMatching(/^usage: npm run <content:check\|content:load> -- \[--dir PATH\]/)]);
  });
});
