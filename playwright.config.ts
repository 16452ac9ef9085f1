import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT || 3100);
// A second server on the same build, serving fixture content with dates in 2099 (always upcoming),
// for the calendar specs: the seed digest's dates are all in the past.
const CALENDAR_PORT = Number(process.env.E2E_CALENDAR_PORT || 3101);
const CALENDAR_SPECS = /calendar\.spec\.ts/;
// A third server on the same build, serving hostile fixture content (script-breaking titles, raw-HTML
// attacks, a draft that must leak nowhere), for the hostile-content and draft specs.
const HOSTILE_PORT = 3102;
const HOSTILE_SPECS = /(hostile|drafts)\.spec\.ts/;
const PHONE_SPECS = /mobile\.spec\.ts/;
// Email: a server on its own copy of the content, subscribers database and SITE_URL, sending to the
// real SMTP server the mail spec runs on E2E_SMTP_PORT (scripts/e2e-mail-server.mjs).
const MAIL_PORT = Number(process.env.E2E_MAIL_PORT || 3110);
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT || 3125);
const MAIL_SPECS = /mail\.spec\.ts/;

// Debian's Chromium, not a downloaded browser (no download is possible here).
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: [PHONE_SPECS, CALENDAR_SPECS, HOSTILE_SPECS, MAIL_SPECS] },
    // A small phone: 360 CSS px wide, touch, honouring the page's viewport meta tag.
    { name: 'phone', use: { ...devices['Pixel 7'], viewport: { width: 360, height: 740 } }, testMatch: PHONE_SPECS },
    { name: 'calendar', use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${CALENDAR_PORT}` }, testMatch: CALENDAR_SPECS },
    { name: 'hostile', use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${HOSTILE_PORT}` }, testMatch: HOSTILE_SPECS },
    { name: 'mail', use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${MAIL_PORT}` }, testMatch: MAIL_SPECS },
  ],
  webServer: [
    {
      // The production build serving the test catalogue (content/ plus tests/fixtures/e2e-content).
      // Builds first only if the build is missing or stale.
      command: 'node scripts/e2e-server.mjs',
      env: { E2E_PORT: String(PORT) },
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: false,
      timeout: 600_000,
    },
    {
      command: `node scripts/e2e-server.mjs --content tests/fixtures/content/calendar --database .data/e2e-calendar.db`,
      env: { E2E_PORT: String(CALENDAR_PORT) },
      url: `http://localhost:${CALENDAR_PORT}/calendar`,
      reuseExistingServer: false,
      timeout: 600_000,
    },
    {
      command: 'node scripts/e2e-server.mjs --content tests/fixtures/content/hostile --database .data/e2e-hostile.db',
      env: { E2E_PORT: String(HOSTILE_PORT) },
      url: `http://localhost:${HOSTILE_PORT}/`,
      reuseExistingServer: false,
      timeout: 600_000,
    },
    {
      command: 'node scripts/e2e-mail-server.mjs',
      env: { E2E_PORT: String(MAIL_PORT), E2E_SMTP_PORT: String(SMTP_PORT) },
      url: `http://localhost:${MAIL_PORT}/subscribe`,
      reuseExistingServer: false,
      timeout: 600_000,
    },
  ],
});
