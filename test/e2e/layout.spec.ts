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

  test('pages declare both languages as alternates', async ({ page }) => {
    for (const url of ['/', '/zh-cn/']) {
      await page.goto(url);
      await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute('href', /\/$/);
      await expect(page.locator('link[rel=alternate][hreflang=zh-CN]')).toHaveAttribute('href', /\/zh-cn\/$/);
    }
  });
});
