import { expect, test } from '@playwright/test';

const REQUIRED = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};

/** The headers every response carries, and its Content-Security-Policy. */
function commonHeaders(headers: Record<string, string>): string {
  for (const [name, value] of Object.entries(REQUIRED)) expect(headers[name], name).toBe(value);
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-powered-by']).toBeUndefined();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  return csp;
}

test.describe('security headers', () => {
  for (const path of ['/', '/entries/twenty-data-measures', '/entries/no-such-entry', '/search?q=data', '/no-such-page']) {
    test(`${path} carries the security headers`, async ({ request }) => {
      const csp = commonHeaders((await request.get(path)).headers());
      expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).not.toContain('nonce-');
    });
  }

  test('/api/search carries the security headers and a policy under which nothing loads or runs', async ({ request }) => {
    const csp = commonHeaders((await request.get('/api/search?q=data')).headers());
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe');
  });

  test('no page holds an inline script: its one script is a file from this origin', async ({ request }) => {
    for (const path of ['/', '/entries/twenty-data-measures', '/search?q=data', '/calendar', '/no-such-page']) {
      const html = await (await request.get(path)).text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes('application/ld+json'));
      expect(scripts, path).toHaveLength(1);
      expect(scripts[0], path).toMatch(/^<script src="\/site\.js\?v=[\w-]+" defer="">$/);
    }
  });

  test('an inline script injected into a page does not run, and the page still works', async ({ page }) => {
    // As if an attacker got markup into the page: the response is the server's, headers and all,
    // with an inline script and an inline handler added to its HTML.
    await page.route('**/entries/twenty-data-measures', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('</main>', '<script>window.__injected = 1</script><img src="/icon.svg" onload="window.__handler = 1"></main>');
      await route.fulfill({ response, body: html });
    });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto('/entries/twenty-data-measures');
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __handler?: number }).__handler)).toBeUndefined();
    expect(violations.length).toBeGreaterThanOrEqual(1);
  });

  test('the policy breaks nothing: no violations, and the interactive search still works', async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto('/');
    await page.goto('/entries/twenty-data-measures');
    await page.goto('/search');
    await page.getByRole('searchbox', { name: 'Search entries' }).pressSequentially('nft', { delay: 30 });
    await expect(page).toHaveURL(/q=nft/);
    await expect(page.locator('.result h3 a')).toHaveCount(1);
    expect(problems).toEqual([]);
  });
});
