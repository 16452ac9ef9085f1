// The peers: MiniSearch and SQLite FTS5, each doing what it does best, fed the same corpus and
// the same parsed query, and asked for the same answer (page 1, the total and the five facets).
import Database from 'better-sqlite3';
import MiniSearch, { type Query } from 'minisearch';
import type { StatusId } from '../../lib/constants';
import { Glossary } from '../../lib/search/glossary';
import type { KnownIds } from '../../lib/search/params';
import { parseSearchQuery, type ParsedQuery, type Slot } from '../../lib/search/query';
import { canonical, hanQueryTokens, hyphenJoins, normalise, type QueryTerm } from '../../lib/search/text';
import type { FacetCounts, SearchCorpus, SearchFilters } from '../../lib/search/types';
import { deriveStatus } from '../../lib/status';
import { CATEGORY_IDS } from '../../lib/constants';
import { Columns, docFields, orderDocs, PAGE, parse, type Contender, type Outcome } from './shared';

const HAN_RUN = /(\p{Script=Han}+)/u;
const WORD = /\p{L}+|\p{N}+/gu;

/** Tokens for MiniSearch, repeats kept (its BM25+ uses term frequency): English words whole, Chinese as characters and pairs, hyphenated words also joined. */
function tokens(text: string): string[] {
  const out: string[] = [];
  const norm = normalise(text);
  for (const word of norm.match(WORD) ?? []) {
    for (const part of word.split(HAN_RUN)) {
      if (!part) continue;
      if (!/\p{Script=Han}/u.test(part)) {
        out.push(part);
        continue;
      }
      const chars = [...part];
      chars.forEach((c, i) => {
        out.push(c);
        if (i + 1 < chars.length) out.push(c + chars[i + 1]);
      });
    }
  }
  out.push(...hyphenJoins(norm));
  return out;
}

/**
 * MiniSearch 7: one document per entry with the three tiers as fields (boosted 3/2/1), our
 * tokens. Words: prefix search from 3 letters, fuzzy (one edit) from 5 (MiniSearch always adds
 * fuzzy matches; ours only when nothing matches exactly or by prefix; never for excluded or
 * glossary words). Chinese runs: all their character pairs (AND). Quoted phrases and glossary
 * terms: all their words (AND; MiniSearch has no positions). The parsed query as MiniSearch's
 * query tree: clauses AND, OR within a clause, a slot OR its alternatives, exclusions AND_NOT;
 * when nothing matches every clause, the slots OR (the "any" fallback). Filters and facets over
 * the full result list (Columns).
 */
export class MiniSearchPeer implements Contender {
  readonly name = 'MiniSearch';
  private readonly index: MiniSearch<{ n: number; title: string; meta: string; body: string }>;
  private readonly columns: Columns;
  private readonly glossary: Glossary;

  constructor(
    corpus: SearchCorpus,
    private readonly known: KnownIds,
    today: string,
  ) {
    const docs = orderDocs(corpus.docs);
    const authorities = new Map(corpus.authorities.map((a) => [a.id, a]));
    const topics = new Map(corpus.topics.map((t) => [t.id, t]));
    this.glossary = new Glossary(corpus.glossary);
    this.columns = new Columns(docs, corpus.authorities, today);
    this.index = new MiniSearch({
      idField: 'n',
      fields: ['title', 'meta', 'body'],
      tokenize: tokens,
      processTerm: (t) => t,
      searchOptions: { boost: { title: 3, meta: 2 }, tokenize: (s) => [s], processTerm: (t) => t },
    });
    this.index.addAll(
      docs.map((d, n) => {
        const [title, meta, body] = docFields(d, authorities, topics).map((f) => f.join('\n'));
        return { n, title: title!, meta: meta!, body: body! };
      }),
    );
  }

  private term(t: QueryTerm, exact: boolean): Query {
    if (t.kind === 'word') return { queries: [t.text], prefix: t.text.length >= 3, fuzzy: t.text.length >= 5 && !exact ? 1 : false };
    const parts = t.kind === 'han' ? hanQueryTokens(t.text) : t.words;
    return { combineWith: 'AND', queries: parts, prefix: false, fuzzy: false };
  }

  private slot(s: Slot): Query {
    if (s.alternatives.length === 0) return this.term(s.term, s.exact);
    return { combineWith: 'OR', queries: [this.term(s.term, s.exact), ...s.alternatives.map((a) => this.term(a, true))] };
  }

  private search(q: ParsedQuery, mode: 'all' | 'any'): number[] {
    const slots = q.slots.map((s) => this.slot(s));
    let positive: Query;
    if (slots.length === 0) positive = MiniSearch.wildcard;
    else if (mode === 'any') positive = { combineWith: 'OR', queries: slots };
    else positive = { combineWith: 'AND', queries: q.clauses.map((clause): Query => ({ combineWith: 'OR', queries: clause.map((unit): Query => ({ combineWith: 'AND', queries: unit.map((k) => slots[k]!) })) })) };
    const query: Query = q.exclusions.length
      ? { combineWith: 'AND_NOT', queries: [positive, ...q.exclusions.map((unit): Query => ({ combineWith: 'AND', queries: unit.map((s) => this.slot(s)) }))] }
      : positive;
    return this.index.search(query).map((r) => r.id as number);
  }

  private match(f: SearchFilters) {
    const q = parseSearchQuery(f.q, this.glossary);
    const textual = q.slots.length > 0 || q.exclusions.length > 0;
    let mode: 'all' | 'any' = 'all';
    let ranked = textual ? this.search(q, 'all') : this.columns.docs.map((_, n) => n);
    if (textual && ranked.length === 0 && q.slots.length > 0) {
      mode = 'any';
      ranked = this.search(q, 'any');
    }
    const { passing, facets } = this.columns.filterAndCount(ranked, f);
    if (!q.slots.length || f.sort !== 'relevance') passing.sort((a, b) => (f.sort === 'oldest' ? b - a : a - b));
    return { passing, facets, mode };
  }

  run(qs: string): Outcome {
    const f = parse(qs, this.known);
    const { passing, facets, mode } = this.match(f);
    return { total: passing.length, top: passing.slice((f.page - 1) * PAGE, f.page * PAGE).map((n) => this.columns.docs[n]!.slug), facets, mode };
  }

  all(qs: string): Set<string> {
    return new Set(this.match(parse(qs, this.known)).passing.map((n) => this.columns.docs[n]!.slug));
  }
}

type Stmt = Database.Statement<Record<string, unknown>, { facet: string; value: string | null; n: number; k: number }>;

/**
 * SQLite FTS5 (better-sqlite3, in memory): two FTS5 tables over the same three tiers, one with
 * the unicode61 tokenizer for words (text put in our canonical form first, so words split exactly
 * as ours do, with the hyphenated words joined after each field) and one with the trigram
 * tokenizer for Chinese runs. Words of 3+ letters are prefix queries (`"pro"*`), phrases and
 * glossary terms are FTS5 phrases; the parsed query becomes one FTS5 expression (AND, OR, NOT)
 * when it needs one table, ranked by bm25 with column weights 10/5/1, else set operations
 * (INTERSECT, UNION, EXCEPT) over each table's matches, unranked; when nothing matches every
 * clause, the slots OR (the "any" fallback). Filters are SQL on a docs table and two link tables; the match set is materialised once
 * and page 1, the total and the five facet GROUP BYs come from one statement. Chinese runs of
 * fewer than 3 characters cannot be expressed with trigrams: `run` answers null (not supported).
 */
export class Fts5Peer implements Contender {
  readonly name = 'FTS5';
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Stmt>();
  private readonly family: Columns;
  private readonly glossary: Glossary;

  constructor(
    corpus: SearchCorpus,
    private readonly known: KnownIds,
    today: string,
  ) {
    const docs = orderDocs(corpus.docs);
    const authorities = new Map(corpus.authorities.map((a) => [a.id, a]));
    const topics = new Map(corpus.topics.map((t) => [t.id, t]));
    this.glossary = new Glossary(corpus.glossary);
    this.family = new Columns([], corpus.authorities, today);
    const db = new Database(':memory:');
    this.db = db;
    db.exec(`
      CREATE TABLE docs (id INTEGER PRIMARY KEY, slug TEXT NOT NULL, category TEXT NOT NULL, issued TEXT NOT NULL, year TEXT NOT NULL,
        status TEXT, jurisdiction_lc TEXT NOT NULL, edition TEXT);
      CREATE TABLE doc_issuers (doc_id INTEGER NOT NULL, authority_id TEXT NOT NULL, PRIMARY KEY (authority_id, doc_id)) WITHOUT ROWID;
      CREATE TABLE doc_topics (doc_id INTEGER NOT NULL, topic_id TEXT NOT NULL, PRIMARY KEY (topic_id, doc_id)) WITHOUT ROWID;
      CREATE VIRTUAL TABLE fts_en USING fts5(title, meta, body, tokenize = 'unicode61 remove_diacritics 2');
      CREATE VIRTUAL TABLE fts_zh USING fts5(title, meta, body, tokenize = 'trigram');
    `);
    const insDoc = db.prepare('INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const insIssuer = db.prepare('INSERT INTO doc_issuers VALUES (?, ?)');
    const insTopic = db.prepare('INSERT INTO doc_topics VALUES (?, ?)');
    const insEn = db.prepare('INSERT INTO fts_en (rowid, title, meta, body) VALUES (?, ?, ?, ?)');
    const insZh = db.prepare('INSERT INTO fts_zh (rowid, title, meta, body) VALUES (?, ?, ?, ?)');
    db.transaction(() => {
      docs.forEach((d, i) => {
        const id = i + 1; // ids in the engine's order: newest first breaks bm25 ties
        const status: StatusId | null = deriveStatus(d, today);
        insDoc.run(id, d.slug, d.category, d.issued, d.issued.slice(0, 4), status, d.jurisdiction.toLowerCase(), d.edition);
        for (const a of d.issuers) insIssuer.run(id, a);
        for (const t of d.topics) insTopic.run(id, t);
        const fields = docFields(d, authorities, topics).map((f) => f.join('\n'));
        insEn.run(id, ...fields.map((f) => `${canonical(f)}${hyphenJoins(normalise(f)).join(' ')}`));
        insZh.run(id, ...fields.map(normalise));
      });
    })();
    db.exec(`CREATE INDEX docs_issued ON docs (issued); CREATE INDEX doc_issuers_doc ON doc_issuers (doc_id); CREATE INDEX doc_topics_doc ON doc_topics (doc_id);
      INSERT INTO fts_en (fts_en) VALUES ('optimize'); INSERT INTO fts_zh (fts_zh) VALUES ('optimize'); ANALYZE;`);
  }

  /** Bytes the database holds (tables, FTS indexes). */
  size(): number {
    const pages = this.db.pragma('page_count', { simple: true }) as number;
    const size = this.db.pragma('page_size', { simple: true }) as number;
    return pages * size;
  }

  close() {
    this.db.close();
  }

  /**
   * The match set as SQL (`id`, `score`), with its MATCH parameters; null when a term cannot be
   * expressed; the mode decided as ours does (all clauses; when nothing matches them, any slot).
   */
  private matchSql(f: SearchFilters, params: Record<string, unknown>): { sql: string; mode: 'all' | 'any' } | null {
    const q = parseSearchQuery(f.q, this.glossary);
    if (q.slots.length === 0 && q.exclusions.length === 0) return { sql: 'SELECT id, 0.0 AS score FROM docs', mode: 'all' };
    const sqlOf = (mode: 'all' | 'any', into: Record<string, unknown>) => {
      const slots = q.slots.map((s) => this.slot(s));
      const positive =
        slots.length === 0 ? null : mode === 'any' ? combine(slots, 'OR') : combine(q.clauses.map((clause) => combine(clause.map((unit) => combine(unit.map((k) => slots[k]!), 'AND')), 'OR')), 'AND');
      const excluded = q.exclusions.map((unit) => combine(unit.map((s) => this.slot(s)), 'AND'));
      if (positive === UNSUPPORTED || excluded.includes(UNSUPPORTED)) return null;
      return final(without(positive, excluded as Expr[]), into);
    };
    const allParams: Record<string, unknown> = {};
    const all = sqlOf('all', allParams);
    if (all === null) return null;
    let found = true;
    if (q.slots.length > 0) found = (this.statementFor(`SELECT EXISTS (${all}) AS found`).get(allParams) as { found: number }).found === 1;
    if (found) {
      Object.assign(params, allParams);
      return { sql: all, mode: 'all' };
    }
    const anyParams: Record<string, unknown> = {};
    const fallback = sqlOf('any', anyParams);
    if (fallback === null) return null;
    Object.assign(params, anyParams);
    return { sql: fallback, mode: 'any' };
  }

  private readonly checks = new Map<string, Database.Statement>();
  private statementFor(sql: string): Database.Statement {
    let s = this.checks.get(sql);
    if (!s) this.checks.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  private slot(s: Slot): Expr | typeof UNSUPPORTED {
    // A glossary term of one or two Chinese characters: its characters as a phrase of the word table (trigrams cannot).
    const alternative = (a: Slot['alternatives'][number]) => (a.kind === 'han' && [...a.text].length < 3 ? leaf({ kind: 'phrase', text: a.text, words: [...a.text] }) : leaf(a));
    return combine([leaf(s.term), ...s.alternatives.map(alternative)], 'OR');
  }

  /** One SQL condition per active filter, keyed like the facets they exclude. */
  private filters(f: SearchFilters, params: Record<string, unknown>): Map<string, string> {
    const out = new Map<string, string>();
    const list = (name: string, values: string[]) =>
      values
        .map((v, i) => {
          params[`${name}${i}`] = v;
          return `@${name}${i}`;
        })
        .join(', ');
    if (f.issuer.length) {
      const ids = [...new Set(f.local ? f.issuer.flatMap((id) => this.family.family(id)) : f.issuer)];
      out.set('issuer', `EXISTS (SELECT 1 FROM doc_issuers x WHERE x.doc_id = d.id AND x.authority_id IN (${list('i', ids)}))`);
    }
    if (f.category.length) out.set('category', `d.category IN (${list('c', f.category)})`);
    if (f.from || f.to) {
      params.from = f.from ?? '';
      params.to = f.to ?? '9999-99-99';
      out.set('date', 'd.issued >= @from AND d.issued <= @to');
    }
    if (f.topic.length) out.set('topic', `EXISTS (SELECT 1 FROM doc_topics x WHERE x.doc_id = d.id AND x.topic_id IN (${list('t', f.topic)}))`);
    if (f.status.length) out.set('status', `d.status IN (${list('s', f.status)})`);
    if (f.jurisdiction.length) out.set('jurisdiction', `d.jurisdiction_lc IN (${list('j', f.jurisdiction.map((j) => j.toLowerCase()))})`);
    if (f.edition.length) out.set('edition', `d.edition IN (${list('e', f.edition)})`);
    return out;
  }

  private statement(sql: string): Stmt {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql) as Stmt;
      this.statements.set(sql, s);
    }
    return s;
  }

  run(qs: string): Outcome | null {
    const f = parse(qs, this.known);
    const params: Record<string, unknown> = {};
    const matched = this.matchSql(f, params);
    if (matched === null) return null;
    const match = matched.sql;
    const filters = this.filters(f, params);
    const where = (skip: string | null, extra?: string) => {
      const conds = [...filters].filter(([k]) => k !== skip).map(([, c]) => c);
      if (extra) conds.push(extra);
      return conds.length ? `WHERE ${conds.join(' AND ')}` : '';
    };
    const order = f.sort === 'relevance' && f.q ? 'm.score, d.id' : f.sort === 'oldest' ? 'd.id DESC' : 'd.id';
    params.offset = (f.page - 1) * PAGE;
    const sql = `WITH m AS MATERIALIZED (${match}),
      hits AS (SELECT d.slug AS value, m.score AS score, d.id AS k FROM m JOIN docs d ON d.id = m.id ${where(null)} ORDER BY ${order} LIMIT ${PAGE} OFFSET @offset)
      SELECT 'hit' AS facet, value, score AS n, k FROM hits
      UNION ALL SELECT 'total', NULL, count(*), 0 FROM m JOIN docs d ON d.id = m.id ${where(null)}
      UNION ALL SELECT 'category', d.category, count(*), 0 FROM m JOIN docs d ON d.id = m.id ${where('category')} GROUP BY d.category
      UNION ALL SELECT 'issuer', i.authority_id, count(*), 0 FROM m JOIN docs d ON d.id = m.id JOIN doc_issuers i ON i.doc_id = d.id ${where('issuer')} GROUP BY i.authority_id
      UNION ALL SELECT 'topic', t.topic_id, count(*), 0 FROM m JOIN docs d ON d.id = m.id JOIN doc_topics t ON t.doc_id = d.id ${where('topic')} GROUP BY t.topic_id
      UNION ALL SELECT 'status', d.status, count(*), 0 FROM m JOIN docs d ON d.id = m.id ${where('status', 'd.status IS NOT NULL')} GROUP BY d.status
      UNION ALL SELECT 'year', d.year, count(*), 0 FROM m JOIN docs d ON d.id = m.id ${where('date')} GROUP BY d.year`;
    const rows = this.statement(sql).all(params);
    const facets: FacetCounts = { category: {}, issuer: {}, topic: {}, status: {}, year: {} };
    for (const c of CATEGORY_IDS) facets.category[c] = 0;
    const hits: { slug: string; score: number; k: number }[] = [];
    let total = 0;
    for (const r of rows) {
      if (r.facet === 'hit') hits.push({ slug: r.value!, score: r.n, k: r.k });
      else if (r.facet === 'total') total = r.n;
      else facets[r.facet as keyof FacetCounts][r.value!] = r.n;
    }
    if (order.startsWith('m.score')) hits.sort((a, b) => a.score - b.score || a.k - b.k);
    else hits.sort((a, b) => (order === 'd.id' ? a.k - b.k : b.k - a.k));
    return { total, top: hits.map((h) => h.slug), facets, mode: matched.mode };
  }

  all(qs: string): Set<string> | null {
    const f = parse(qs, this.known);
    const params: Record<string, unknown> = {};
    const matched = this.matchSql(f, params);
    if (matched === null) return null;
    const match = matched.sql;
    const conds = [...this.filters(f, params).values()];
    const sql = `WITH m AS (${match}) SELECT d.slug AS value FROM m JOIN docs d ON d.id = m.id ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}`;
    return new Set((this.db.prepare(sql).all(params) as { value: string }[]).map((r) => r.value));
  }
}

// FTS5 expressions of the parsed query: one table's MATCH expression where possible, else SQL.
type Expr = { table: 'en' | 'zh'; match: string } | { sql: (params: Record<string, unknown>) => string };
const UNSUPPORTED = Symbol('unsupported');

/** A term as FTS5 matches it: words and phrases in the word table, Chinese runs of 3+ characters in the trigram table. */
function leaf(t: QueryTerm): Expr | typeof UNSUPPORTED {
  if (t.kind === 'word') return { table: 'en', match: t.text.length >= 3 ? `"${t.text}"*` : `"${t.text}"` };
  if (t.kind === 'phrase') return { table: 'en', match: `"${t.words.join(' ')}"` };
  return [...t.text].length >= 3 ? { table: 'zh', match: `"${t.text}"` } : UNSUPPORTED;
}

function combine(parts: (Expr | typeof UNSUPPORTED)[], op: 'AND' | 'OR'): Expr | typeof UNSUPPORTED {
  if (parts.includes(UNSUPPORTED)) return UNSUPPORTED;
  const exprs = parts as Expr[];
  if (exprs.length === 1) return exprs[0]!;
  const table = 'table' in exprs[0]! ? exprs[0]!.table : null;
  if (table && exprs.every((e) => 'table' in e && e.table === table)) return { table, match: exprs.map((e) => `(${(e as { match: string }).match})`).join(` ${op} `) };
  return { sql: (params) => exprs.map((e) => `SELECT id FROM (${ids(e, params)})`).join(op === 'AND' ? ' INTERSECT ' : ' UNION ') };
}

/** The positive expression (null: every doc) less the excluded ones. */
function without(positive: Expr | null, excluded: Expr[]): Expr {
  const base: Expr = positive ?? { sql: () => 'SELECT id FROM docs' };
  if (excluded.length === 0) return base;
  if ('table' in base && excluded.every((e) => 'table' in e && e.table === base.table)) {
    return { table: base.table, match: `(${base.match})${excluded.map((e) => ` NOT (${(e as { match: string }).match})`).join('')}` };
  }
  return { sql: (params) => `SELECT id FROM (${ids(base, params)})${excluded.map((e) => ` EXCEPT SELECT id FROM (${ids(e, params)})`).join('')}` };
}

function ids(e: Expr, params: Record<string, unknown>): string {
  if ('sql' in e) return e.sql(params);
  const name = `m${Object.keys(params).filter((k) => k.startsWith('m')).length}`;
  params[name] = e.match;
  return `SELECT rowid AS id FROM fts_${e.table} WHERE fts_${e.table} MATCH @${name}`;
}

/** `id, score`: bm25 when one table's expression, else 0 (set operations are unranked). */
function final(e: Expr, params: Record<string, unknown>): string {
  if ('sql' in e) return `SELECT id, 0.0 AS score FROM (${e.sql(params)})`;
  params.m = e.match;
  return `SELECT rowid AS id, bm25(fts_${e.table}, 10.0, 5.0, 1.0) AS score FROM fts_${e.table} WHERE fts_${e.table} MATCH @m`;
}
