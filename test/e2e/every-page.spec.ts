import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { builtPageUrls, distDir } from './pages';

/**
 * Every built page: light at desktop width, with axe (WCAG 2.0/2.1/2.2 A and AA) and its
 * structure, then at 360 px with nothing overflowing sideways. No page may throw while it loads
 * and its islands start, and none may do anything its Content-Security-Policy refuses.
 *
 * Then dark at 360 px with axe again, for every page except the many instances of one template
 * (a rule's page, a written case's page), where the first few of each language stand for the
 * rest: their dark colours are the template's. This keeps the whole test command under half an
 * hour on two cores as the handbook grows.
 */
const pages = builtPageUrls();
const DARK_SAMPLE = 3;
const templateOf = (url: string) => /^(\/zh-cn)?\/(rules|simulator)\/(?!practice\/|shift\/)[^/]+\/$/.exec(url)?.slice(1, 3).join('');
const seen = new Map<string, number>();
const darkPass = pages.filter((url) => {
  const template = templateOf(url);
  if (template === undefined) return true;
  seen.set(template, (seen.get(template) ?? 0) + 1);
  return seen.get(template)! <= DARK_SAMPLE;
});
test('the dark pass covers every page but the templates’ later instances', () => {
  expect(darkPass).toContain('/handbook/');
  expect(darkPass.filter((url) => /^\/rules\/.+\/$/.test(url)).length).toBe(DARK_SAMPLE);
  expect(darkPass.length).toBeLessThan(pages.length);
});
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
    await page.setViewportSize({ width: 360, height: 740 });
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `scrollWidth at 360px on ${url}`).toBeLessThanOrEqual(360);
  });
}

for (const url of darkPass) {
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
