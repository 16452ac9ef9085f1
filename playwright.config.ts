import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT || 3100);
const DATABASE_PATH = path.resolve('.data', 'e2e-catalogue.db');
// A second server on the same build, serving fixture content with dates in 2099 (always upcoming),
// for the calendar specs: the seed digest's dates are all in the past.
const CALENDAR_PORT = Number(process.env.E2E_CALENDAR_PORT || 3101);
const CALENDAR_DATABASE_PATH = path.resolve('.data', 'e2e-calendar.db');
const CALENDAR_SPECS = /calendar\.spec\.ts/;

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
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: CALENDAR_SPECS },
    { name: 'phone', use: { ...devices['Pixel 7'] }, testMatch: /mobile\.spec\.ts/ },
    { name: 'calendar', use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${CALENDAR_PORT}` }, testMatch: CALENDAR_SPECS },
  ],
  webServer: [
    {
      // The production build, serving the bundled content from a catalogue of its own.
      command: `npx tsx scripts/content-load.ts --dir content && npx next start -p ${PORT}`,
      env: { DATABASE_PATH },
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `npx tsx scripts/content-load.ts --dir tests/fixtures/content/calendar && npx next start -p ${CALENDAR_PORT}`,
      env: { DATABASE_PATH: CALENDAR_DATABASE_PATH },
      url: `http://localhost:${CALENDAR_PORT}/calendar`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
