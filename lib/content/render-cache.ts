import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { RENDERER_VERSION, type RenderedMarkdown } from '../markdown';

export type RenderCacheOptions = {
  /** The cache's SQLite file (content:load keeps it next to the catalogue, in .data/). */
  file: string;
  /** Whether a check that passes stores what it rendered (content:check only reads). Default true. */
  write?: boolean;
};

const RENDERER = fileURLToPath(new URL('../markdown-render.mjs', import.meta.url));
const INSTALLED = fileURLToPath(new URL('../../node_modules/.package-lock.json', import.meta.url));

/**
 * What a rendering depends on besides the body: the renderer's version and source, and every
 * installed package (npm's record of node_modules), so an upgrade of micromark or of a plugin
 * empties the cache as surely as a change to the renderer. Null when it cannot be known.
 */
function fingerprint(): string | null {
  try {
    return createHash('sha256').update(RENDERER_VERSION).update('\0').update(fs.readFileSync(RENDERER)).update('\0').update(fs.readFileSync(INSTALLED)).digest('hex');
  } catch {
    return null;
  }
}

export const bodyKey = (body: string) => createHash('sha256').update(body).digest('base64');

type Row = { html: string; text: string; first: string };

/**
 * Renderings of earlier loads, keyed by a hash of the body, so an unchanged file is not rendered
 * again. Entries of another renderer fingerprint are never read. Any failure of the cache (a locked
 * or corrupt file) only costs the time of rendering: it is never an error of the check.
 */
export class RenderCache {
  private db: Database.Database | null = null;
  private lookup: Database.Statement<[string], Row> | null = null;
  private readonly fingerprint: string | null;

  constructor(private readonly options: RenderCacheOptions) {
    this.fingerprint = fingerprint();
    if (!this.fingerprint || !fs.existsSync(options.file)) return;
    try {
      const db = new Database(options.file, { fileMustExist: true, readonly: options.write === false });
      const meta = db.prepare("SELECT value FROM meta WHERE key = 'renderer'").pluck().get();
      if (meta !== this.fingerprint) {
        db.close();
        return;
      }
      this.db = db;
      this.lookup = db.prepare('SELECT html, text, first FROM render WHERE key = ?');
    } catch {
      this.close();
    }
  }

  get(key: string): RenderedMarkdown | undefined {
    try {
      const row = this.lookup?.get(key);
      return row && { html: row.html, text: row.text, firstParagraph: row.first };
    } catch {
      return undefined;
    }
  }

  /** Keeps exactly the renderings of this check (`all`), adding those rendered now (`fresh`). */
  save(all: Map<string, RenderedMarkdown>, fresh: Set<string>): void {
    if (this.options.write === false || !this.fingerprint) return;
    try {
      if (!this.db) {
        // A new file, or one of another renderer: start over.
        this.close();
        fs.mkdirSync(path.dirname(this.options.file), { recursive: true });
        fs.rmSync(this.options.file, { force: true });
        this.db = new Database(this.options.file);
        this.db.exec('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); CREATE TABLE render (key TEXT PRIMARY KEY, html TEXT NOT NULL, text TEXT NOT NULL, first TEXT NOT NULL) WITHOUT ROWID;');
        this.db.prepare("INSERT INTO meta (key, value) VALUES ('renderer', ?)").run(this.fingerprint);
      }
      const db = this.db;
      const stored = db.prepare('SELECT count(*) FROM render').pluck().get() as number;
      if (!fresh.size && stored === all.size) return;
      db.pragma('busy_timeout = 2000');
      db.transaction(() => {
        db.exec('CREATE TEMP TABLE IF NOT EXISTS keep (key TEXT PRIMARY KEY) WITHOUT ROWID; DELETE FROM keep;');
        const keep = db.prepare('INSERT OR IGNORE INTO keep (key) VALUES (?)');
        for (const key of all.keys()) keep.run(key);
        db.exec('DELETE FROM render WHERE key NOT IN (SELECT key FROM keep)');
        const add = db.prepare('INSERT OR REPLACE INTO render (key, html, text, first) VALUES (?, ?, ?, ?)');
        for (const key of fresh) {
          const r = all.get(key)!;
          add.run(key, r.html, r.text, r.firstParagraph);
        }
      })();
    } catch {
      // A cache that cannot be written is only a slower next load.
    }
  }

  close(): void {
    try {
      this.db?.close();
    } catch {
      // nothing to keep
    }
    this.db = null;
    this.lookup = null;
  }
}
