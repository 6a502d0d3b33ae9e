import { expect, test } from '@playwright/test';
import { encodeFacts } from '../../src/engine/facts-link';
import { expectNoAxeViolations } from '../e2e/axe';

/**
 * The sub-path build reads test/fixtures/team/changed-figure.yaml (CASEBOOK_TEAM, set by
 * scripts/test-subpath.sh): another team name, Amazon only, and PROD-1's reship price limit at
 * 50 USD rather than the playbook's 30, and another person to escalate to. The handbook page, the
 * rule page and a tool show that figure, the handbook names that person wherever an agent
 * escalates, every page names the team, and eBay is left out of the lists and marked on its pages;
 * an eBay quiz link is refused and the course has no eBay module.
 */

const team = 'Northwind After-Sales';

/** Severe damage on a 42.99 USD item: above the playbook's limit, within the team's. */
const kettle = encodeFacts({
  kind: 'amazon-message',
  marketplace: 'amazon.com',
  topic: 'damaged',
  damage: 'severe',
  receivedAt: '2026-03-02T08:15:00Z',
  asOf: '2026-03-02T10:00:00Z',
  order: { price: 42.99, currency: 'USD', orderedAt: '2026-02-20T14:02:00Z', shippedAt: '2026-02-21T09:30:00Z', estimatedDeliveryAt: '2026-02-28T23:59:00Z' },
  tracking: { state: 'delivered' },
});

test.describe('the team’s settings (a fixture team file with one changed figure)', () => {
  test('the handbook page shows the team’s figure and name, in both languages', async ({ page }) => {
    await page.goto('handbook/amazon/product-problems/');
    await expect(page.locator('.figure', { hasText: /^50 USD/ }).first()).toBeVisible();
    await expect(page.locator('.figure', { hasText: /^30 USD/ })).toHaveCount(0);
    await expect(page.locator('.site-team')).toContainText(team);
    await page.goto('zh-cn/handbook/amazon/product-problems/');
    await expect(page.locator('.figure', { hasText: /^50 美元/ }).first()).toBeVisible();
    await expect(page.locator('.site-team')).toContainText(team);
  });

  test('the rule page shows it, and who approves beyond it', async ({ page }) => {
    await page.goto('rules/PROD-1/');
    await expect(page.locator('.rule-text')).toContainText('at a price of 50 USD');
    await expect(page.locator('.rule-figures')).toContainText('50 USD');
    await expect(page.locator('.rule-team-set')).toContainText('the Northwind shift lead');
    await expect(page.locator('.site-team')).toContainText(team);
  });

  test('the handbook names whom to escalate to as the team does, mid-sentence, in a list and a table, in both languages', async ({ page }) => {
    await page.goto('handbook/amazon/property-damage-claims/');
    await expect(page.locator('main li', { hasText: /^Tell the Northwind shift lead\./ })).toBeVisible();
    await expect(page.locator('.escalate-to').first()).toHaveText('the Northwind shift lead');
    await expect(page.locator('main')).not.toContainText('your team lead');
    await page.goto('zh-cn/handbook/amazon/property-damage-claims/');
    await expect(page.locator('main li', { hasText: /^告诉Northwind 值班组长。/ })).toBeVisible();
    await expect(page.locator('main')).not.toContainText('你的组长');
    await page.goto('handbook/reference/deadlines/');
    await expect(page.locator('main td', { hasText: 'act at once, tell the Northwind shift lead, and note it in the handover' })).toBeVisible();
    await page.goto('zh-cn/handbook/reference/deadlines/');
    await expect(page.locator('main td', { hasText: '立即处理，告诉Northwind 值班组长，并写进交接记录' })).toBeVisible();
  });

  test('the decision helper allows a reship the playbook’s figure would call wrong', async ({ page }) => {
    await page.goto(`tools/decision-helper/?case=${kettle}`);
    await expect(page.locator('[data-group="recommended"] .advice-item').first()).toBeVisible();
    await expect(page.locator('.advice-group', { hasText: /Reship/ }).first()).toBeVisible();
    await expect(page.locator('[data-group="wrong"]')).not.toContainText('Reship');
    await expect(page.locator('.site-team')).toContainText(team);
  });

  test('eBay, which the team does not serve, is left out of the lists and marked on its own pages', async ({ page }) => {
    await page.goto('handbook/');
    await expect(page.locator('a[href$="/handbook/amazon/product-problems/"]')).toHaveCount(1);
    await expect(page.locator('a[href*="/handbook/ebay/"]')).toHaveCount(0);
    await page.goto('handbook/reference/all-rules/');
    await expect(page.locator('.rule-index li#PROD-1')).toHaveCount(1);
    await expect(page.locator('.rule-index li[id^="EBAY-"]')).toHaveCount(0);
    await page.goto('simulator/');
    await expect(page.locator('a[href*="/simulator/az-"]').first()).toBeVisible();
    await expect(page.locator('a[href*="/simulator/ebay-"]')).toHaveCount(0);
    await expect(page.locator('option[value^="ebay-"]')).toHaveCount(0);
    await page.goto('quiz/');
    await expect(page.locator('select option[value="ebay"]')).toHaveCount(0);
    await expect(page.locator('select option[value="amazon"]')).toHaveCount(1);

    await page.goto('handbook/ebay/feedback-rate/');
    await expect(page.locator('.not-served')).toContainText('Not a marketplace your team serves');
    await expect(page.locator('.handbook-sidebar a[href*="/handbook/ebay/"]')).toHaveCount(0);
    await page.goto('zh-cn/rules/EBAY-7/');
    await expect(page.locator('.not-served')).toContainText('你的团队不负责这个平台');
    await page.goto('rules/PROD-1/');
    await expect(page.locator('.not-served')).toHaveCount(0);
  });

  test('a quiz link for eBay opens the setup with the reason, in both languages, and a default quiz still starts', async ({ page }) => {
    await page.goto('quiz/?platform=ebay&seed=x');
    await expect(page.locator('.note.problem[role="alert"]')).toContainText('asks about eBay, a marketplace your team does not serve');
    await expect(page.locator('select option[value="amazon"]')).toHaveCount(1);
    await expect(page.locator('#quiz-item-title')).toHaveCount(0);
    await expectNoAxeViolations(page, 'the setup refusing an eBay quiz link');
    await page.goto('zh-cn/quiz/?areas=ebay&seed=x');
    await expect(page.locator('.note.problem[role="alert"]')).toContainText('你的团队不负责这个平台');
    await page.goto('quiz/?seed=x');
    await expect(page.locator('#quiz-item-title')).toBeVisible();
    await expect(page.locator('.note.problem')).toHaveCount(0);
  });

  test('the course leaves out the eBay module: not listed, no page, not asked for the certificate', async ({ page }) => {
    await page.goto('course/');
    await expect(page.locator('a[href$="/course/final-shift/"]').first()).toBeVisible();
    await expect(page.locator('a[href$="/course/ebay/"]')).toHaveCount(0);
    await page.goto('progress/');
    await expect(page.locator('a[href$="/course/final-shift/"]').first()).toBeVisible();
    await expect(page.locator('a[href$="/course/ebay/"]')).toHaveCount(0);
    // Eight modules to pass for the certificate: the course's nine less the eBay one.
    await expect(page.locator('section[aria-labelledby="certificate-title"]')).toContainText('0 of 8 so far');
    const missing = await page.goto('course/ebay/');
    expect(missing?.status()).toBe(404);
  });

  test('a practice case of any kind is drawn from the marketplaces the team serves; the shift, an Amazon inbox, is not marked', async ({ page }) => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      await page.goto(`simulator/practice/?seed=${seed}`);
      const marketplace = page.locator('dt', { hasText: /^Marketplace$/ }).locator('xpath=following-sibling::dd[1]');
      await expect(marketplace).toContainText(/^amazon\./);
    }
    await page.goto('simulator/shift/');
    await expect(page.locator('.not-served')).toHaveCount(0);
  });
});
