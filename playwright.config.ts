import { defineConfig, devices } from '@playwright/test';
import { e2ePorts } from './scripts/ports.mjs';

// Each port is settable by environment (scripts/ports.mjs): E2E_PORT, E2E_CALENDAR_PORT, E2E_HOSTILE_PORT, E2E_HISTORY_PORT.
const ports = e2ePorts();
const PORT = ports.main.port;
// A second server on the same build, serving fixture content with dates in 2099 (always upcoming),
// for the calendar specs: the seed digest's dates are all in the past.
const CALENDAR_PORT = ports.calendar.port;
const CALENDAR_SPECS = /calendar\.spec\.ts/;
// A third server on the same build, serving hostile fixture content (script-breaking titles, raw-HTML
// attacks, a draft that must leak nowhere), for the hostile-content and draft specs.
const HOSTILE_PORT = ports.hostile.port;
const HOSTILE_SPECS = /(hostile|drafts)\.spec\.ts/;
const PHONE_SPECS = /mobile\.spec\.ts/;
// A fourth server on the same build: the calendar's history (tests/fixtures/content/history, dates
// from 2016 to 2024 and in 2099, plus dates around 12 months ago written when it starts).
const HISTORY_PORT = ports.history.port;
const HISTORY_SPECS = /calendar-history\.spec\.ts/;
// Email: a server on its own copy of the content, subscribers database and SITE_URL, sending to the
// real SMTP server the mail spec runs on E2E_SMTP_PORT (scripts/e2e-mail-server.mjs).
const MAIL_PORT = ports.mail.port;
const SMTP_PORT = ports.smtp.port;
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
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: [PHONE_SPECS, CALENDAR_SPECS, HOSTILE_SPECS, HISTORY_SPECS, MAIL_SPECS] },
    // A small phone: 360 CSS px wide, touch, honouring the page's viewport meta tag.
    { name: 'phone', use: { ...devices['Pixel 7'], viewport: { width: 360, height: 740 } }, testMatch: PHONE_SPECS },
    { name: 'calendar', use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${CALENDAR_PORT}` }, testMatch: CALENDAR_SPECS },
    { name: 'hostile', use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${HOSTILE_PORT}` }, testMatch: HOSTILE_SPECS },
    { name: 'history', use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${HISTORY_PORT}` }, testMatch: HISTORY_SPECS },
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
      command: 'node scripts/e2e-server.mjs --port-variable E2E_CALENDAR_PORT --content tests/fixtures/content/calendar --database .data/e2e-calendar.db',
      env: { E2E_PORT: String(CALENDAR_PORT) },
      url: `http://localhost:${CALENDAR_PORT}/calendar`,
      reuseExistingServer: false,
      timeout: 600_000,
    },
    {
      command: 'node scripts/e2e-server.mjs --port-variable E2E_HOSTILE_PORT --content tests/fixtures/content/hostile --database .data/e2e-hostile.db',
      env: { E2E_PORT: String(HOSTILE_PORT) },
      url: `http://localhost:${HOSTILE_PORT}/`,
      reuseExistingServer: false,
      timeout: 600_000,
    },
    {
      command: 'node --import tsx tests/fixtures/history-content.ts .data/e2e-history-content && node scripts/e2e-server.mjs --content .data/e2e-history-content --database .data/e2e-history.db',
      env: { E2E_PORT: String(HISTORY_PORT) },
      url: `http://localhost:${HISTORY_PORT}/calendar`,
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
