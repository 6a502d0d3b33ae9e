import { expect, test } from '@playwright/test';
import { headerRows, hydrated, langs, onFirstScreen, snap, splitWords } from './journey-helpers';
import { tabTo } from './keyboard';

/**
 * A phone at 360 px, in both languages: the header is one row with a Menu button (two when
 * open), opened and closed by keyboard; each page's main action is on the first screen; a case
 * file folds its long parts so triage starts within one short scroll; tables
 * read as cards and never split a word; and a printed handbook page carries every rule's
 * decision lines. Each step leaves a screenshot in test-results/journeys/.
 */

const phone = { width: 360, height: 740 };

/** Pages and the control a person comes to each one for. */
const mainActions = [
  { path: '/tools/case-clock/', action: '.tool input, .tool select, main form input, main form select' },
  { path: '/tools/decision-helper/', action: 'main select, main input' },
  { path: '/tools/reply-checker/', action: 'main select, main textarea' },
  { path: '/simulator/shift/?seed=7', action: '.inbox button, .inbox a' },
  { path: '/quiz/', action: '.quiz-setup input, .quiz-setup button' },
];

for (const { lang, prefix } of langs) {
  test(`the header folds into a Menu button by keyboard — ${lang}, 360 px`, async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto(`${prefix}/`);
    await hydrated(page);
    const closed = await headerRows(page);
    expect(closed.rows, 'header rows, menu closed').toBe(1);
    expect(closed.height).toBeLessThanOrEqual(64);
    await expect(page.locator('#site-nav')).toBeHidden();
    await snap(page, `phone-${lang}-1-header`);

    const menu = page.locator('.site-menu-button');
    await tabTo(page, '.site-menu-button');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#site-nav')).toBeVisible();
    await expect(page.locator('.theme-toggle')).toBeVisible();
    await expect(page.locator('.lang-switch')).toBeVisible();
    await snap(page, `phone-${lang}-2-menu-open`);
    // The next Tab stops are the settings, then the nav's links.
    await page.keyboard.press('Tab');
    await expect(page.locator('.theme-toggle')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(page.locator('#site-nav')).toBeHidden();
  });

  test(`the dark mode switch says its state — ${lang}`, async ({ page }) => {
    // Without motion the knob is where it ends at once, so its place can be read right after a press.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${prefix}/`);
    await hydrated(page);
    await page.evaluate(() => localStorage.setItem('casebook-theme', 'light'));
    await page.reload();
    const toggle = page.locator('.theme-toggle');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await tabTo(page, '.theme-toggle');
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // The knob moves: the state shows without colour.
    const knob = () => toggle.locator('.theme-switch').evaluate((el) => getComputedStyle(el, '::after').left);
    const on = await knob();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(await knob()).not.toBe(on);
  });

  for (const { path, action } of mainActions)
    test(`${prefix}${path}: the main action is on the first screen at 360 px`, async ({ page }) => {
      await page.setViewportSize(phone);
      await page.goto(`${prefix}${path}`);
      await hydrated(page);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await hydrated(page);
      await expect(page.locator(action).first()).toBeVisible();
      const { top, viewport } = await onFirstScreen(page, action);
      await snap(page, `phone-${lang}-first-screen${path.replace(/[/?=]+/g, '-')}`);
      expect(top, `${action} on ${path}`).toBeLessThan(viewport);
    });

  // A practice case, a written message case, and a written claim with a long platform notice (the longest first screen).
  for (const { path, screens } of [
    { path: '/simulator/practice/?seed=3', screens: 1.5 },
    { path: '/simulator/ship-wismo-moving-us/', screens: 1.5 },
    { path: '/simulator/az-size-boots-filed-direct/', screens: 1.75 },
  ])
    test(`${prefix}${path}: the case file folds its long parts and triage starts within ${screens} screens at 360 px`, async ({ page }) => {
      await page.setViewportSize(phone);
      await page.goto(`${prefix}${path}`);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await hydrated(page);
      const form = page.locator('.step-form').first();
      await expect(form).toBeVisible();
      const { top, viewport } = await onFirstScreen(page, '.step-form');
      await snap(page, `phone-${lang}-case-file${path.replace(/[/?=]+/g, '-')}`);
      expect(top, 'the triage form’s top, in px from the top of the page').toBeLessThan(screens * viewport);
      // The buyer's words show; order details, tracking and the clock are folded.
      await expect(page.locator('.case-file .thread-text').first()).toBeVisible();
      const parts = page.locator('.case-file details.case-part');
      await expect(parts).toHaveCount(3);
      expect(await parts.evaluateAll((all) => all.filter((d) => (d as HTMLDetailsElement).open).length)).toBe(0);
      // Each opens by keyboard.
      await tabTo(page, '.case-part summary');
      await page.keyboard.press('Enter');
      await expect(parts.first()).toHaveAttribute('open', '');
      await expect(parts.first().locator('.case-order dd').first()).toBeVisible();
      // The skip link still leads to the step.
      await page.evaluate(() => window.scrollTo(0, 0));
      await tabTo(page, '.sim-jump', 'Shift+Tab');
      await page.keyboard.press('Enter');
      await expect(page.locator('#sim-work')).toBeFocused();
      await expect(page.locator('#step-title')).toBeInViewport();
    });

  test(`the case file's parts are open beside the work on a wide screen — ${lang}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${prefix}/simulator/ship-wismo-moving-us/`);
    await hydrated(page);
    const parts = page.locator('.case-file details.case-part');
    await expect(parts).toHaveCount(3);
    expect(await parts.evaluateAll((all) => all.every((d) => (d as HTMLDetailsElement).open))).toBe(true);
    await expect(page.locator('.case-order dd').first()).toBeVisible();
  });

  test(`no table cell splits a word on the shift and progress pages — ${lang}, 360 px`, async ({ page }) => {
    await page.setViewportSize(phone);
    for (const [path, table] of [
      ['/simulator/shift/?seed=7', '.inbox'],
      ['/progress/', '.progress-table'],
    ] as const) {
      await page.goto(`${prefix}${path}`);
      await hydrated(page);
      await expect(page.locator(table)).toBeVisible();
      // Each row is a card whose cells carry their column's name.
      await expect(page.locator(`${table} td[data-label]`).first()).toBeVisible();
      expect(await splitWords(page), `split words on ${path}`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
      await page.locator(table).scrollIntoViewIfNeeded();
      await snap(page, `phone-${lang}-table${path.replace(/[/?=]+/g, '-')}`);
    }
  });

  test(`print shows a rule's Do / Also fine / Never lines — ${lang}`, async ({ page }) => {
    await page.goto(`${prefix}/handbook/amazon/return-requests/`);
    const branches = page.locator('.rule-branches:not([open])').first();
    await expect(branches.locator('.verdict').first()).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(branches.locator('.verdict').first()).toBeVisible();
    await expect(branches.locator('.verdict-recommended').first()).toBeVisible();
    await branches.scrollIntoViewIfNeeded();
    await snap(page, `print-${lang}-rule-lines`);
    // The browser's own print opens the sections too (beforeprint), and closes them after.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('.rule-branches:not([open])').count()).toBe(0);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.locator('.rule-branches:not([open])').count()).toBeGreaterThan(0);
  });
}

test('the search dialog’s topic chips all show at 360 px: they wrap, none is cut off', async ({ page }) => {
  await page.setViewportSize(phone);
  await page.goto('/');
  await hydrated(page);
  await tabTo(page, '.search-open');
  await page.keyboard.press('Enter');
  const chips = page.locator('.search-dialog .chip');
  await expect(chips.first()).toBeVisible();
  const dialog = await page.locator('.search-dialog').boundingBox();
  for (const box of await chips.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect)))
    expect(box.right, 'a chip past the dialog’s edge').toBeLessThanOrEqual(dialog!.x + dialog!.width);
  await snap(page, 'phone-en-search-chips');
});
