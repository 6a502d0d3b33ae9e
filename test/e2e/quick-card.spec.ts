import { expect, test } from '@playwright/test';

const cards = [
  '/handbook/reference/quick-card-amazon/',
  '/handbook/reference/quick-card-ebay/',
  '/zh-cn/handbook/reference/quick-card-amazon/',
  '/zh-cn/handbook/reference/quick-card-ebay/',
];

test.describe('the quick cards', () => {
  for (const url of cards) {
    test(`${url} prints on one A4 page, without navigation`, async ({ page }) => {
      await page.goto(url);
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.site-header', '.handbook-sidebar', '.toc', '.pagination', '.site-footer']) await expect(page.locator(selector)).toBeHidden();
      await expect(page.locator('.quick-card li').first()).toBeVisible();
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages.length).toBe(1);
    });

    test(`${url} reads at 360 px: no sideways scrolling, every line links to its rule`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(url);
      const lines = page.locator('.quick-card li');
      expect(await lines.count()).toBeGreaterThan(3);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      const links = await lines.evaluateAll((items) => items.map((li) => li.querySelector('a')?.getAttribute('href') ?? ''));
      expect(links.filter((href) => !/\/rules\/[A-Z]+-\d+(?:-[A-Z]+)?\/$/.test(href))).toEqual([]);
    });
  }

  test('a line of a rule the platform has moved on from says so in words, linking to the note on the rule’s page', async ({ page }) => {
    for (const [url, text] of [
      ['/handbook/reference/quick-card-amazon/', 'Platform today: see rule'],
      ['/zh-cn/handbook/reference/quick-card-amazon/', '平台现行规则：见规则页'],
    ] as const) {
      await page.goto(url);
      const marks = page.locator('.quick-card li .quick-card-today');
      await expect(marks.filter({ hasText: text }).first()).toBeVisible();
      expect(await marks.evaluateAll((links) => links.every((a) => /\/rules\/[A-Z]+-\d+(?:-[A-Z]+)?\/#platform-today$/.test(a.getAttribute('href') ?? '')))).toBe(true);
      // Not every line: a rule with no platform-today note is left unmarked.
      expect(await marks.count()).toBeLessThan(await page.locator('.quick-card li').count());
    }
  });

  test('a card is long enough to need the print layout: the same card on screen takes more than one A4 page', async ({ page }) => {
    // Proves the one-page check bites: the Amazon card printed with screen styles spills over.
    await page.goto('/handbook/reference/quick-card-amazon/');
    await page.emulateMedia({ media: 'screen' });
    const pdf = await page.pdf({ format: 'A4' });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBeGreaterThan(1);
  });
});
