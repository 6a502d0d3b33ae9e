import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

/**
 * The engine's rules reach the browser as one file, /policy/rules.json: a page that runs the
 * engine fetches it, the next such page takes it from the cache, and a page that cannot load it
 * says so instead of sitting there looking ready.
 */
const rulesFile = /\/policy\/rules\.json$/;

test('a page that runs the engine fetches the rules once; the next one takes them from the cache', async ({ page }) => {
  // Bytes of each response body as sent over the wire: 0 when the browser's copy was still good (a 304).
  const sent: Promise<number>[] = [];
  page.on('response', (r) => {
    if (rulesFile.test(new URL(r.url()).pathname))
      sent.push(
        r
          .request()
          .sizes()
          .then((s) => s.responseBodySize),
      );
  });
  await page.goto('tools/decision-helper/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('[data-rules-unavailable]')).toBeHidden();
  await page.goto('simulator/cb-drone-delivered-signed/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  const [first, ...later] = await Promise.all(sent);
  expect(first).toBeGreaterThan(10_000);
  expect(later.length).toBeGreaterThan(0);
  expect(later).toEqual(later.map(() => 0));
});

for (const [path, words] of [
  ['tools/case-clock/', 'could not be loaded'],
  ['zh-cn/simulator/practice/', '没有加载成功'],
] as const)
  test(`without the rules file, ${path} says it cannot answer and points to the handbook`, async ({ page }) => {
    await page.route(rulesFile, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await page.goto(path);
    const note = page.getByRole('alert').filter({ hasText: words });
    await expect(note).toBeVisible();
    await expect(note.getByRole('link')).toHaveAttribute('href', /handbook\/$/);
    await expectNoAxeViolations(page, `${path} without its rules`);
  });
