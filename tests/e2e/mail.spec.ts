import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { SmtpSink, type Received } from '../helpers/smtp-sink';

// Email end to end: subscribing in Chromium, the confirmation email from a real SMTP server
// (smtp-server, read with mailparser), content loads, and `npm run mail:send` as a child process
// against this server's catalogue. The server (scripts/e2e-mail-server.mjs) sends to the SMTP port
// this spec listens on; its SITE_URL is its own origin.

const ROOT = process.cwd();
// As scripts/e2e-mail-server.mjs sets them.
const CONTENT = path.join(ROOT, '.data', 'e2e-mail-content');
const CATALOGUE = path.join(ROOT, '.data', 'e2e-mail.db');
const SUBSCRIBERS = path.join(ROOT, '.data', 'e2e-mail-subscribers.db');
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT || 3125);
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

test.describe.configure({ mode: 'serial' });

let smtp: SmtpSink;
let site: string;

test.beforeAll(async ({ baseURL }) => {
  site = baseURL!;
  smtp = await SmtpSink.start(SMTP_PORT);
});
test.afterAll(async () => {
  await smtp?.stop();
});

/** Adds files to the server's content and loads it, as an editor publishing would. */
function publish(files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(CONTENT, rel)), { recursive: true });
    fs.writeFileSync(path.join(CONTENT, rel), text);
  }
  const load = spawnSync(TSX, ['scripts/content-load.ts', '--dir', CONTENT], { cwd: ROOT, env: { ...process.env, DATABASE_PATH: CATALOGUE }, encoding: 'utf8' });
  expect(load.status, load.stderr + load.stdout).toBe(0);
}

/** Edits one file of the server's content (not loaded until the next publish). */
function edit(rel: string, from: string, to: string): void {
  const file = path.join(CONTENT, rel);
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toContain(from);
  fs.writeFileSync(file, text.replace(from, to));
}

type Run = { code: number | null; output: string; kill: () => void; done: Promise<void> };

/** `npm run mail:send` on this server's catalogue and subscribers, sending to `smtpPort`. */
function mailSend(smtpPort: number): Run {
  // Its own process group, so a kill takes tsx and the node process it starts, as a killed cron job would go.
  const child = spawn(TSX, ['--import', './scripts/outside-next.mjs', 'scripts/mail-send.ts'], {
    cwd: ROOT,
    detached: true,
    env: {
      ...process.env,
      SITE_URL: site,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: '"China TMT Digest" <digest@localhost>',
      DATABASE_PATH: CATALOGUE,
      SUBSCRIBERS_DATABASE_PATH: SUBSCRIBERS,
    },
  });
  const run: Run = {
    code: null,
    output: '',
    kill: () => process.kill(-child.pid!, 'SIGKILL'),
    done: new Promise((resolve) => child.on('exit', (code) => ((run.code = code), resolve()))),
  };
  child.stdout.on('data', (d) => (run.output += d));
  child.stderr.on('data', (d) => (run.output += d));
  return run;
}

async function mailSendDone(smtpPort = SMTP_PORT): Promise<Run> {
  const run = mailSend(smtpPort);
  await run.done;
  return run;
}

const entry = (fields: string[], body: string) => ['---', ...fields, '---', body, ''].join('\n');
/** A message's text part with its line wrapping undone, for phrases that may break across lines. */
const words = (r: Received) => (r.mail.text ?? '').replace(/\s+/g, ' ');
const header = (r: Received, key: string) => r.mail.headerLines.find((h) => h.key === key)?.line;
const hrefs = (r: Received) => [...String(r.mail.html).matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
const linkIn = (r: Received, path: string) => {
  const found = new RegExp(`${site.replace(/[.]/g, '\\.')}${path.replace(/[?]/g, '\\?')}\\?token=[A-Za-z0-9_-]{43}`).exec(r.mail.text ?? '');
  expect(found, `${path} link in the text part`).not.toBeNull();
  return found![0];
};
const confirmation = (address: string) => smtp.waitFor((r) => r.to.includes(address) && /^Confirm your subscription/.test(r.mail.subject ?? ''));

/** Follows a confirmation email's link in the browser and presses its button. */
async function confirmFromEmail(page: Page, address: string): Promise<void> {
  const link = linkIn(await confirmation(address), '/subscribe/confirm');
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm your subscription');
  await page.getByRole('button', { name: 'Confirm subscription' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are subscribed');
}

/** Subscribes and confirms through the site's own forms, as API requests from the site's origin (for the many-subscriber runs). */
async function subscribeByRequest(request: APIRequestContext, email: string): Promise<void> {
  const r = await request.post('/subscribe', { form: { email }, headers: { Origin: site } });
  expect(r.status()).toBe(200);
  const token = new URL(linkIn(await confirmation(email), '/subscribe/confirm')).searchParams.get('token')!;
  const confirmed = await request.post('/subscribe/confirm', { form: { token }, headers: { Origin: site } });
  expect(await confirmed.text()).toContain('You are subscribed');
}

const withoutNonce = (html: string) => html.replace(/nonce="[^"]*"/g, '');

test.describe('subscribing', () => {
  test.use({ javaScriptEnabled: false });

  test('works without JavaScript, answers any address the same, and ignores bots and other origins', async ({ page, request }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Get each edition by email' }).click();
    await expect(page).toHaveURL(/\/subscribe$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get each edition by email');
    await page.getByLabel('Email address').fill('known@example.com');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your inbox');
    const first = await confirmation('known@example.com');
    expect(words(first)).toContain('each new edition of the digest');

    // A known address and a new one get the same answer.
    const known = await request.post('/subscribe', { form: { email: 'known@example.com' }, headers: { Origin: site } });
    const unknown = await request.post('/subscribe', { form: { email: 'unknown@example.com' }, headers: { Origin: site } });
    expect(known.status()).toBe(200);
    expect(unknown.status()).toBe(200);
    expect(withoutNonce(await known.text())).toBe(withoutNonce(await unknown.text()));
    await smtp.waitFor((r) => r.to.includes('unknown@example.com'));

    // A filled honeypot: the same answer, and nothing sent.
    const bot = await request.post('/subscribe', { form: { email: 'bot@example.com', website: 'https://spam.example' }, headers: { Origin: site } });
    expect(withoutNonce(await bot.text())).toBe(withoutNonce(await unknown.text()));
    // A POST from another site, or with no origin at all: refused, nothing sent.
    const foreign = await request.post('/subscribe', { form: { email: 'forged@example.com' }, headers: { Origin: 'https://evil.example' } });
    expect(foreign.status()).toBe(403);
    const bare = await request.post('/subscribe', { form: { email: 'forged@example.com' } });
    expect(bare.status()).toBe(403);
    // A GET changes nothing either: it shows the form.
    expect(await (await request.get('/subscribe?email=forged@example.com')).text()).toContain('Get each edition by email');

    // At most three confirmation emails a day to one address, however many requests.
    for (let i = 0; i < 2; i++) expect((await request.post('/subscribe', { form: { email: 'Known@Example.com' }, headers: { Origin: site } })).status()).toBe(200);
    await expect.poll(() => smtp.to('known@example.com').length).toBe(3);
    await page.waitForTimeout(1500);
    expect(smtp.to('known@example.com')).toHaveLength(3);
    expect(smtp.to('bot@example.com')).toHaveLength(0);
    expect(smtp.to('forged@example.com')).toHaveLength(0);
  });
});

test.describe('emails', () => {
  test.setTimeout(180_000);

  test('a filtered search and each edition: confirmed from the emails, then exactly what a content load publishes', async ({ page }) => {
    // A search with a filter, then "Email me new matches".
    await page.goto('/search?issuer=cac&topic=personal-information');
    await page.getByRole('link', { name: 'Email me new matches' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Email me new matches');
    await expect(page.getByText('New entries matching')).toContainText('New from the CAC on Personal Information');
    await page.getByLabel('Email address').fill('lawyer@example.com');
    await page.getByLabel('Daily, when there is something new').check();
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your inbox');
    const confirm = await confirmation('lawyer@example.com');
    expect(words(confirm)).toContain('a daily email of new entries from the CAC on Personal Information');
    for (const href of hrefs(confirm)) expect(href.startsWith(`${site}/`), href).toBe(true);
    // Nothing but the confirmation goes to an unconfirmed address.
    expect((await mailSendDone()).output).toContain('composed 0 edition emails and 0 alerts');
    await confirmFromEmail(page, 'lawyer@example.com');

    // Each edition, from an edition page.
    await page.goto('/editions/2023-01');
    await page.getByRole('link', { name: 'Get each edition by email' }).click();
    await page.getByLabel('Email address').fill('compliance@example.com');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await confirmFromEmail(page, 'compliance@example.com');

    // The editors publish a new edition with a new CAC entry on personal information, and edit an
    // older CAC entry so that it now matches too: only the new one is news.
    edit('entries/2023-01/cac-mobile-apps-clean-up-campaign.md', 'topics: [online-content, platforms]', 'topics: [online-content, platforms, personal-information]');
    publish({
      'editions/2023-03.md': entry(
        ['title: Highlights in China TMT Law, February and March 2023', 'period_start: 2023-02-01', 'period_end: 2023-03-31'],
        'Two months of personal information rules.',
      ),
      'entries/2023-03/cac-pi-audit-measures.md': entry(
        [
          'title: Measures for Personal Information Protection Compliance Audits',
          'short: PI Audit Measures',
          'category: regulation',
          'issuers: [cac]',
          'issued: 2023-02-20',
          'topics: [personal-information]',
          'edition: 2023-03',
          'order: 1',
        ],
        'The CAC set out how personal information handlers audit their own compliance.',
      ),
      'entries/2023-03/miit-telecom-data-guidelines.md': entry(
        [
          'title: Guidelines on Data Classification in Telecommunications',
          'category: standard',
          'issuers: [miit]',
          'issued: 2023-03-02',
          'topics: [data-security, telecom]',
          'edition: 2023-03',
          'order: 1',
        ],
        'The MIIT published guidelines on classifying telecommunications data.',
      ),
    });
    const before = smtp.received.length;
    const run = await mailSendDone();
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('composed 1 edition email and 1 alert; sent 2');
    expect(smtp.received).toHaveLength(before + 2);

    const edition = smtp.received.find((r) => r.to.includes('compliance@example.com') && r.mail.subject?.includes('February and March 2023'))!;
    expect(edition.to).toEqual(['compliance@example.com']);
    expect(edition.mail.subject).toBe('China TMT Digest: Highlights in China TMT Law, February and March 2023, February 2023 - March 2023');
    expect(header(edition, 'list-unsubscribe')).toMatch(new RegExp(`^List-Unsubscribe: <${site}/subscriptions/unsubscribe\\?token=[A-Za-z0-9_-]{43}>$`));
    expect(header(edition, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(words(edition)).toContain('Our Observations');
    expect(words(edition)).toContain('Part I. Regulations, Policies & Judicial Interpretations');
    // Each item as the site lists it: the full title, the short name after it, labelled dates.
    expect(words(edition)).toContain('1. Measures for Personal Information Protection Compliance Audits (PI Audit Measures) Issued 20 February 2023 by Cyberspace Administration of China');
    expect(words(edition)).toContain('Part II. Sectorial Standards & Practice Guidance');
    expect(words(edition)).toContain('Issued 2 March 2023 by Ministry of Industry and Information Technology · In force');
    expect(words(edition)).toContain(`View in browser: ${site}/editions/2023-03`);
    for (const href of hrefs(edition)) expect(href.startsWith(`${site}/`), href).toBe(true);

    const alert = smtp.received.find((r) => r.to.includes('lawyer@example.com') && r.mail.subject?.startsWith('New from'))!;
    expect(alert.mail.subject).toBe('New from the CAC on Personal Information (1 new entry)');
    expect(header(alert, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(words(alert)).toContain('Measures for Personal Information Protection Compliance Audits');
    expect(words(alert)).not.toContain('Purifying the Online Environment');
    expect(words(alert)).not.toContain('Telecommunications');
    expect(hrefs(alert)).toContain(`${site}/search?issuer=cac&topic=personal-information`);
    for (const href of hrefs(alert)) expect(href.startsWith(`${site}/`), href).toBe(true);

    // The links lead to the pages.
    await page.goto(hrefs(alert).find((h) => h.endsWith('/entries/cac-pi-audit-measures'))!);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Measures for Personal Information Protection Compliance Audits');
    await page.goto(hrefs(edition).find((h) => h.endsWith('/editions/2023-03'))!);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Highlights in China TMT Law, February and March 2023');

    // A second run has nothing to send.
    expect((await mailSendDone()).output).toContain('sent 0');
    expect(smtp.received).toHaveLength(before + 2);
  });

  test('a one-click POST to List-Unsubscribe unsubscribes at once; a GET only asks; the next run sends that address nothing', async ({ page, request }) => {
    const alert = smtp.received.find((r) => r.to.includes('lawyer@example.com') && r.mail.subject?.startsWith('New from'))!;
    const url = /<([^>]+)>/.exec(header(alert, 'list-unsubscribe')!)![1]!;
    const manage = linkIn(alert, '/subscriptions');

    // A mail scanner's GET unsubscribes no one.
    await page.goto(url);
    await expect(page.getByRole('button', { name: 'Unsubscribe' })).toBeVisible();
    await page.goto(manage);
    await expect(page.getByRole('listitem').filter({ hasText: 'New from the CAC on Personal Information' })).toBeVisible();

    // RFC 8058: the mail provider POSTs from its own servers, with no Origin of ours.
    const oneClick = await request.post(url, { form: { 'List-Unsubscribe': 'One-Click' } });
    expect(oneClick.status()).toBe(200);
    await page.goto(manage);
    await expect(page.getByText('This address has no subscriptions')).toBeVisible();

    publish({
      'editions/2023-04.md': entry(['title: April 2023 Highlights', 'period_start: 2023-04-01', 'period_end: 2023-04-30'], 'April.'),
      'entries/2023-04/cac-pi-certification-measures.md': entry(
        [
          'title: Measures for Personal Information Protection Certification',
          'category: regulation',
          'issuers: [cac]',
          'issued: 2023-04-10',
          'topics: [personal-information]',
          'edition: 2023-04',
          'order: 1',
        ],
        'Certification of personal information handling.',
      ),
    });
    const lawyer = smtp.to('lawyer@example.com').length;
    const run = await mailSendDone();
    expect(run.output).toContain('composed 1 edition email and 0 alerts; sent 1');
    expect(smtp.to('lawyer@example.com')).toHaveLength(lawyer);
    await expect.poll(() => smtp.to('compliance@example.com').filter((r) => r.mail.subject?.includes('April 2023 Highlights')).length).toBe(1);
  });

  test('a run that loses its connection after two messages, or is killed, is finished by the next: everyone gets exactly one copy', async ({ request }) => {
    const readers = ['reader1@example.com', 'reader2@example.com', 'reader3@example.com'];
    for (const email of readers) await subscribeByRequest(request, email);
    const everyone = ['compliance@example.com', ...readers];
    const copies = (subject: string, sinks: SmtpSink[]) => everyone.map((email) => sinks.flatMap((s) => s.to(email)).filter((r) => r.mail.subject?.includes(subject)).length);

    // A server that drops the connection in the middle of the third message.
    publish({ 'editions/2023-05.md': entry(['title: May 2023 Highlights', 'period_start: 2023-05-01', 'period_end: 2023-05-31'], 'May.') });
    const flaky = await SmtpSink.start(0, { dropAfter: 2 });
    try {
      const broken = await mailSendDone(flaky.port);
      expect(broken.code, broken.output).toBe(1);
      expect(broken.output).toContain('sent 2');
      expect(flaky.received).toHaveLength(2);
      const finished = await mailSendDone();
      expect(finished.code, finished.output).toBe(0);
      expect(finished.output).toContain('composed 0 edition emails and 0 alerts; sent 2');
      expect(copies('May 2023 Highlights', [flaky, smtp])).toEqual([1, 1, 1, 1]);
    } finally {
      await flaky.stop();
    }

    // A run killed while the server holds its second message unanswered.
    publish({ 'editions/2023-06.md': entry(['title: June 2023 Highlights', 'period_start: 2023-06-01', 'period_end: 2023-06-30'], 'June.') });
    const hung = await SmtpSink.start(0, { stallAfter: 1 });
    try {
      const killed = mailSend(hung.port);
      await expect.poll(() => hung.received.length, { timeout: 60_000 }).toBe(1);
      await new Promise((r) => setTimeout(r, 500));
      killed.kill();
      await killed.done;
      expect(killed.code).toBeNull();
      const finished = await mailSendDone();
      expect(finished.code, finished.output).toBe(0);
      expect(finished.output).toContain('sent 3');
      expect(copies('June 2023 Highlights', [hung, smtp])).toEqual([1, 1, 1, 1]);
    } finally {
      await hung.stop();
    }
  });

  test('the subscribing pages have no serious accessibility violations', async ({ page }) => {
    const edition = smtp.to('compliance@example.com').find((r) => r.mail.subject?.includes('Highlights'))!;
    for (const url of ['/subscribe', '/subscribe?issuer=cac&topic=personal-information', linkIn(edition, '/subscriptions'), linkIn(edition, '/subscriptions/unsubscribe')]) {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
      expect(serious, url).toEqual([]);
    }
  });
});
