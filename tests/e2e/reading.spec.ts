import { expect, test, type Page } from '@playwright/test';
import { SEED_PARTS } from './seed';
import { FIXTURES, SITE } from './site';

const ALL_SEED_SLUGS = SEED_PARTS.flatMap((p) => p.slugs);

async function jsonLd(page: Page) {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]!) as Record<string, unknown>;
}

test.describe('home page', () => {
  test('shows the newest edition: title, period, observations, four parts and 16 numbered entries linking to their permalinks', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Highlights in Recent China TMT Law and Practices');
    await expect(page.locator('.edition-period')).toHaveText('December 2022 - January 2023');
    const observations = page.locator('section.observations');
    await expect(observations.getByRole('heading', { name: 'Our Observations' })).toBeVisible();
    await expect(observations).toContainText('nothing held the attention of');

    const parts = page.locator('section.part');
    await expect(parts).toHaveCount(4);
    await expect(parts.locator('h2')).toHaveText(SEED_PARTS.map((p, i) => new RegExp(`Part ${['I', 'II', 'III', 'IV'][i]}\\s*${escape(p.label)}`)));

    const cards = page.locator('section.part .entry-card');
    await expect(cards).toHaveCount(16);
    const hrefs = await cards.locator('h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(ALL_SEED_SLUGS.map((s) => `/entries/${s}`));

    // Each card leads with the full title, the short name a secondary label; then who issued it and
    // when (labelled), and (for regulations and standards) a status badge and summary.
    const first = cards.first();
    await expect(first.locator('h3 a')).toHaveText('Opinions on Building Basic Systems for Data to Maximize the Role of Data Elements');
    await expect(first.locator('.short-name')).toHaveText('Short name: 20 Data Measures');
    await expect(first.locator('[lang="zh-CN"]')).toHaveText('中共中央 国务院关于构建数据基础制度更好发挥数据要素作用的意见');
    await expect(first.locator('.entry-meta')).toContainText('by Central Committee of the Communist Party of China and State Council');
    await expect(first.locator('.entry-meta .date-issued')).toHaveText('Issued 19 Dec 2022');
    await expect(first.locator('.entry-meta .date-issued time')).toHaveAttribute('datetime', '2022-12-19');
    await expect(first.locator('.badge')).toHaveText('In force');
    await expect(first.locator('.entry-summary')).toContainText('jointly released the 20');
    await expect(page.locator('section.part').nth(2).locator('.badge')).toHaveCount(0);

    await expect(page.getByRole('link', { name: 'Browse all editions' })).toHaveAttribute('href', '/editions');
  });

  test('a numbered entry opens its permalink', async ({ page }) => {
    await page.goto('/');
    await page.locator('section.part').nth(1).getByRole('link', { name: 'Practice Guideline for Cybersecurity Standards – Safety Certification Specification for Cross-border Processing Activities of Personal Information V2.0' }).click();
    await expect(page).toHaveURL(/\/entries\/tc260-cross-border-pi-certification-v2$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Practice Guideline for Cybersecurity Standards');
  });

  test('advertises the site feed and its canonical URL', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', `${SITE}/feed.xml`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}`);
  });
});

test.describe('editions', () => {
  test('the archive lists editions newest first with their counts per part', async ({ page }) => {
    await page.goto('/editions');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Editions');
    const items = page.locator('.edition-item');
    await expect(items).toHaveCount(2);
    await expect(items.locator('h2')).toHaveText(['December 2022 - January 2023', 'July 2022 - September 2022']);
    const counts = await items.first().locator('.part-counts .count').allTextContents();
    expect(counts).toEqual(['6', '6', '2', '2']);
    // Plain counts, not buttons: each part with entries links to it in the edition, an empty part is text.
    const regulations = items.first().locator('.part-counts li').first();
    await expect(regulations).toHaveText('6 Regulations, Policies & Judicial Interpretations');
    await expect(regulations.getByRole('link')).toHaveAttribute('href', '/editions/2023-01#part-regulation');
    expect(await items.nth(1).locator('.part-counts .count').allTextContents()).toEqual(['2', '0', '0', '0']);
    await expect(items.nth(1).locator('.part-counts li').nth(1).getByRole('link')).toHaveCount(0);
    // An edition with a publication date says so, labelled; the seed edition has none on record.
    await expect(items.nth(1).locator('.edition-item-title')).toContainText('Published 15 October 2022');
    await expect(items.first().locator('.edition-item-title')).toContainText('publication date not given');
    await expect(items.first().locator('.edition-item-title')).not.toContainText('Published');
    // The edition's own page says the same.
    await page.goto('/');
    await expect(page.locator('.edition-meta')).toContainText('publication date not given');
  });

  test('an edition page shows that edition like the home page', async ({ page }) => {
    await page.goto('/editions');
    await page.getByRole('link', { name: 'July 2022 - September 2022' }).click();
    await expect(page).toHaveURL(/\/editions\/2022-09$/);
    await expect(page.locator('.edition-period')).toHaveText('July 2022 - September 2022');
    await expect(page.locator('section.part')).toHaveCount(1);
    const hrefs = await page.locator('section.part h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([`/entries/${FIXTURES.full}`, `/entries/${FIXTURES.draftForComment}`]);

    await page.goto('/editions/2023-01');
    await expect(page.locator('section.part .entry-card')).toHaveCount(16);
  });

  test('an unknown edition answers 404', async ({ request }) => {
    expect((await request.get('/editions/1999-01')).status()).toBe(404);
  });
});

test.describe('entry permalink', () => {
  test('shows every field the entry has', async ({ page }) => {
    await page.goto(`/entries/${FIXTURES.full}`);
    const header = page.locator('.entry-header');
    await expect(header.getByRole('heading', { level: 1 })).toHaveText('Security Assessment Measures for Outbound Data Transfers');
    await expect(header.locator('.entry-short')).toContainText('Outbound Data Measures');
    await expect(header.locator('[lang="zh-CN"]')).toHaveText('数据出境安全评估办法');
    await expect(header.locator('.eyebrow')).toHaveText('Regulations & Policies · measures');
    await expect(header.locator('.badge')).toHaveText('In force');
    await expect(header.locator('.entry-status')).toContainText('In force since 1 September 2022');
    await expect(header.locator('.entry-byline')).toHaveText('Issued 7 July 2022 by Cyberspace Administration of China');
    await expect(header.getByRole('link', { name: /^Official source: Cyberspace Administration of China/ })).toHaveAttribute('href', 'https://www.cac.gov.cn/');

    const facts = page.locator('dl.facts');
    const fact = (term: string) => facts.locator(`dt:text-is("${term}") + dd`);
    await expect(fact('Issuer').getByRole('link', { name: 'Cyberspace Administration of China' })).toHaveAttribute('href', '/authorities/cac');
    await expect(fact('Issued')).toHaveText('7 July 2022');
    await expect(fact('Effective')).toHaveText('1 September 2022');
    await expect(fact('Document no.')).toHaveText('CAC Order No. 11');
    await expect(fact('Category')).toHaveText('Regulations, Policies & Judicial Interpretations');
    await expect(fact('Jurisdiction')).toHaveText('National');
    await expect(fact('Topics').getByRole('link', { name: 'Cross-Border Data Transfer' })).toHaveAttribute('href', '/topics/cross-border-data');
    await expect(fact('Topics').getByRole('link', { name: 'Data Security' })).toHaveAttribute('href', '/topics/data-security');
    await expect(fact('Edition').getByRole('link', { name: 'July 2022 - September 2022' })).toHaveAttribute('href', '/editions/2022-09');
    await expect(fact('Edition')).toContainText('Part I, no. 1');

    // The written summary as a lede, then the body rendered from Markdown.
    await expect(page.locator('.lede')).toHaveText(
      "The CAC's rules on when and how data processors must pass a security assessment before sending data abroad.",
    );
    await expect(page.locator('.prose').getByRole('heading', { name: 'When an assessment is required' })).toBeVisible();
    await expect(page.locator('.prose li')).toHaveCount(2);

    const sources = page.locator('section', { has: page.getByRole('heading', { name: 'Sources' }) }).getByRole('link');
    await expect(sources).toHaveText(['Cyberspace Administration of China', 'State Council policy library']);
    await expect(sources.first()).toHaveAttribute('href', 'https://www.cac.gov.cn/');
    await expect(sources.first()).toHaveAttribute('rel', /external/);

    const related = page.locator('section', { has: page.getByRole('heading', { name: 'Related entries' }) });
    await expect(related.locator('h3 a')).toHaveText(['Guidelines for Declaration Materials of Security Assessment for Outbound Data Transfer', 'Practice Guideline for Cybersecurity Standards – Safety Certification Specification for Cross-border Processing Activities of Personal Information V2.0']);

    const pager = page.getByRole('navigation', { name: 'Within this edition' });
    await expect(pager.getByRole('link', { name: /Next/ })).toHaveAttribute('href', `/entries/${FIXTURES.draftForComment}`);
    await expect(pager.getByRole('link', { name: /Previous/ })).toHaveCount(0);
  });

  test('a related entry links back (relations go both ways)', async ({ page }) => {
    await page.goto('/entries/cac-zhejiang-outbound-data-declaration-guidelines');
    const related = page.locator('section', { has: page.getByRole('heading', { name: 'Related entries' }) });
    await expect(related.getByRole('link', { name: 'Security Assessment Measures for Outbound Data Transfers' })).toHaveAttribute('href', `/entries/${FIXTURES.full}`);
  });

  test('shows a comment deadline, the issuers note and a draft status; a repealed date and status', async ({ page }) => {
    await page.goto(`/entries/${FIXTURES.draftForComment}`);
    const facts = page.locator('dl.facts');
    await expect(facts.locator('dt:text-is("Comments closed") + dd')).toHaveText('9 September 2022');
    await expect(page.locator('.entry-header .entry-status')).toContainText('Draft for comment: comments closed 9 September 2022');
    await expect(facts.locator('dt:text-is("Issuers") + dd')).toHaveText(
      'Cyberspace Administration of China, Ministry of Industry and Information Technology and 3 other departments',
    );
    await expect(page.locator('.entry-header .badge')).toHaveText('Draft for comment');
    const pager = page.getByRole('navigation', { name: 'Within this edition' });
    await expect(pager.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', `/entries/${FIXTURES.full}`);

    await page.goto(`/entries/${FIXTURES.repealed}`);
    await expect(page.locator('dl.facts dt:text-is("Repealed") + dd')).toHaveText('1 June 2017');
    await expect(page.locator('.entry-header .badge')).toHaveText('Repealed');
    await expect(page.locator('.entry-header .entry-status')).toContainText('Repealed 1 June 2017');
    await expect(page.locator('dl.facts dt:text-is("Edition")')).toHaveCount(0);
  });

  test('shows a case number and a regional jurisdiction, and no status for an enforcement action', async ({ page }) => {
    await page.goto('/entries/chongzhou-personal-safety-protection-order');
    await expect(page.locator('.entry-header .eyebrow')).toHaveText('Enforcement · protection order');
    await expect(page.locator('dl.facts dt:text-is("Case / document no.") + dd')).toHaveText('(2023) Sichuan 0184 Civil Protection Order No. 1');
    await expect(page.locator('dl.facts dt:text-is("Jurisdiction") + dd')).toHaveText('Sichuan');
    await expect(page.locator('.entry-header .badge')).toHaveCount(0);
  });

  test('"Copy citation" and "Copy link" put the citation and the canonical URL on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/entries/twenty-data-measures');
    await page.getByRole('button', { name: 'Copy citation' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Citation copied' })).toBeVisible();
    // Accessed today: the day the page shows as today on its timeline.
    const today = await page.locator('.timeline-today time').textContent();
    const citation =
      'Opinions on Building Basic Systems for Data to Maximize the Role of Data Elements (“20 Data Measures”) [中共中央 国务院关于构建数据基础制度更好发挥数据要素作用的意见], ' +
      `issued by Central Committee of the Communist Party of China and State Council on 19 December 2022. China TMT Digest, ${SITE}/entries/twenty-data-measures (accessed ${today}).`;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    await expect(page.locator('.citation')).toHaveText(citation);

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/entries/twenty-data-measures`);
  });

  test('a former slug (alias) answers a permanent redirect (308) to the canonical URL', async ({ request, page }) => {
    for (const alias of FIXTURES.aliases) {
      const response = await request.get(`/entries/${alias}`, { maxRedirects: 0 });
      expect(response.status(), alias).toBe(308);
      expect(response.headers().location).toMatch(new RegExp(`/entries/${FIXTURES.full}$`));
    }
    await page.goto(`/entries/${FIXTURES.aliases[0]}`);
    await expect(page).toHaveURL(new RegExp(`/entries/${FIXTURES.full}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Security Assessment Measures for Outbound Data Transfers');
  });

  test('an unpublished draft is not served', async ({ request }) => {
    expect((await request.get(`/entries/${FIXTURES.unpublished}`)).status()).toBe(404);
  });

  test('JSON-LD describes a regulation as Legislation', async ({ page }) => {
    await page.goto(`/entries/${FIXTURES.full}`);
    const ld = await jsonLd(page);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      name: 'Security Assessment Measures for Outbound Data Transfers',
      alternateName: '数据出境安全评估办法',
      legislationDate: '2022-07-07',
      legislationLegalForce: 'https://schema.org/InForce',
      legislationType: 'measures',
      legislationIdentifier: 'CAC Order No. 11',
      inLanguage: 'zh-CN',
      url: `${SITE}/entries/${FIXTURES.full}`,
    });
    expect(ld.legislationPassedBy).toEqual([
      expect.objectContaining({ '@type': 'GovernmentOrganization', name: 'Cyberspace Administration of China', alternateName: 'CAC' }),
    ]);
  });

  test('JSON-LD describes a standard as Legislation, a judgment and an enforcement action as CreativeWork', async ({ page }) => {
    await page.goto('/entries/samr-absolute-terms-advertising-guidelines-draft');
    expect(await jsonLd(page)).toMatchObject({ '@type': 'Legislation', legislationLegalForce: 'https://schema.org/NotInForce' });

    await page.goto('/entries/hangzhou-internet-court-nft-virtual-property');
    const judgment = await jsonLd(page);
    expect(judgment['@type']).toBe('CreativeWork');
    expect(judgment).toMatchObject({ dateCreated: '2022-12-05', creator: [expect.objectContaining({ name: 'Hangzhou Internet Court' })] });

    await page.goto('/entries/chongzhou-personal-safety-protection-order');
    expect(await jsonLd(page)).toMatchObject({
      '@type': 'CreativeWork',
      identifier: '(2023) Sichuan 0184 Civil Protection Order No. 1',
      spatialCoverage: { '@type': 'Place', name: 'Sichuan, China' },
    });
  });

  test('has a title, description, canonical URL, OpenGraph and Twitter card tags', async ({ page }) => {
    await page.goto('/entries/twenty-data-measures');
    const title = 'Opinions on Building Basic Systems for Data to Maximize the Role of Data Elements';
    await expect(page).toHaveTitle(`${title} · China TMT Digest`);
    const meta = (selector: string) => page.locator(`head ${selector}`);
    const description = await meta('meta[name="description"]').getAttribute('content');
    expect(description).toMatch(/^CPC Central Committee, State Council · Issued 19 December 2022 · In force\. The CPC Central Committee/);
    await expect(meta('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}/entries/twenty-data-measures`);
    await expect(meta('meta[property="og:title"]')).toHaveAttribute('content', title);
    await expect(meta('meta[property="og:description"]')).toHaveAttribute('content', description!);
    await expect(meta('meta[property="og:url"]')).toHaveAttribute('content', `${SITE}/entries/twenty-data-measures`);
    await expect(meta('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(meta('meta[property="og:site_name"]')).toHaveAttribute('content', 'China TMT Digest');
    await expect(meta('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
    await expect(meta('meta[name="twitter:title"]')).toHaveAttribute('content', title);
    await expect(meta('meta[name="twitter:description"]')).toHaveAttribute('content', description!);
  });

  test('prints the item alone, without navigation, with its URL', async ({ page }) => {
    await page.goto('/entries/twenty-data-measures');
    const url = `${SITE}/entries/twenty-data-measures`;
    await expect(page.locator('.print-source')).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy citation' })).toBeHidden();
    await expect(page.locator('.print-source')).toBeVisible();
    await expect(page.locator('.print-source')).toContainText(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.prose')).toBeVisible();
  });
});

test.describe('authorities', () => {
  test('the directory groups authorities by level, with Chinese name, abbreviation and entry count', async ({ page }) => {
    await page.goto('/authorities');
    const groups = page.locator('section.group h2');
    await expect(groups).toHaveText(['Party bodies', 'State Council', 'Ministries and commissions', 'Legislatures', 'Courts', 'Standards bodies', 'Local authorities']);
    const cac = page.locator('.directory li', { has: page.getByRole('link', { name: 'Cyberspace Administration of China' }) });
    await expect(cac).toContainText('(CAC)');
    await expect(cac.locator('[lang="zh-CN"]')).toHaveText('国家互联网信息办公室');
    await expect(cac.locator('.count')).toHaveText('4 entries');
    const ministries = page.locator('section.group', { has: page.getByRole('heading', { name: 'Ministries and commissions' }) });
    await expect(ministries.getByRole('link', { name: 'Cyberspace Administration of China' })).toBeVisible();
  });

  test("an authority page shows its names, offices, description, entries newest first, chart, search link and feed", async ({ page }) => {
    await page.goto('/authorities/cac');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cyberspace Administration of China (CAC)');
    await expect(page.locator('.page-header [lang="zh-CN"]')).toHaveText('国家互联网信息办公室');
    const facts = page.locator('dl.facts');
    await expect(facts.locator('dt:text-is("Also known as") + dd')).toContainText('Office of the Central Cyberspace Affairs Commission');
    await expect(facts.locator('dt:text-is("Also known as") + dd')).toContainText('网信办');
    await expect(facts.locator('dt:text-is("Local offices") + dd').getByRole('link')).toHaveText(['CAC Shanghai Office', 'CAC Zhejiang Office']);
    await expect(page.locator('.prose')).toContainText("China's central internet regulator");

    const dates = await page.locator('.entry-list .entry-meta .date-issued time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(dates.length).toBe(6);
    expect([...dates].sort().reverse()).toEqual(dates);
    const office = page.locator('.entry-list > li', { has: page.locator('a[href="/entries/shanghai-public-data-access-rules"]') });
    await expect(office.getByText('From a local office')).toBeVisible();
    const own = page.locator('.entry-list > li', { has: page.locator('a[href="/entries/cac-mobile-apps-clean-up-campaign"]') });
    await expect(own.getByText('From a local office')).toHaveCount(0);

    const chart = page.locator('svg[role="img"]');
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleName(/^Entries per month, February 2022 to January 2023: .*2 in January 2023/);
    await expect(chart.locator('title')).toHaveCount(1);
    await expect(chart.locator('rect')).toHaveCount(4);

    // Not followed: the search page is another piece of work.
    await expect(page.getByRole('link', { name: 'Search within its entries' })).toHaveAttribute('href', '/search?issuer=cac');
    await expect(page.getByRole('link', { name: /Follow its new entries/ })).toHaveAttribute('href', '/authorities/cac/feed.xml');
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]').first()).toHaveAttribute('href', `${SITE}/authorities/cac/feed.xml`);
  });

  test('a local office links to its parent; a long history is charted by year', async ({ page }) => {
    await page.goto('/authorities/cac-zhejiang');
    await expect(page.locator('dl.facts dt:text-is("Local office of") + dd').getByRole('link')).toHaveAttribute('href', '/authorities/cac');
    await page.goto('/authorities/miit');
    await expect(page.locator('svg[role="img"]')).toHaveAccessibleName(/^Entries per year, 2005 to 2023: 1 in 2005, 2 in 2022, 1 in 2023; none in the other years\.$/);
  });
});

test.describe('topics', () => {
  test('the topic list gives each topic its Chinese label and entry count', async ({ page }) => {
    await page.goto('/topics');
    const item = page.locator('.directory li', { has: page.getByRole('link', { name: 'Cross-Border Data Transfer' }) });
    await expect(item.locator('[lang="zh-CN"]')).toHaveText('数据跨境');
    await expect(item.locator('.count')).toHaveText('3 entries');
    await expect(page.getByRole('link', { name: 'Fintech' })).toBeVisible();
  });

  test('a topic page lists its entries newest first, with chart, search link and feed', async ({ page }) => {
    await page.goto('/topics/cross-border-data');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cross-Border Data Transfer');
    const hrefs = await page.locator('.entry-list h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([
      '/entries/cac-zhejiang-outbound-data-declaration-guidelines',
      '/entries/tc260-cross-border-pi-certification-v2',
      `/entries/${FIXTURES.full}`,
    ]);
    await expect(page.locator('svg[role="img"]')).toHaveAccessibleName(/^Entries per month/);
    await expect(page.getByRole('link', { name: 'Search within this topic' })).toHaveAttribute('href', '/search?topic=cross-border-data');
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]').first()).toHaveAttribute(
      'href',
      `${SITE}/topics/cross-border-data/feed.xml`,
    );
  });

  test('an unknown topic answers 404', async ({ request }) => {
    expect((await request.get('/topics/no-such-topic')).status()).toBe(404);
  });
});

test.describe('site header', () => {
  test('has a plain GET search form and the main sections', async ({ page }) => {
    await page.goto('/authorities');
    const form = page.locator('header.site-header form[role="search"]');
    await expect(form).toHaveAttribute('action', '/search');
    await expect(form).toHaveAttribute('method', 'get');
    await expect(form.getByLabel('Search the digest')).toHaveAttribute('name', 'q');
    await expect(form.getByRole('button', { name: 'Search' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link')).toHaveText(['Latest edition', 'Editions', 'Authorities', 'Topics', 'Calendar']);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
