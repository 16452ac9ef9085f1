import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the CLIs and the loader resolve prisma/ and node_modules/ from here. */
export const REPO = fileURLToPath(new URL('../../..', import.meta.url)).replace(/[\\/]$/, '');
export const GOOD = path.join(REPO, 'tests', 'fixtures', 'content', 'good');
export const BAD = path.join(REPO, 'tests', 'fixtures', 'content', 'bad');
export const SEED_CONTENT = path.join(REPO, 'content');
/** Dates in 2099 (always upcoming), CAC and its Shanghai office, awkward titles, and a draft with dates. */
export const CALENDAR = path.join(REPO, 'tests', 'fixtures', 'content', 'calendar');
/** Dates from 2016 to 2024 (always past) and two in 2099; tests/fixtures/history-content.mjs adds dates relative to today. */
export const HISTORY = path.join(REPO, 'tests', 'fixtures', 'content', 'history');

/** A fresh temporary directory; removed by `removeAll()`. */
const made: string[] = [];
export function tempDir(prefix = 'tmt-digest-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
export function removeAll(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A writable copy of a content folder in a temp dir, with small editing helpers. */
export class ContentCopy {
  readonly root: string;

  constructor(source: string = GOOD) {
    this.root = path.join(tempDir(), 'content');
    fs.cpSync(source, this.root, { recursive: true });
  }

  /** Absolute path of a file in the copy: what checkContent prints for files outside the working directory. */
  at(rel: string): string {
    return path.join(this.root, rel);
  }

  read(rel: string): string {
    return fs.readFileSync(this.at(rel), 'utf8');
  }

  write(rel: string, text: string): this {
    fs.mkdirSync(path.dirname(this.at(rel)), { recursive: true });
    fs.writeFileSync(this.at(rel), text);
    return this;
  }

  /** Replaces the one occurrence of `from` (fails loudly if the fixture drifted). */
  edit(rel: string, from: string, to: string): this {
    const text = this.read(rel);
    const count = text.split(from).length - 1;
    if (count !== 1) throw new Error(`${rel}: expected exactly one '${from}', found ${count}`);
    return this.write(rel, text.replace(from, to));
  }

  remove(rel: string): this {
    fs.rmSync(this.at(rel), { recursive: true, force: true });
    return this;
  }

  mkdir(rel: string): this {
    fs.mkdirSync(this.at(rel), { recursive: true });
    return this;
  }
}

/** A content file: front matter lines between '---' fences, then a body. Line n of `lines` is file line n + 2. */
export function md(lines: string[], body = 'Body text.'): string {
  return ['---', ...lines, '---', body, ''].join('\n');
}
