import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { builtPageUrls, distDir } from './pages';

/**
 * Every built page, twice: light at desktop width, and dark at 360 px on a phone. Each
 * pass runs axe (WCAG 2.0/2.1/2.2 A and AA); the first checks the page's structure, the
 * second that nothing overflows sideways. No page may throw while it loads and its islands start,
 * and none may do anything its Content-Security-Policy refuses.
 */
const pages = builtPageUrls();
test('dist/ holds the built site, handbook included', () => {
  expect(pages.length, `pages found in ${distDir}`).toBeGreaterThanOrEqual(2);
});

for (const url of pages) {
  test(`${url} — light, desktop: axe, one h1, title, landmarks`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Chromium reports what the Content-Security-Policy refused as a console error.
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
    });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expectNoAxeViolations(page, `${url} (light)`);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await page.title()).toContain('Casebook');
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    expect(['en', 'zh-CN']).toContain(await page.locator('html').getAttribute('lang'));
    expect(await page.locator('meta[name=description]').getAttribute('content')).toBeTruthy();
    expect(errors, `script errors on ${url}`).toEqual([]);
  });

  test(`${url} — dark, 360 px: axe, no sideways overflow`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.evaluate(() => document.fonts.ready);
    await expectNoAxeViolations(page, `${url} (dark, 360 px)`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `scrollWidth at 360px on ${url}`).toBeLessThanOrEqual(360);
  });
}
