import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, countCatalogue } from '@/lib/content/check';
import { formatProblem } from '@/lib/content/problems';
import { BAD, ContentCopy, GOOD, md, removeAll, REPO } from './helpers/fixtures';

afterAll(removeAll);

/*
 * Every row copies tests/fixtures/content/good/ to a temp dir, applies one mutation and expects
 * exactly the listed problems. Files in a temp dir are outside the working directory, so
 * checkContent prints them as absolute paths: `file` below is relative to the copy's root and
 * `c.at(file)` makes it absolute.
 *
 * Lines of the good fixture files that rows rely on:
 *   entries/2023-01/sample-guideline-draft.md   2 title, 3 category, 4 type, 5 issuers, 6 issued, 7 comment_deadline,
 *                                               8 stage, 9 topics, 10 edition, 11 order
 *   entries/2023-01/sample-cleanup-campaign.md  5 issuers, 6 issued, 7 topics, 8 edition, 9 order
 *   entries/2023-01/sample-transfer-rules.md    4 issuers, 6 issued, 7 effective, 11 order
 *   entries/2023-01/sample-data-measures.md     12 sources, 13 - label, 14 url, 15 related, 16 aliases
 *   authorities/cac.md  6 level, 7 url        authorities/cac-shanghai.md  4 level, 5 parent
 *   authorities/miit.md 4 level               editions/2023-01.md  3 period_start, 4 period_end
 *   topics.yml  items start on lines 1, 4, 6, 8
 *
 * Rows that break a file's schema break one that no other file refers to (the guideline draft,
 * the data measures, a new authority), so that each row shows one rule; what a schema problem does
 * to the files that refer to the broken one is tested on its own below.
 */
const CLEANUP = 'entries/2023-01/sample-cleanup-campaign.md';
const TRANSFER = 'entries/2023-01/sample-transfer-rules.md';
const MEASURES = 'entries/2023-01/sample-data-measures.md';
const GUIDELINE = 'entries/2023-01/sample-guideline-draft.md';

/** A minimal valid entry, for rows that add a file. */
const minimalEntry = (extra: string[] = []) =>
  md(['title: A Minimal Entry', 'category: regulation', 'issuers: [cac]', 'issued: 2023-01-05', ...extra]);

type Expected = { file: string; line: number; key: string; message: string | ((c: ContentCopy) => string) };
type Row = {
  rule: string;
  mutate: (c: ContentCopy) => unknown;
  problems: Expected[];
  /** Compare only the problems of the files listed: a broken topics.yml makes every entry's topics unknown too. */
  ownFilesOnly?: boolean;
};

const rows: Row[] = [
  // --- the file itself -------------------------------------------------------------------------
  {
    rule: 'malformed YAML',
    mutate: (c) => c.edit(GUIDELINE, 'type: practice guideline', 'type: practice guideline: v2'),
    problems: [{ file: GUIDELINE, line: 4, key: 'front matter', message: 'invalid YAML: Nested mappings are not allowed in compact mappings' }],
  },
  {
    rule: 'a key written twice',
    mutate: (c) => c.edit(GUIDELINE, 'type: practice guideline', 'type: practice guideline\ntype: guideline'),
    problems: [{ file: GUIDELINE, line: 5, key: 'front matter', message: 'invalid YAML: Map keys must be unique' }],
  },
  {
    rule: 'front matter never opened',
    mutate: (c) => c.write('entries/2023-01/no-opening-fence.md', 'title: No Fence\ncategory: regulation\n---\nBody.\n'),
    problems: [
      { file: 'entries/2023-01/no-opening-fence.md', line: 1, key: 'front matter', message: "the file must start with a '---' line that opens the front matter" },
    ],
  },
  {
    rule: 'front matter never closed',
    mutate: (c) => c.write('entries/2023-01/never-closed.md', '---\ntitle: Never Closed\ncategory: regulation\n\nBody.\n'),
    problems: [
      { file: 'entries/2023-01/never-closed.md', line: 1, key: 'front matter', message: "the front matter opened on line 1 is never closed by a '---' line" },
    ],
  },
  {
    rule: 'front matter that is a list, not a mapping',
    mutate: (c) => c.write('entries/2023-01/a-list.md', md(['- title', '- category'])),
    problems: [{ file: 'entries/2023-01/a-list.md', line: 2, key: 'front matter', message: 'must be a mapping of keys to values (got a list)' }],
  },
  {
    rule: 'an entry file name that is not a slug',
    mutate: (c) => c.write('entries/2023-01/Bad_Name.md', minimalEntry()),
    problems: [
      {
        file: 'entries/2023-01/Bad_Name.md',
        line: 1,
        key: 'file name',
        message: "'Bad_Name' is not a valid slug: use lower-case letters and digits in words joined by single hyphens",
      },
    ],
  },
  {
    rule: 'an authority file name that is not an id',
    mutate: (c) => c.write('authorities/CAC-Beijing.md', md(['name: CAC Beijing Office', 'level: local'])),
    problems: [{ file: 'authorities/CAC-Beijing.md', line: 1, key: 'file name', message: "'CAC-Beijing' is not a valid id" }],
  },

  // --- keys --------------------------------------------------------------------------------------
  {
    rule: 'unknown key close to a known one (and the real key then missing)',
    mutate: (c) => c.edit(GUIDELINE, 'title: Sample Guideline', 'titel: Sample Guideline'),
    problems: [
      { file: GUIDELINE, line: 1, key: 'title', message: 'required key is missing' },
      { file: GUIDELINE, line: 2, key: 'titel', message: "unknown key; did you mean 'title'?" },
    ],
  },
  {
    rule: 'unknown key close to nothing lists the allowed keys',
    mutate: (c) => c.edit(GUIDELINE, 'order: 1', 'order: 1\ncolour: red'),
    problems: [{ file: GUIDELINE, line: 12, key: 'colour', message: 'unknown key; allowed keys: title, short, title_zh, category, type, issuers,' }],
  },
  {
    rule: 'unknown key inside a source',
    mutate: (c) => c.edit(MEASURES, 'label: Official text', 'lable: Official text'),
    problems: [
      { file: MEASURES, line: 13, key: 'sources[0].label', message: 'required key is missing' },
      { file: MEASURES, line: 13, key: 'sources[0].lable', message: "unknown key; did you mean 'label'?" },
    ],
  },
  {
    rule: 'missing required key',
    mutate: (c) => c.edit(GUIDELINE, 'issued: 2023-01-06\n', ''),
    problems: [{ file: GUIDELINE, line: 1, key: 'issued', message: 'required key is missing' }],
  },
  {
    rule: 'missing required category (an enum key) is reported like any missing key',
    mutate: (c) => c.edit(GUIDELINE, 'category: standard\n', ''),
    problems: [{ file: GUIDELINE, line: 1, key: 'category', message: 'required key is missing' }],
  },
  {
    rule: 'missing required authority level (an enum key) is reported like any missing key',
    mutate: (c) => c.write('authorities/cac-beijing.md', md(['name: CAC Beijing Office', 'region: Beijing'])),
    problems: [{ file: 'authorities/cac-beijing.md', line: 1, key: 'level', message: 'required key is missing' }],
  },
  {
    rule: 'a key with no value',
    mutate: (c) => c.edit(GUIDELINE, 'type: practice guideline', 'type:'),
    problems: [{ file: GUIDELINE, line: 4, key: 'type', message: 'must be text (got an empty value)' }],
  },

  // --- values ------------------------------------------------------------------------------------
  {
    rule: 'a date that does not exist (2023-02-30)',
    mutate: (c) => c.edit(GUIDELINE, 'issued: 2023-01-06', 'issued: 2023-02-30'),
    problems: [{ file: GUIDELINE, line: 6, key: 'issued', message: 'must be a calendar date written YYYY-MM-DD' }],
  },
  {
    rule: 'a date not written YYYY-MM-DD (19/12/2022)',
    mutate: (c) => c.edit(GUIDELINE, 'issued: 2023-01-06', 'issued: 19/12/2022'),
    problems: [{ file: GUIDELINE, line: 6, key: 'issued', message: 'must be a calendar date written YYYY-MM-DD' }],
  },
  {
    rule: 'unknown category lists the allowed values',
    mutate: (c) => c.edit(GUIDELINE, 'category: standard', 'category: standards'),
    problems: [
      {
        file: GUIDELINE,
        line: 3,
        key: 'category',
        message: `"standards" is not allowed; allowed values: regulation, standard, enforcement, judgment; did you mean 'standard'?`,
      },
    ],
  },
  {
    rule: 'unknown stage',
    mutate: (c) => c.edit(GUIDELINE, 'stage: draft', 'stage: for-comment'),
    problems: [{ file: GUIDELINE, line: 8, key: 'stage', message: '"for-comment" is not allowed; allowed values: draft, final' }],
  },
  {
    rule: 'unknown authority level lists the allowed values',
    mutate: (c) => c.write('authorities/cac-beijing.md', md(['name: CAC Beijing Office', 'level: provincial', 'parent: cac'])),
    problems: [
      {
        file: 'authorities/cac-beijing.md',
        line: 3,
        key: 'level',
        message: '"provincial" is not allowed; allowed values: party, state-council, ministry, legislature, court, procuratorate, standards-body, local',
      },
    ],
  },
  {
    rule: 'order 0',
    mutate: (c) => c.edit(GUIDELINE, 'order: 1', 'order: 0'),
    problems: [{ file: GUIDELINE, line: 11, key: 'order', message: 'must be a positive whole number' }],
  },
  {
    rule: 'order 1.5',
    mutate: (c) => c.edit(GUIDELINE, 'order: 1', 'order: 1.5'),
    problems: [{ file: GUIDELINE, line: 11, key: 'order', message: 'must be a whole number' }],
  },
  {
    rule: "'yes' is text in YAML 1.2, not a boolean",
    mutate: (c) => c.edit(GUIDELINE, 'order: 1', 'order: 1\ndraft: yes'),
    problems: [{ file: GUIDELINE, line: 12, key: 'draft', message: 'must be true or false (got text "yes")' }],
  },
  {
    rule: 'an empty issuers list',
    mutate: (c) => c.edit(GUIDELINE, 'issuers: [cac]', 'issuers: []'),
    problems: [{ file: GUIDELINE, line: 5, key: 'issuers', message: 'must list at least one authority id' }],
  },
  {
    rule: 'a topic id that is not a slug',
    mutate: (c) => c.edit(GUIDELINE, 'topics: [personal-information]', 'topics: [Personal Information]'),
    problems: [{ file: GUIDELINE, line: 9, key: 'topics[0]', message: 'must be lower-case letters and digits in words joined by single hyphens' }],
  },
  {
    rule: 'a javascript: source URL',
    mutate: (c) => c.edit(MEASURES, 'url: https://example.org/sample-measures', 'url: javascript:alert(document.cookie)'),
    problems: [{ file: MEASURES, line: 14, key: 'sources[0].url', message: 'must be an absolute http: or https: URL' }],
  },
  {
    rule: 'an ftp: authority URL',
    mutate: (c) => c.write('authorities/cac-beijing.md', md(['name: CAC Beijing Office', 'level: local', 'url: ftp://ftp.example.org'])),
    problems: [{ file: 'authorities/cac-beijing.md', line: 4, key: 'url', message: 'must be an absolute http: or https: URL' }],
  },

  // --- references across files -------------------------------------------------------------------
  {
    rule: 'unknown issuer suggests the closest id',
    mutate: (c) => c.edit(TRANSFER, 'issuers: [cac-shanghai, cac]', 'issuers: [cac-shangai, cac]'),
    problems: [{ file: TRANSFER, line: 4, key: 'issuers[0]', message: "unknown issuer 'cac-shangai'; did you mean 'cac-shanghai'?" }],
  },
  {
    rule: 'an issuer listed twice',
    mutate: (c) => c.edit(TRANSFER, 'issuers: [cac-shanghai, cac]', 'issuers: [cac-shanghai, cac, cac-shanghai]'),
    problems: [{ file: TRANSFER, line: 4, key: 'issuers[2]', message: "'cac-shanghai' is listed twice" }],
  },
  {
    rule: 'unknown topic',
    mutate: (c) => c.edit(CLEANUP, 'topics: [online-content]', 'topics: [online-contents]'),
    problems: [
      { file: CLEANUP, line: 7, key: 'topics[0]', message: "unknown topic 'online-contents'; did you mean 'online-content'? (topics are listed in topics.yml)" },
    ],
  },
  {
    rule: 'unknown edition',
    mutate: (c) => c.edit(CLEANUP, 'edition: 2023-01', 'edition: 2023-02'),
    problems: [{ file: CLEANUP, line: 8, key: 'edition', message: "unknown edition '2023-02'; did you mean '2023-01'?" }],
  },
  {
    rule: 'order without edition',
    mutate: (c) => c.edit(CLEANUP, 'edition: 2023-01\n', ''),
    problems: [{ file: CLEANUP, line: 8, key: 'order', message: 'order is a position within an edition: set edition too' }],
  },
  {
    rule: 'two entries at the same position of a part',
    mutate: (c) => c.edit(TRANSFER, 'order: 2', 'order: 1'),
    problems: [{ file: TRANSFER, line: 11, key: 'order', message: "regulation number 1 of edition 2023-01 is already 'sample-data-measures'" }],
  },
  {
    rule: 'duplicate slug: the same file name in two sub-folders of entries/',
    mutate: (c) => c.write('entries/2023-02/sample-cleanup-campaign.md', minimalEntry()),
    problems: [
      {
        file: 'entries/2023-02/sample-cleanup-campaign.md',
        line: 1,
        key: 'file name',
        message: (c) => `duplicate slug 'sample-cleanup-campaign': ${c.at(CLEANUP)} has the same name`,
      },
    ],
  },
  {
    rule: 'a slug colliding with an alias',
    mutate: (c) => c.write('entries/2023-01/old-sample-measures.md', minimalEntry()),
    problems: [
      {
        file: MEASURES,
        line: 16,
        key: 'aliases[0]',
        message: (c) => `alias 'old-sample-measures' is the slug of ${c.at('entries/2023-01/old-sample-measures.md')}`,
      },
    ],
  },
  {
    rule: 'an alias used twice',
    mutate: (c) => c.write('entries/2023-01/zz-renamed-measures.md', minimalEntry(['aliases: [old-sample-measures]'])),
    problems: [
      {
        file: 'entries/2023-01/zz-renamed-measures.md',
        line: 6,
        key: 'aliases[0]',
        message: "alias 'old-sample-measures' is already an alias of 'sample-data-measures'",
      },
    ],
  },
  {
    rule: 'a dangling related slug',
    mutate: (c) => c.edit(MEASURES, 'sample-upcoming-rules]', 'sample-upcoming-rule]'),
    problems: [{ file: MEASURES, line: 15, key: 'related[1]', message: "unknown entry 'sample-upcoming-rule'; did you mean 'sample-upcoming-rules'?" }],
  },
  {
    rule: 'an entry related to itself',
    mutate: (c) => c.edit(MEASURES, 'related: [sample-cleanup-campaign,', 'related: [sample-data-measures,'),
    problems: [{ file: MEASURES, line: 15, key: 'related[0]', message: 'an entry cannot be related to itself' }],
  },
  {
    rule: 'effective before issued',
    mutate: (c) => c.edit(TRANSFER, 'effective: 2023-03-01', 'effective: 2022-12-01'),
    problems: [{ file: TRANSFER, line: 7, key: 'effective', message: '2022-12-01 is before issued 2022-12-20' }],
  },
  {
    rule: 'repealed before issued',
    mutate: (c) => c.edit(TRANSFER, 'effective: 2023-03-01', 'effective: 2023-03-01\nrepealed: 2022-01-01'),
    problems: [{ file: TRANSFER, line: 8, key: 'repealed', message: '2022-01-01 is before issued 2022-12-20' }],
  },
  {
    rule: 'a parent cycle between two authorities (reported on both)',
    mutate: (c) => c.edit('authorities/cac.md', 'level: ministry', 'level: ministry\nparent: cac-shanghai'),
    problems: [
      { file: 'authorities/cac-shanghai.md', line: 5, key: 'parent', message: 'parent cycle: cac-shanghai → cac → cac-shanghai' },
      { file: 'authorities/cac.md', line: 7, key: 'parent', message: 'parent cycle: cac → cac-shanghai → cac' },
    ],
  },
  {
    rule: 'an authority that is its own parent',
    mutate: (c) => c.edit('authorities/miit.md', 'level: ministry', 'level: ministry\nparent: miit'),
    problems: [{ file: 'authorities/miit.md', line: 5, key: 'parent', message: 'parent cycle: miit → miit' }],
  },
  {
    rule: 'an unknown parent',
    mutate: (c) => c.edit('authorities/cac-shanghai.md', 'parent: cac', 'parent: cca'),
    problems: [{ file: 'authorities/cac-shanghai.md', line: 5, key: 'parent', message: "unknown authority 'cca'; did you mean 'cac'?" }],
  },

  // --- editions and topics ---------------------------------------------------------------------
  {
    rule: 'an edition that ends before it starts',
    mutate: (c) => c.edit('editions/2023-01.md', 'period_end: 2023-01-31', 'period_end: 2022-11-30'),
    problems: [{ file: 'editions/2023-01.md', line: 4, key: 'period_end', message: '2022-11-30 is before period_start 2022-12-01' }],
  },
  {
    rule: 'topics.yml: a duplicate id',
    mutate: (c) => c.write('topics.yml', `${c.read('topics.yml')}- id: data-security\n  label: Data Security Again\n`),
    problems: [{ file: 'topics.yml', line: 10, key: '[4].id', message: "duplicate topic id 'data-security'" }],
  },
  {
    rule: 'topics.yml: an unknown key',
    mutate: (c) => c.edit('topics.yml', 'label: Online Content', 'lable: Online Content'),
    ownFilesOnly: true,
    problems: [
      { file: 'topics.yml', line: 8, key: '[3].label', message: 'required key is missing' },
      { file: 'topics.yml', line: 9, key: '[3].lable', message: "unknown key; did you mean 'label'?" },
    ],
  },
  {
    rule: 'topics.yml: not a list',
    mutate: (c) => c.write('topics.yml', 'data-security: Data Security\n'),
    ownFilesOnly: true,
    problems: [{ file: 'topics.yml', line: 1, key: 'front matter', message: 'must be a list (got a mapping)' }],
  },

  // --- glossary.yml ------------------------------------------------------------------------------
  {
    rule: 'glossary.yml: a group of one term',
    mutate: (c) => c.write('glossary.yml', '- [PIPL, Personal Information Protection Law]\n- [DSL]\n'),
    problems: [{ file: 'glossary.yml', line: 2, key: '[1]', message: 'a group needs at least two terms that mean the same thing' }],
  },
  {
    rule: 'glossary.yml: a term in two groups, compared as search compares them (case, traditional characters)',
    mutate: (c) => c.write('glossary.yml', '- [PIPL, 个人信息保护法]\n- [Personal Information Protection Law, 個人信息保護法]\n- [DSL, Data Security Law, dsl]\n'),
    problems: [
      { file: 'glossary.yml', line: 2, key: '[1][1]', message: "'個人信息保護法' is already in group 1 (line 1) as '个人信息保护法'; a term may be in one group only" },
      { file: 'glossary.yml', line: 3, key: '[2][2]', message: "'dsl' is the same term as 'DSL' in this group" },
    ],
  },
  {
    rule: 'glossary.yml: an empty term, a term with no letters or digits, an over-long term',
    mutate: (c) => c.write('glossary.yml', `- [PIPL, '  ']\n- [DSL, '—']\n- [AML, ${'x'.repeat(101)}]\n`),
    problems: [
      { file: 'glossary.yml', line: 1, key: '[0][1]', message: 'must not be empty' },
      { file: 'glossary.yml', line: 3, key: '[2][1]', message: 'must be at most 100 characters' },
    ],
  },
  {
    rule: 'glossary.yml: a term with no letters or digits (on its own: the schema passes)',
    mutate: (c) => c.write('glossary.yml', "- [DSL, '—']\n"),
    problems: [{ file: 'glossary.yml', line: 1, key: '[0][1]', message: "'—' has no letters or digits, so no search would ever match it" }],
  },
  {
    rule: 'glossary.yml: a mapping, not a list of groups',
    mutate: (c) => c.write('glossary.yml', 'PIPL: Personal Information Protection Law\n'),
    problems: [{ file: 'glossary.yml', line: 1, key: 'front matter', message: 'must be a list (got a mapping)' }],
  },

  // --- the folder --------------------------------------------------------------------------------
  {
    rule: 'an unexpected top-level folder',
    mutate: (c) => c.mkdir('Entries'),
    problems: [
      {
        file: 'Entries',
        line: 1,
        key: 'file',
        message: "unexpected folder; a content folder holds editions/, entries/, authorities/, topics.yml and glossary.yml; did you mean 'entries'?",
      },
    ],
  },
  {
    rule: 'an unexpected top-level file',
    mutate: (c) => c.write('topics.yaml', '[]\n'),
    problems: [{ file: 'topics.yaml', line: 1, key: 'file', message: "unexpected file; a content folder holds editions/, entries/, authorities/, topics.yml and glossary.yml; did you mean 'topics.yml'?" }],
  },
  {
    rule: "a top-level 'entries' that is a file, not a folder",
    mutate: (c) => c.remove('entries').write('entries', 'not a folder\n'),
    problems: [{ file: 'entries', line: 1, key: 'file', message: 'unexpected file' }],
  },
  {
    rule: 'a file in entries/ that is not Markdown',
    mutate: (c) => c.write('entries/2023-01/notes.txt', 'notes\n'),
    problems: [{ file: 'entries/2023-01/notes.txt', line: 1, key: 'file', message: "not a content file: content files end in '.md'" }],
  },
  {
    rule: 'a sub-folder under authorities/',
    mutate: (c) => c.write('authorities/local/cac-beijing.md', md(['name: CAC Beijing Office', 'level: local'])),
    problems: [{ file: 'authorities/local', line: 1, key: 'file', message: 'sub-folders are allowed only under entries/' }],
  },
];

describe('content rules: one broken copy of the good folder per rule', () => {
  it.each(rows)('$rule', async ({ mutate, problems, ownFilesOnly }) => {
    const c = new ContentCopy();
    mutate(c);
    const result = await checkContent(c.root);
    expect(result.ok).toBe(false);
    const files = new Set(problems.map((p) => c.at(p.file)));
    expect(ownFilesOnly ? result.problems.filter((p) => files.has(p.file)) : result.problems).toEqual(
      problems.map((p) => ({
        file: c.at(p.file),
        line: p.line,
        key: p.key,
        message: expect.stringContaining(typeof p.message === 'function' ? p.message(c) : p.message),
      })),
    );
  });

  it('reports a missing content folder', async () => {
    const c = new ContentCopy();
    const result = await checkContent(c.at('no-such-folder'));
    expect(result.problems).toEqual([{ file: c.at('no-such-folder'), line: 1, key: 'folder', message: 'content folder not found' }]);
  });
});

// The contract: "Every problem reported, not just the first". A file that fails its schema should
// neither hide its own cross-file problems nor make the files that refer to it look wrong.
describe('a file with a schema problem and the cross-file checks', () => {
  it('still reports the unknown issuer of an entry whose date is also wrong', async () => {
    const c = new ContentCopy()
      .edit(GUIDELINE, 'issued: 2023-01-06', 'issued: 2023-01-32')
      .edit(GUIDELINE, 'issuers: [cac]', 'issuers: [cac-shangai]');
    expect((await checkContent(c.root)).problems.map(formatProblem)).toEqual([
      `${c.at(GUIDELINE)}:5: issuers[0]: unknown issuer 'cac-shangai'; did you mean 'cac-shanghai'?`,
      `${c.at(GUIDELINE)}:6: issued: must be a calendar date written YYYY-MM-DD`,
    ]);
  });

  it('does not report entries that cite an authority with a typo in its own file as citing an unknown issuer', async () => {
    const c = new ContentCopy().edit('authorities/cac-shanghai.md', 'level: local', 'level: locall');
    expect((await checkContent(c.root)).problems.map((p) => `${p.file}:${p.line}: ${p.key}`)).toEqual([
      `${c.at('authorities/cac-shanghai.md')}:4: level`,
    ]);
  });

  it('does not report a related link to an entry with a typo in its own file as an unknown entry', async () => {
    const c = new ContentCopy().edit(CLEANUP, 'issued: 2022-12-12', 'issued: 2022-12-32');
    expect((await checkContent(c.root)).problems.map((p) => `${p.file}:${p.line}: ${p.key}`)).toEqual([`${c.at(CLEANUP)}:6: issued`]);
  });

  it('does not make every topic unknown because one topic in topics.yml has a typo', async () => {
    const c = new ContentCopy().edit('topics.yml', 'label: Online Content', 'lable: Online Content');
    expect((await checkContent(c.root)).problems.map((p) => `${p.file}:${p.line}: ${p.key}`)).toEqual([
      `${c.at('topics.yml')}:8: [3].label`,
      `${c.at('topics.yml')}:9: [3].lable`,
    ]);
  });
});

describe('the good fixture folder', () => {
  it('passes with the expected counts', async () => {
    const result = await checkContent(GOOD);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(countCatalogue(result.catalogue!)).toEqual({ editions: 1, entries: 4, drafts: 1, authorities: 3, topics: 4 });
    expect(result.catalogue!.entries.map((e) => e.slug).sort()).toEqual([
      'sample-cleanup-campaign',
      'sample-data-measures',
      'sample-guideline-draft',
      'sample-transfer-rules',
      'sample-upcoming-rules',
    ]);
  });

  it('fills defaults and the summary from the first paragraph', async () => {
    const result = await checkContent(GOOD);
    const bySlug = new Map(result.catalogue!.entries.map((e) => [e.slug, e]));
    const measures = bySlug.get('sample-data-measures')!;
    expect(measures).toMatchObject({
      file: 'entries/2023-01/sample-data-measures.md',
      stage: 'final',
      trial: true,
      jurisdiction: 'national',
      draft: false,
      summary: 'A made-up set of trial measures, used to test the loader.',
      aliases: ['old-sample-measures'],
    });
    expect(bySlug.get('sample-upcoming-rules')).toMatchObject({ file: 'entries/2023-01/pending/sample-upcoming-rules.md', draft: true });
    expect(result.catalogue!.authorities.find((a) => a.id === 'cac-shanghai')).toMatchObject({ parent: 'cac', region: 'Shanghai', level: 'local' });
  });

  it('accepts Windows line endings and a byte-order mark, and still counts lines right', async () => {
    const c = new ContentCopy();
    c.write(GUIDELINE, `\uFEFF${c.read(GUIDELINE).replace(/\n/g, '\r\n')}`);
    expect((await checkContent(c.root)).ok).toBe(true);
    c.edit(GUIDELINE, 'issued: 2023-01-06', 'issued: 2023-01-32');
    expect((await checkContent(c.root)).problems.map((p) => [p.line, p.key])).toEqual([[6, 'issued']]);
  });

  it('ignores files and folders whose names start with _ or .', async () => {
    // The good folder already holds entries/_template.md and .notes.md; add broken ones everywhere.
    const c = new ContentCopy()
      .write('entries/_draft-notes.md', 'title: [not even YAML\n')
      .write('entries/2023-01/.hidden-entry.md', '---\ntitel: typo\n---\n')
      .write('entries/2023-01/_ideas.txt', 'not markdown\n')
      .write('authorities/_template.md', md(['name: <name>', 'level: <level>']))
      .write('editions/.DS_Store', '\u0000\u0001')
      .write('_scratch/anything.md', 'no front matter\n')
      .write('.cache/state.json', '{}\n');
    const result = await checkContent(c.root);
    expect(result.problems).toEqual([]);
    expect(countCatalogue(result.catalogue!)).toEqual({ editions: 1, entries: 4, drafts: 1, authorities: 3, topics: 4 });
  });
});

/** Every problem in tests/fixtures/content/bad/, in the order a report lists them (file, then line). */
const BAD_REPORT = [
  "tests/fixtures/content/bad/authorities/miit.md:3: abrv: unknown key; did you mean 'abbr'?",
  'tests/fixtures/content/bad/editions/2023-01.md:4: period_end: 2022-12-01 is before period_start 2023-01-31',
  'tests/fixtures/content/bad/entries/2023-01/broken-yaml.md:5: front matter: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
  `tests/fixtures/content/bad/entries/2023-01/typos.md:3: category: "regulations" is not allowed; allowed values: regulation, standard, enforcement, judgment; did you mean 'regulation'?`,
  'tests/fixtures/content/bad/entries/2023-01/typos.md:5: issued: must be a calendar date written YYYY-MM-DD',
  'tests/fixtures/content/bad/entries/2023-01/unsafe-source.md:8: sources[0].url: must be an absolute http: or https: URL',
  "tests/fixtures/content/bad/entries/2023-01/wrong-references.md:4: issuers[1]: unknown issuer 'cac-shangai'; did you mean 'cac-shanghai'?",
  'tests/fixtures/content/bad/entries/2023-01/wrong-references.md:6: effective: 2023-01-01 is before issued 2023-01-10',
  "tests/fixtures/content/bad/entries/2023-01/wrong-references.md:7: topics[0]: unknown topic 'data-securty'; did you mean 'data-security'? (topics are listed in topics.yml)",
  "tests/fixtures/content/bad/entries/2023-01/wrong-references.md:8: edition: unknown edition '2023-03'; did you mean '2023-01'?",
  "tests/fixtures/content/bad/entries/2023-01/wrong-references.md:9: related[0]: unknown entry 'no-such-entry'",
  "tests/fixtures/content/bad/entries/Bad_Name.md:1: file name: 'Bad_Name' is not a valid slug: use lower-case letters and digits in words joined by single hyphens",
  'tests/fixtures/content/bad/notes.txt:1: file: unexpected file; a content folder holds editions/, entries/, authorities/, topics.yml and glossary.yml',
  "tests/fixtures/content/bad/topics.yml:5: [2].id: duplicate topic id 'data-security'",
];

describe('the bad fixture folder', () => {
  it('reports every problem of every file in one run, sorted by file then line', async () => {
    const result = await checkContent(BAD);
    expect(result.ok).toBe(false);
    expect(result.catalogue).toBeNull();
    expect(result.problems.map(formatProblem)).toEqual(BAD_REPORT);
  });

  it('ignores entries/_template.md even though it is broken', async () => {
    const result = await checkContent(BAD);
    expect(result.problems.some((p) => p.file.includes('_template'))).toBe(false);
  });
});

describe('npm run content:check', () => {
  const check = (dir: string) =>
    spawnSync('npx', ['tsx', 'scripts/content-check.ts', '--dir', dir], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('exits 1 and prints every problem of the bad folder', () => {
    const run = check('tests/fixtures/content/bad');
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines).toEqual([...BAD_REPORT, `${BAD_REPORT.length} problems in tests/fixtures/content/bad`]);
    expect(run.stdout).toBe('');
  });

  it('exits 0 and prints the counts of the good folder', () => {
    const run = check('tests/fixtures/content/good');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(
      'tests/fixtures/content/good is valid: 1 edition, 4 entries (+1 draft, not published), 3 authorities, 4 topics',
    );
  });
});
