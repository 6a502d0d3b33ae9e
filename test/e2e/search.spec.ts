import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { FIRST_SEARCH_BYTES } from '../../src/search/budget';

test.describe('search', () => {
  test('loads nothing of search with the page, then everything on first open', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/handbook/amazon/a-to-z-claims/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.includes('search-dialog') || p.includes('search-index'))).toEqual([]);
    await page.keyboard.press('/');
    await expect(page.locator('.search-dialog input')).toBeFocused();
    await expect.poll(() => requested.some((p) => p.endsWith('/search-index/en.json'))).toBe(true);
    // The other language loads only when a query needs it.
    await page.locator('.search-dialog input').fill('refund');
    await expect(page.locator('#dialog-option-0')).toBeVisible();
    expect(requested.filter((p) => p.endsWith('/search-index/zh-cn.json'))).toEqual([]);
    await page.locator('.search-dialog input').fill('退货运费');
    await expect.poll(() => requested.some((p) => p.endsWith('/search-index/zh-cn.json'))).toBe(true);
    await expect(page.locator('#dialog-option-0 a')).toHaveAttribute('href', '/handbook/amazon/return-requests/#who-pays-return-shipping');
  });

  // What the first search costs a reader, gzip, as the bench counts it: every byte the page
  // fetches from opening the search to the first results, in the page's language only.
  for (const [lang, home, word] of [
    ['en', '/handbook/', 'refund'],
    ['zh-cn', '/zh-cn/handbook/', '退款'],
  ] as const)
    test(`the first search in ${lang} costs at most ${FIRST_SEARCH_BYTES / 1024} KB, code and index`, async ({ page }) => {
      await page.goto(home);
      await page.waitForLoadState('networkidle');
      const bodies: Promise<{ path: string; bytes: number }>[] = [];
      page.on('response', (r) => bodies.push(r.body().then((body) => ({ path: new URL(r.url()).pathname, bytes: gzipSync(body).length }))));
      await page.keyboard.press('/');
      await page.locator('.search-dialog input').fill(word);
      await expect(page.locator('#dialog-option-0')).toBeVisible();
      await page.waitForLoadState('networkidle');
      const loaded = await Promise.all(bodies);
      const total = loaded.reduce((sum, f) => sum + f.bytes, 0);
      console.log(`first search, ${lang}: ${(total / 1024).toFixed(1)} KB gzip (${loaded.map((f) => `${f.path} ${f.bytes}`).join(', ')})`);
      expect(loaded.map((f) => f.path)).toContain(`/search-index/${lang}.json`);
      expect(loaded.filter((f) => f.path.includes('/search-index/') && !f.path.endsWith(`/${lang}.json`))).toEqual([]);
      expect(total).toBeLessThanOrEqual(FIRST_SEARCH_BYTES);
    });

  test('finds a word deep inside a section, with the word marked in the snippet', async ({ page }) => {
    await page.goto('/handbook/');
    await page.keyboard.press('/');
    await page.locator('.search-dialog input').fill('sarcasm');
    await expect(page.locator('#dialog-option-0 a')).toHaveAttribute('href', '/handbook/writing/apology-letters/#upset-buyers');
    await expect(page.locator('#dialog-option-0 mark').first()).toHaveText(/sarcasm/i);
  });

  test('by keyboard: Ctrl+K, type, arrows, Enter lands on the section; Escape returns focus', async ({ page }) => {
    await page.goto('/handbook/');
    await page.locator('.search-open').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+K');
    const input = page.locator('.search-dialog input');
    await expect(input).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('.search-dialog')).not.toHaveAttribute('open', '');
    await expect(page.locator('.search-open')).toBeFocused();

    await page.keyboard.press('/');
    await input.pressSequentially('chargbak');
    await expect(page.locator('.search-dialog [role=status]')).toContainText(/section/);
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expect(input).toHaveAttribute('aria-activedescendant', 'dialog-option-0');
    await page.keyboard.press('ArrowDown');
    await expect(input).toHaveAttribute('aria-activedescendant', /dialog-option-[01]/);
    await page.keyboard.press('ArrowUp');
    await expect(page.locator('#dialog-option-0 .search-heading')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/handbook\/amazon\/chargebacks\/#refund-or-dispute$/);
    await expect(page.locator('#refund-or-dispute')).toBeInViewport();
  });

  test('a Chinese query on an English page finds the section, shown in English', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await page.locator('.search-dialog input').fill('退货运费');
    const first = page.locator('#dialog-option-0');
    await expect(first.locator('.search-heading')).toBeVisible();
    await expect(first.locator('a')).toHaveAttribute('href', '/handbook/amazon/return-requests/#who-pays-return-shipping');
    await page.locator('.search-dialog input').fill('return shipping');
    await expect(page.locator('#dialog-option-0 mark').first()).toBeVisible();
  });

  test('an everyday English word on a Chinese page brings the English names in, and lands on the Chinese section', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/zh-cn/handbook/');
    await page.keyboard.press('/');
    await page.locator('.search-dialog input').fill('money back');
    await expect.poll(() => requested.some((p) => p.endsWith('/search-index/en.json'))).toBe(true);
    await expect(page.locator('#dialog-option-0 a')).toHaveAttribute('href', /^\/zh-cn\/handbook\//);
  });

  test('filters narrow the results; nothing found suggests terms and the search page', async ({ page }) => {
    await page.goto('/zh-cn/');
    await page.keyboard.press('/');
    const dialog = page.locator('.search-dialog');
    await dialog.locator('input').fill('item not received');
    await dialog.getByRole('group', { name: '平台' }).getByRole('button', { name: 'eBay' }).click();
    await expect(dialog.locator('#dialog-option-0 a')).toHaveAttribute('href', /^\/zh-cn\/handbook\/(ebay|reference)\//);
    await dialog.locator('input').fill('qqxzzvvkk');
    await expect(dialog.locator('[role=status]')).toContainText('没有找到');
    await expect(dialog.getByRole('link', { name: '打开搜索页面' })).toHaveAttribute('href', /\/zh-cn\/search\/\?q=/);
  });

  test('the search page works from a shared link and remembers recent searches', async ({ page }) => {
    await page.goto('/search/?q=INR');
    const input = page.locator('.search-page input');
    await expect(input).toHaveValue('INR');
    await expect(page.locator('#page-option-0 a')).toHaveAttribute('href', /\/handbook\/(ebay\/inr|reference\/glossary)\//);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/handbook\//);
    await page.goto('/search/');
    await expect(page.locator('.search-recent').getByRole('button', { name: 'INR' })).toBeVisible();
  });
});
