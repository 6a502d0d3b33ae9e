import { expect, test, type Locator, type Page } from '@playwright/test';
import { localePath, t, type Lang } from '../../src/i18n';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard';

/**
 * A trainee's journeys through the simulator, by keyboard, at desktop width and on a 360 px
 * phone, in both languages: a practice case from the simulator's start page to the next case,
 * and a shift with a step back to the inbox in the middle of a case. At every point the next
 * step must be on screen; a screenshot of each is written to test-results/journeys/.
 */

const viewports = [
  { name: 'desktop', size: { width: 1280, height: 800 } },
  { name: 'phone', size: { width: 360, height: 740 } },
] as const;
const langs: Lang[] = ['en', 'zh-cn'];

async function ready(page: Page, what: string) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator(what).first()).toBeVisible();
}

/** The next step is there and on screen. */
async function nextStepShown(target: Locator) {
  await expect(target).toBeVisible();
  await expect(target).toBeInViewport();
}

function shooter(page: Page, journey: string) {
  let n = 0;
  return (step: string) => page.screenshot({ path: `test-results/journeys/${journey}-${String(++n).padStart(2, '0')}-${step}.png` });
}

/** Triage by keyboard alone: the first kind, the first deadline choice after the placeholder, the second urgency. */
async function triage(page: Page, lang: Lang) {
  const caseFile = page.locator('.case-file');
  // The case file shows the buyer's words and the order, not the answers of triage.
  await expect(caseFile.locator('.case-facts dt', { hasText: new RegExp(`^${t(lang, 'sim.kind')}$`) })).toHaveCount(0);
  await expect(caseFile.locator('.sim-deadlines')).toHaveCount(0);
  await expect(caseFile).toContainText(t(lang, 'sim.clockAfterTriage'));
  await expect(caseFile.locator('.thread li').first()).toBeVisible();
  await tabTo(page, '#triage-kind');
  await nextStepShown(page.locator('#triage-kind'));
  await page.keyboard.press('ArrowDown');
  await tabTo(page, '#triage-deadline');
  await expect(page.locator('#triage-deadline')).toHaveValue('');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, 'input[name=urgency]');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, '.step-form button[type=submit]');
  await nextStepShown(page.locator('.step-form button[type=submit]'));
  await page.keyboard.press('Enter');
  await expect(page.locator('.case-player')).toHaveAttribute('data-phase', 'act');
  await expect(page.locator('#step-title')).toBeFocused();
  await nextStepShown(page.locator('#step-title'));
  // Once triage is answered, the file shows the kind and the clock.
  await expect(caseFile.locator('.case-facts dt', { hasText: new RegExp(`^${t(lang, 'sim.kind')}$`) })).toHaveCount(1);
  await expect(caseFile).not.toContainText(t(lang, 'sim.clockAfterTriage'));
}

/** One round by keyboard: refund in full, then the first draft; back at the next step or the review. */
async function round(page: Page, shot: (step: string) => Promise<unknown>, first: boolean) {
  await expect(page.locator('.action-group legend').first()).toBeVisible();
  await tabTo(page, '#action-full-refund');
  await nextStepShown(page.locator('#action-full-refund'));
  if (first) await shot('act');
  await page.keyboard.press('Space');
  await tabTo(page, '.step-form button[type=submit]');
  await page.keyboard.press('Enter');
  await expect(page.locator('.case-player')).toHaveAttribute('data-phase', 'reply');
  await expect(page.locator('#step-title')).toBeFocused();
  await expect(page.locator('input[name=draft]:checked')).toHaveCount(0);
  await tabTo(page, '#draft-0');
  await nextStepShown(page.locator('#draft-0'));
  if (first) await shot('reply');
  await page.keyboard.press('Space');
  await tabTo(page, '.step-form button[type=submit]');
  await page.keyboard.press('Enter');
  await expect(page.locator('.case-player')).not.toHaveAttribute('data-phase', 'reply');
}

async function playToEnd(page: Page, shot: (step: string) => Promise<unknown>) {
  for (let n = 0; n < 6 && (await page.locator('.case-player').getAttribute('data-phase')) !== 'closed'; n++) await round(page, shot, n === 0);
  await expect(page.locator('.case-player')).toHaveAttribute('data-phase', 'closed');
}

for (const viewport of viewports) {
  for (const lang of langs) {
    test.describe(`simulator journeys, ${viewport.name}, ${lang}`, () => {
      test.use({ viewport: viewport.size });
      // A whole case by keyboard, Tab by Tab: more than the default minute on a busy machine.
      test.describe.configure({ timeout: 120_000 });

      test('a practice case from the start page, by keyboard, to the next new case', async ({ page }) => {
        const shot = shooter(page, `practice-${viewport.name}-${lang}`);
        await page.goto(localePath(lang, '/simulator/'));
        await page.evaluate(() => localStorage.clear());
        await page.reload();
        await ready(page, '.practice-start form');
        await expect(page.locator('#practice-seed')).toHaveValue('1');
        await expect(page.locator('.practice-start')).toContainText(t(lang, 'sim.practiceNext'));
        // Written cases not played yet say so in words.
        await expect(page.locator('.scenario-list .case-todo').first()).toContainText(t(lang, 'sim.cardNotDone'));
        await tabTo(page, '.practice-start button[type=submit]');
        await nextStepShown(page.locator('.practice-start button[type=submit]'));
        await shot('start');
        await page.keyboard.press('Enter');

        await page.waitForURL(/\/simulator\/practice\/\?kind=&seed=1$/);
        await ready(page, '.case-player');
        await shot('triage');
        await triage(page, lang);
        if (viewport.name === 'desktop' && lang === 'en') await expectNoAxeViolations(page, 'simulator at the act step');
        await playToEnd(page, shot);
        await expect(page.locator('#review-title')).toBeFocused();
        await nextStepShown(page.locator('#review-title'));
        await shot('review');

        // A closed case offers a new one beside Start again.
        const next = page.locator('[data-action=next-case]');
        await expect(page.getByRole('button', { name: t(lang, 'sim.restart') })).toBeVisible();
        await expect(next).toHaveText(t(lang, 'sim.nextCase'));
        await expect(next).toHaveAttribute('href', `${localePath(lang, '/simulator/practice/')}?seed=2`);
        await tabTo(page, '[data-action=next-case]', 'Shift+Tab');
        await nextStepShown(next);
        await shot('next-case');
        await page.keyboard.press('Enter');
        await page.waitForURL(/\?seed=2$/);
        await ready(page, '.case-player');
        await expect(page.locator('.case-player')).toHaveAttribute('data-phase', 'triage');

        // Back on the start page, the number moved on: case 1 is played, case 2 only opened.
        await page.goto(localePath(lang, '/simulator/'));
        await ready(page, '.practice-start form');
        await expect(page.locator('#practice-seed')).toHaveValue('2');
      });

      test('a shift by keyboard: the inbox’s clock and status, back to the inbox mid-case, and the case kept', async ({ page }) => {
        page.on('dialog', (dialog) => dialog.accept());
        const shot = shooter(page, `shift-${viewport.name}-${lang}`);
        const path = localePath(lang, '/simulator/shift/?seed=7');
        await page.goto(path);
        await page.evaluate(() => localStorage.clear());
        await page.reload();
        await ready(page, '.shift');
        const headers = page.locator('.inbox thead th');
        await expect(headers).toHaveText([t(lang, 'shift.received'), t(lang, 'shift.subject'), t(lang, 'shift.deadline'), t(lang, 'shift.status'), t(lang, 'shift.actions')]);
        await expect(page.locator('.inbox-deadline').first()).not.toBeEmpty();
        await expect(page.locator('.inbox-status').first()).toHaveText(t(lang, 'shift.state.new'));
        await tabTo(page, '.inbox button');
        await nextStepShown(page.locator(':focus'));
        await shot('inbox');
        await page.keyboard.press('Enter');
        await ready(page, '.case-player');
        await triage(page, lang);
        await shot('case');

        // Back to the inbox in the middle of the case: it stays in progress, and another case opens beside it.
        await tabTo(page, '[data-action=back]');
        await nextStepShown(page.locator('[data-action=back]'));
        await page.keyboard.press('Enter');
        await expect(page.locator('#inbox-title')).toBeFocused();
        const first = page.locator('.inbox tr', { has: page.locator('[data-action=continue]') });
        await expect(first).toHaveCount(1);
        await expect(first.locator('.inbox-status')).toContainText(t(lang, 'shift.state.open'));
        const firstBuyer = await first.locator('strong').textContent();
        await expect(page.locator('.inbox button:disabled')).toHaveCount(0);
        // A waiting case's line shows the buyer's words, not its kind.
        const waitingRow = page.locator('.inbox-waiting').first();
        await expect(waitingRow.locator('.inbox-words')).toHaveAttribute('lang', 'en');
        await expect(waitingRow.locator('.work-label')).toHaveCount(0);
        await tabTo(page, '.inbox-waiting button');
        await nextStepShown(page.locator(':focus'));
        await page.keyboard.press('Enter');
        await ready(page, '.case-player');
        await triage(page, lang);
        await tabTo(page, '[data-action=back]');
        await page.keyboard.press('Enter');
        await expect(page.locator('#inbox-title')).toBeFocused();
        await expect(page.locator('[data-action=continue]')).toHaveCount(2);
        await shot('in-progress');

        // The first case resumes where it was left: triaged, at its next step.
        await tabTo(page, '[data-action=continue]');
        await nextStepShown(page.locator(':focus'));
        await page.keyboard.press('Enter');
        await expect(page.locator('.case-player')).toHaveAttribute('data-phase', 'act');
        await expect(page.locator('.thread-buyer strong').first()).toHaveText(firstBuyer!);
        await playToEnd(page, shot);

        await tabTo(page, '[data-action=back]');
        await page.keyboard.press('Enter');
        await expect(page.locator('#inbox-title')).toBeFocused();
        await expect(page.locator('.inbox-closed .inbox-status')).toContainText(
          new RegExp(`${t(lang, 'shift.state.done')} · ${t(lang, 'shift.state.score').replace('{n}', '\\d+')}`),
        );
        // The second case is still in progress.
        await expect(page.locator('[data-action=continue]')).toHaveCount(1);
        await shot('done');
        if (viewport.name === 'desktop' && lang === 'en') await expectNoAxeViolations(page, 'shift inbox after a case');
        await tabTo(page, '[data-action=end-day]');
        await nextStepShown(page.locator('[data-action=end-day]'));
        await page.keyboard.press('Enter');
        await expect(page.locator('#dashboard-title')).toBeFocused();
        await shot('dashboard');
      });
    });
  }
}
