import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { figureOf, rules } from '../../src/engine/loaded-policy';
import { encodeFacts } from '../../src/engine/facts-link';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard';

/**
 * The three live-work tools, each used by keyboard alone, in a fixed place and time zone so
 * dates typed into the form mean the same instant on every machine.
 */
test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

const DAY_MS = 86_400_000;

/** Waits until the page's island has hydrated and its effects have run. */
async function ready(page: Page, selector: string) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator(selector).first()).toBeVisible();
}

/** Types a date and time into a focused `datetime-local` field, segment by segment (en-US order). */
async function typeDateTime(page: Page, month: string, day: string, year: string, hour: string, minute: string, ampm: 'A' | 'P') {
  for (const part of [month, day, year]) {
    await page.keyboard.type(part);
    if (part === year) await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.type(hour);
  await page.keyboard.type(minute);
  await page.keyboard.type(ampm);
}

test.describe('case clock', () => {
  test('by keyboard: an eBay INR case on the US site shows the opening window counted from the estimated delivery date', async ({ page }) => {
    await page.goto('/tools/case-clock/');
    await ready(page, '#clock-platform');
    await tabTo(page, '#clock-platform');
    await page.keyboard.type('eBay');
    await tabTo(page, '#clock-kind');
    await page.keyboard.type('eBay item');
    await expect(page.locator('#clock-kind')).toHaveValue('ebay-inr');
    await expect(page.locator('#clock-site')).toHaveValue('US');
    // The order date starts at now; an estimated delivery far ahead keeps the test true on any day.
    await tabTo(page, '#clock-order-estimatedDeliveryAt');
    await typeDateTime(page, '12', '02', '2099', '10', '00', 'A');
    // 10:00 in New York on 2 December 2099 is 15:00 UTC (standard time).
    const edd = Date.parse('2099-12-02T15:00:00Z');
    const window = page.locator('.deadline[data-key="inr-ebay-us-uk"]');
    await expect(window).toBeVisible();
    const owner = rules.find((r) => r.deadlines?.some((d) => d.key === 'inr-ebay-us-uk'))!.id;
    const opens = new Date(edd + figureOf(owner, 'inrOpens').value * DAY_MS).toISOString();
    const closes = new Date(edd + figureOf(owner, 'inrClosesUsUk').value * DAY_MS).toISOString();
    await expect(window.locator('[data-opens] time')).toHaveAttribute('datetime', opens);
    await expect(window.locator('[data-closes] time')).toHaveAttribute('datetime', closes);
    await expect(window.getByRole('link', { name: owner })).toHaveAttribute('href', `/rules/${owner}/`);
    await expect(window.locator('.deadline-status strong')).not.toBeEmpty();

    // The calendar file, by keyboard.
    await tabTo(page, '.case-clock .tool-actions button');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain(`DTSTART:${opens.replace(/[-:]/g, '').replace('.000', '')}`);

    // The link reproduces the same clock.
    const link = await page.locator('#clock-link').inputValue();
    await page.goto(link);
    await ready(page, '.deadline[data-key="inr-ebay-us-uk"]');
    await expect(page.locator('#clock-kind')).toHaveValue('ebay-inr');
    await expect(page.locator('.deadline[data-key="inr-ebay-us-uk"] [data-closes] time')).toHaveAttribute('datetime', closes);
    await expectNoAxeViolations(page, 'case clock with deadlines');
  });

  test('a tampered link says so and the clock still works', async ({ page }) => {
    await page.goto('/tools/case-clock/?case=v1.eyJraW5kIjoiZWJheS1pbnIi');
    await ready(page, '#clock-platform');
    await expect(page.getByRole('alert')).toContainText('could not be opened');
    await expect(page.locator('.deadline').first()).toBeVisible();
  });
});

test.describe('reply checker', () => {
  test('by keyboard: flags a link and an e-mail address, then a clean draft shows none', async ({ page }) => {
    await page.goto('/tools/reply-checker/');
    await ready(page, '#checker-draft');
    await tabTo(page, '#checker-draft');
    await page.keyboard.type('Hello Anna, see www.example-shop.com for the manual or write to help@example-shop.com. Kind regards');
    await expect(page.locator('.finding[data-kind="link"]')).toHaveCount(1);
    await expect(page.locator('.finding[data-kind="email"]')).toHaveCount(1);
    await expect(page.locator('#checker-summary')).toContainText('problems to fix');
    // The explanation and the fix, from the catalog the page handed its island.
    await expect(page.locator('.finding[data-kind="email"]')).toContainText('MSG-4: no e-mail addresses in a buyer message.');
    await expect(page.locator('.finding[data-kind="email"]')).toContainText('Delete it. If the buyer really needs this information');
    await expect(page.locator('.draft-backdrop mark')).toHaveCount(2);
    // The marks show through the text box and sit under the very words they mark.
    const looks = await page.evaluate(() => {
      const pick = (el: Element) => {
        const c = getComputedStyle(el);
        return { padding: c.padding, border: c.borderWidth, font: c.font, lineHeight: c.lineHeight, width: el.getBoundingClientRect().width };
      };
      const box = document.querySelector('#checker-draft')!;
      return { background: getComputedStyle(box).backgroundColor, box: pick(box), backdrop: pick(document.querySelector('.draft-backdrop')!) };
    });
    expect(looks.background).toBe('rgba(0, 0, 0, 0)');
    expect(looks.box).toEqual(looks.backdrop);
    await expectNoAxeViolations(page, 'reply checker with findings');

    await page.keyboard.press('Control+A');
    await page.keyboard.type(
      'Hello Anna, thank you for your message. Your parcel left our warehouse yesterday and the tracking number is in your order details. Kind regards',
    );
    await expect(page.locator('#checker-summary')).toContainText('Ready to send');
    await expect(page.locator('.finding.severity-error, .finding.severity-warning')).toHaveCount(0);
  });

  test('by keyboard: a template for the case kind goes into the draft with its blanks filled, and passes', async ({ page }) => {
    await page.goto('/tools/reply-checker/');
    await ready(page, '#checker-kind');
    await tabTo(page, '#checker-kind');
    await page.keyboard.type('Amazon buyer');
    await tabTo(page, '.template-picker summary');
    await page.keyboard.press('Enter');
    await tabTo(page, '#checker-blank-buyer-name');
    await page.keyboard.type('Maria Lopez');
    await tabTo(page, '#checker-blank-order-ID');
    await page.keyboard.type('113-4567890-1234567');
    await tabTo(page, '.template-fields button');
    await page.keyboard.press('Enter');
    await expect(page.locator('#checker-draft')).toBeFocused();
    const draft = await page.locator('#checker-draft').inputValue();
    expect(draft).toContain('Maria Lopez');
    expect(draft).not.toContain('[buyer name]');
    await expect(page.locator('#checker-summary')).toContainText('Ready to send');
  });

  test('the Chinese page explains a finding and its fix in Chinese', async ({ page }) => {
    await page.goto('/zh-cn/tools/reply-checker/');
    await ready(page, '#checker-draft');
    await page.locator('#checker-draft').fill('Please pay by PayPal.');
    const finding = page.locator('.finding[data-kind="competitor"]');
    await expect(finding).toHaveCount(1);
    await expect(finding).toContainText('MSG-5：亚马逊把买家消息中的 "PayPal" 和 "eBay" 视为竞争对手名称');
    await expect(finding).toContainText('删掉这个名称。退款和付款都通过亚马逊订单完成');
  });

  test('a 5,000-character draft in several scripts is checked and shown literally', async ({ page }) => {
    await page.goto('/tools/reply-checker/');
    await ready(page, '#checker-draft');
    const hostile = `<img src=x onerror="window.__hacked=1"> مرحبا بك 👋 你好 ${'Thank you for your patience. '.repeat(170)} see http://x.example`;
    await page.locator('#checker-draft').fill(hostile);
    await expect(page.locator('.finding[data-kind="link"]')).toHaveCount(1);
    expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
    await expect(page.locator('.draft-backdrop')).toContainText('<img src=x');
  });
});

test.describe('decision helper', () => {
  test('by keyboard: answers in, advice out; the shared link reproduces the same advice', async ({ page, context }) => {
    await page.goto('/tools/decision-helper/');
    await ready(page, '#helper-topic');
    await tabTo(page, '#helper-topic');
    await page.keyboard.type('damaged');
    await expect(page.locator('#helper-topic')).toHaveValue('damaged');
    // The blanks a damaged item needs, the price and then its damage, are asked for calmly, not as errors.
    await expect(page.locator('.form-missing')).toContainText('Price');
    await tabTo(page, '#helper-order-price');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('45');
    await expect(page.locator('.form-missing')).toContainText('Damage');
    await expect(page.locator('.problems')).toHaveCount(0);
    await tabTo(page, '#helper-damage');
    await page.keyboard.type('severe');
    const recommended = page.locator('[data-group="recommended"] .advice-item');
    await expect(recommended.first()).toBeVisible();
    const advice = await page.locator('.advice-group').allInnerTexts();
    expect(advice.join('\n')).toMatch(/PROD-\d/);
    await expectNoAxeViolations(page, 'decision helper with advice');

    const link = await page.locator('#helper-link').inputValue();
    const other = await context.newPage();
    await other.goto(link);
    await ready(other, '[data-group="recommended"] .advice-item');
    await expect(other.locator('#helper-damage')).toHaveValue('severe');
    expect(await other.locator('.advice-group').allInnerTexts()).toEqual(advice);
  });

  test('an outdated link and an inconsistent one each say what is wrong, without a crash', async ({ page }) => {
    await page.goto(`/tools/decision-helper/?case=v0.${'e30'}`);
    await ready(page, '#helper-topic');
    await expect(page.getByRole('alert')).toContainText('older version');
    const inconsistent = encodeFacts({ kind: 'amazon-message', topic: 'damaged', receivedAt: '2026-01-01', order: { price: 10, currency: 'USD', orderedAt: '2026-02-01' } });
    await page.goto(`/zh-cn/tools/decision-helper/?case=${inconsistent}`);
    await ready(page, '#helper-topic');
    await expect(page.getByRole('alert')).toContainText('无法打开此链接');
    // What is wrong is said in the page's language, each field by its label.
    await page.getByRole('alert').locator('summary').click();
    await expect(page.getByRole('alert').locator('li')).toHaveText(['破损程度：需要填写', '收到消息或请求的时间：不能早于“下单时间”']);
  });
});
