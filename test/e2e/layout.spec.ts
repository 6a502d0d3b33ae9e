import { expect, test } from '@playwright/test';

test.describe('keyboard journey', () => {
  test('Tab from page start reaches the skip link first; Enter moves focus to main', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    await expect(skip).toBeFocused();
    await expect(skip).toHaveAttribute('href', '#main');
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    await expect(page).toHaveURL(/#main$/);
  });

  test('the skip link works on the Chinese home page too', async ({ page }) => {
    await page.goto('/zh-cn/');
    await page.keyboard.press('Tab');
    await expect(page.locator('a.skip-link')).toBeFocused();
    await expect(page.locator('a.skip-link')).toHaveText('跳到主要内容');
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });
});

test.describe('language switch', () => {
  test('goes from / to /zh-cn/ and back', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    const toZh = page.locator('a.lang-switch');
    await expect(toZh).toHaveText('中文');
    await expect(toZh).toHaveAttribute('hreflang', 'zh-CN');
    await expect(toZh).toHaveAttribute('lang', 'zh-CN');
    await toZh.click();
    await expect(page).toHaveURL(/\/zh-cn\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

    const toEn = page.locator('a.lang-switch');
    await expect(toEn).toHaveText('English');
    await expect(toEn).toHaveAttribute('hreflang', 'en');
    await expect(toEn).toHaveAttribute('lang', 'en');
    await toEn.click();
    await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  // The test build has no SITE, so there is no address to name: a deployed site's alternates, canonical links and
  // sitemap are checked against a build with SITE and BASE set (test/e2e-subpath/subpath.spec.ts).
  test('without SITE, pages carry no canonical or hreflang link that would point at the wrong host', async ({ page, request }) => {
    for (const url of ['/', '/zh-cn/', '/handbook/']) {
      await page.goto(url);
      await expect(page.locator('link[rel=canonical], link[rel=alternate]')).toHaveCount(0);
    }
    expect((await request.get('/sitemap.xml')).status()).toBe(404);
  });
});
