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
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    });
  }

  test('/api/search carries the security headers and a policy under which nothing loads or runs', async ({ request }) => {
    const csp = commonHeaders((await request.get('/api/search?q=data')).headers());
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe');
  });

  test('every page gets a fresh nonce, and every script on the page carries it', async ({ request }) => {
    const a = await request.get('/');
    const b = await request.get('/');
    const nonce = (r: typeof a) => /'nonce-([^']+)'/.exec(r.headers()['content-security-policy'] ?? '')?.[1];
    expect(nonce(a)).toBeTruthy();
    expect(nonce(a)).not.toBe(nonce(b));
    const html = await a.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes('application/ld+json'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce(a)}"`);
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
