import { expect, test, type Page } from '@playwright/test';
import { subpathBase as base, subpathSite as site } from '../../playwright.subpath.config';

/**
 * The site built with BASE=/casebook/ and SITE set, served under /casebook/: every page a reader
 * opens loads without a failed request, and every link, script, style and fetch stays under the
 * sub-path. The rest of the e2e suite covers what the pages do; this covers where they point.
 */

/** Records every request of the page that fails or answers 4xx/5xx, and every same-origin request outside the base. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  // A request cut off because the test moved to the next page (net::ERR_ABORTED) is not the
  // site's fault; a missing file still shows as its 404 response above.
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    if (error !== 'net::ERR_ABORTED') problems.push(`failed ${r.url()}: ${error}`);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin === site && !url.pathname.startsWith(base)) problems.push(`outside ${base}: ${r.url()}`);
  });
  return problems;
}

/** Every same-origin URL the page names (links, scripts, styles, icons, forms, islands), resolved. */
const urlsOnPage = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[href], [src], [action], [component-url], [renderer-url]')]
      .flatMap((el) =>
        ['href', 'src', 'action', 'component-url', 'renderer-url'].flatMap((name) => {
          const value = el.getAttribute(name);
          return value === null ? [] : [new URL(value, location.href)];
        }),
      )
      .filter((url) => url.origin === location.origin)
      .map((url) => url.pathname),
  );

async function expectAllUnderBase(page: Page) {
  const paths = await urlsOnPage(page);
  expect(paths.length).toBeGreaterThan(5);
  expect(paths.filter((p) => !p.startsWith(base))).toEqual([]);
}

test.describe(`the site under ${base}`, () => {
  test('home, the language switch and the head links name the deployed site under the sub-path', async ({ page }) => {
    const problems = watch(page);
    await page.goto('');
    await expect(page).toHaveURL(`${site}${base}`);
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', `${site}${base}`);
    await expect(page.locator('link[rel=alternate][hreflang=zh-CN]')).toHaveAttribute('href', `${site}${base}zh-cn/`);
    await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute('href', `${site}${base}`);
    await expect(page.locator('link[rel=icon]')).toHaveAttribute('href', `${base}favicon.svg`);
    await expectAllUnderBase(page);
    await page.locator('a.lang-switch').click();
    await expect(page).toHaveURL(`${site}${base}zh-cn/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expectAllUnderBase(page);
    await page.getByRole('navigation').getByRole('link', { name: '手册' }).click();
    await expect(page).toHaveURL(`${site}${base}zh-cn/handbook/`);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });

  test('every internal link of a handbook page (Markdown links included) answers under the sub-path', async ({ page, request }) => {
    const problems = watch(page);
    await page.goto('handbook/ebay/feedback-rate/');
    await expect(page.locator('h1')).toBeVisible();
    await expectAllUnderBase(page);
    const links = [...new Set((await urlsOnPage(page)).filter((p) => p.endsWith('/')))];
    const statuses = await Promise.all(links.map(async (p) => [p, (await request.get(`${site}${p}`)).status()] as const));
    expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });

  test('search: the index loads from under the sub-path, results appear, and a result leads to its page', async ({ page }) => {
    const problems = watch(page);
    await page.goto('handbook/');
    await page.keyboard.press('/');
    const input = page.locator('.search-dialog input');
    await expect(input).toBeFocused();
    await input.pressSequentially('chargeback');
    const first = page.locator('#dialog-option-0 a');
    await expect(first).toHaveAttribute('href', new RegExp(`^${base}handbook/`));
    await first.click();
    await expect(page).toHaveURL(new RegExp(`^${site}${base}handbook/[a-z-]+/[a-z-]+/#`));
    await expectAllUnderBase(page);
    expect(problems).toEqual([]);
  });

  test('a tool, a simulator case and the quiz (with its worker) run under the sub-path', async ({ page }) => {
    const problems = watch(page);
    for (const path of ['tools/case-clock/', 'simulator/az-size-boots-filed-direct/', 'zh-cn/tools/reply-checker/']) {
      await page.goto(path);
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      await expectAllUnderBase(page);
      await page.waitForLoadState('networkidle');
    }
    await page.goto('quiz/?seed=subpath&count=5&difficulty=1&platform=both&feedback=each&kinds=fact');
    await expect(page.locator('.quiz-player')).toBeVisible();
    await expectAllUnderBase(page);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });

  test('the sitemap lists the pages of both languages at their deployed addresses', async ({ request }) => {
    const response = await request.get('sitemap.xml');
    expect(response.status()).toBe(200);
    const locs = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toContain(`${site}${base}`);
    expect(locs).toContain(`${site}${base}zh-cn/handbook/ebay/feedback-rate/`);
    expect(locs.filter((loc) => !loc.startsWith(`${site}${base}`))).toEqual([]);
    expect(locs.some((loc) => loc.includes('404'))).toBe(false);
  });
});
