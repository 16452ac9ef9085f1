export const SERVE: string;
export type Supervised = { readonly pid: number | undefined; stop(signal?: NodeJS.Signals): Promise<void> };
export function superviseServer(options: {
  env: Record<string, string>;
  name?: string;
  stdio?: 'inherit' | 'pipe';
  onOutput?: (chunk: string) => void;
  log?: (line: string) => void;
  nodeArgs?: string[];
}): Supervised;
