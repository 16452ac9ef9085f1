import type { parseArgs, ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values<T extends Options> = ReturnType<typeof parseArgs<{ options: T; strict: true; allowPositionals: false }>>['values'];

export function parseFlags<T extends Options>(usage: string, options: T, argv?: string[]): Values<T>;
export function usageError(usage: string, message: string): never;
export function numberFlag(usage: string, name: string, value: string | undefined, fallback: number): number;
