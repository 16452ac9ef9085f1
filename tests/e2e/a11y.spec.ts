import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { FIXTURES } from './site';

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'an edition', path: '/editions/2023-01' },
  { name: 'the editions archive', path: '/editions' },
  { name: 'a permalink', path: '/entries/twenty-data-measures' },
  { name: 'a permalink with sources and related entries', path: `/entries/${FIXTURES.full}` },
  { name: 'a search with two filters', path: '/search?q=data&issuer=cac&category=regulation' },
  { name: 'an authority page', path: '/authorities/cac' },
  { name: 'a topic page', path: '/topics/data-security' },
  { name: 'the calendar', path: '/calendar' },
  { name: 'the 404 page', path: '/no-such-page' },
];

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

test.describe('accessibility (axe-core) on the desktop', () => {
  for (const { name, path } of PAGES) {
    test(`${name} has no serious or critical violations`, async ({ page }) => {
      await page.goto(path);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});

test.describe('accessibility (axe-core) on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  for (const { name, path } of PAGES) {
    test(`${name} has no serious or critical violations`, async ({ page }) => {
      await page.goto(path);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test('the search filters, open as a sheet, have no serious or critical violations', async ({ page }) => {
    await page.goto('/search?q=data&issuer=cac&category=regulation');
    await page.locator('summary.filters-toggle').click();
    await expect(page.locator('.filters-panel')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
