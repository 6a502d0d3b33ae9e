import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard';

test.describe('handbook by keyboard alone', () => {
  test('sidebar → page → table of contents → next page → language switch lands on the same section', async ({ page }) => {
    await page.goto('/handbook/start/how-to-use/');

    await tabTo(page, '#handbook-nav a[href="/handbook/amazon/shipping-and-delivery/"]');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/handbook\/amazon\/shipping-and-delivery\/$/);
    await expect(page.locator('#handbook-nav a[aria-current=page]')).toHaveAttribute('href', '/handbook/amazon/shipping-and-delivery/');

    await tabTo(page, '.toc a[href="#where-is-my-order"]');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#where-is-my-order$/);
    await expect(page.locator('#where-is-my-order')).toBeInViewport();

    await tabTo(page, '.pagination a.next');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/handbook\/amazon\/product-problems\/$/);

    await tabTo(page, '.toc a[href="#damaged-on-arrival"]');
    await page.keyboard.press('Enter');
    await tabTo(page, 'a.lang-switch', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/zh-cn\/handbook\/amazon\/product-problems\/#damaged-on-arrival$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('#damaged-on-arrival')).toBeInViewport();
  });

  test('the dark-mode switch works by keyboard and is kept, without a flash of the wrong theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/handbook/amazon/a-to-z-claims/');
    await tabTo(page, '.theme-toggle');
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('.theme-toggle')).toHaveAttribute('aria-pressed', 'true');
    // The theme is set by a script in <head>: it is already right when the DOM is parsed.
    const themeAtParse = page.waitForEvent('domcontentloaded').then(() => page.evaluate(() => document.documentElement.dataset.theme));
    await page.reload();
    expect(await themeAtParse).toBe('dark');
  });

  test('a rule callout unfolds by keyboard and links to the rule page, which links back', async ({ page }) => {
    await page.goto('/handbook/amazon/product-problems/');
    await tabTo(page, '#damaged-on-arrival ~ .rule summary');
    await page.keyboard.press('Enter');
    await expect(page.locator('#damaged-on-arrival ~ .rule details').first()).toHaveAttribute('open', '');
    await page.goto('/rules/PROD-1/');
    await expect(page.locator('h1')).toContainText('PROD-1');
    await page.locator('main a[href="/handbook/amazon/product-problems/#damaged-on-arrival"]').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/product-problems\/#damaged-on-arrival$/);
  });
});

test.describe('a rule says where it comes from and how current it is', () => {
  const versions = [
    {
      path: '/rules/AZ-2/',
      today: 'Platform today',
      sources: 'What these numbers mean',
      sure: 'confirmed on the platform’s own pages',
      follows: 'the playbook',
      checked: 'December 3, 2026',
    },
    { path: '/zh-cn/rules/AZ-2/', today: '平台现行规则', sources: '这些编号是什么意思', sure: '已在平台自己的页面上确认', follows: '团队规范', checked: '2026年12月3日' },
  ];
  for (const v of versions)
    test(`${v.path}: the Platform today note and the sources link, on screen and on paper`, async ({ page }) => {
      await page.goto(v.path);
      const note = page.getByRole('note', { name: v.today });
      await expect(note).toBeVisible();
      await expect(note).toContainText(v.sure);
      await expect(note).toContainText(v.follows);
      await expect(note.locator('a[href^="https://sellercentral.amazon.com/"]').first()).toBeVisible();
      await expect(page.locator('.rule-checked time')).toHaveText(v.checked);
      await expectNoAxeViolations(page, v.path);
      await page.emulateMedia({ media: 'print' });
      await expect(note).toBeVisible();
      await page.emulateMedia({ media: 'screen' });
      const help = page.getByRole('link', { name: v.sources });
      await help.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/handbook\/reference\/sources\/$/);
      await expect(page.locator('#source-003')).toBeVisible();
      await expectNoAxeViolations(page, `sources page from ${v.path}`);
    });

  test('a rule not yet checked says so', async ({ page }) => {
    await page.goto('/rules/AZ-1/');
    await expect(page.locator('.rule-checked')).toHaveText('Not yet checked against the platform’s current pages.');
    await expect(page.getByRole('note')).toHaveCount(0);
  });
});

test.describe('handbook on a phone and on paper', () => {
  test('the sidebar folds into a menu button at 360 px', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/handbook/amazon/feedback/');
    const menu = page.locator('.menu-button');
    await expect(menu).toBeVisible();
    await expect(page.locator('#handbook-nav')).toBeHidden();
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#handbook-nav')).toBeVisible();
  });

  test('print shows the page without navigation', async ({ page }) => {
    await page.goto('/handbook/amazon/return-requests/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.handbook-sidebar', '.toc', '.pagination', '.site-footer']) await expect(page.locator(selector)).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.rule').first()).toBeVisible();
  });

  test('copy buttons put a reply template on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/handbook/writing/reply-templates/');
    const first = page.locator('.template').first();
    await first.locator('.copy-button').first().focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-announce]')).not.toBeEmpty();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await first.locator('pre').first().innerText());
    expect(copied).toContain('[');
  });
});
