import { expect, type Page } from '@playwright/test';
import { tabTo } from './keyboard';

/** A step's control is there and on screen: the next step is visible. */
async function shown(page: Page, selector: string) {
  const target = page.locator(selector).first();
  await expect(target).toBeVisible();
  await expect(target).toBeInViewport();
}

/** The simulator's step as the page says it (`data-phase`). */
const phaseOf = (page: Page) => page.locator('.case-player').getAttribute('data-phase');

/**
 * Plays the open case to its end by keyboard alone: triage (the first choice of each), then in
 * each round a full refund where it is offered (else the first action, with its first detail),
 * then the first draft. Asserts at each step that its control is on screen; `shot` names each
 * step for a screenshot.
 */
export async function playCaseByKeyboard(page: Page, shot: (step: string) => Promise<unknown>): Promise<void> {
  await expect(page.locator('.case-player')).toHaveAttribute('data-phase', 'triage');
  await tabTo(page, '#triage-kind');
  await shown(page, '#triage-kind');
  await shot('case-triage');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, '#triage-deadline');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, 'input[name=urgency]');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, '.step-form button[type=submit]');
  await shown(page, '.step-form button[type=submit]');
  await page.keyboard.press('Enter');
  await expect(page.locator('.case-player')).not.toHaveAttribute('data-phase', 'triage');

  for (let round = 0; round < 8 && (await phaseOf(page)) !== 'closed'; round++) {
    if ((await phaseOf(page)) === 'act') {
      await expect(page.locator('#step-title')).toBeFocused();
      const action = (await page.locator('#action-full-refund').count()) > 0 ? '#action-full-refund' : '.action-group input[type=radio]';
      await tabTo(page, action);
      await shown(page, ':focus');
      if (round === 0) await shot('case-act');
      await page.keyboard.press('Space');
      // An action that needs a detail (who pays, why, on what ground) asks for it under the action.
      const detail = page.locator('#resolve-payer, #resolve-reason, #resolve-ground');
      if ((await detail.count()) > 0) {
        await tabTo(page, '#resolve-payer, #resolve-reason, #resolve-ground');
        await page.keyboard.press('ArrowDown');
      }
      await tabTo(page, '.step-form button[type=submit]');
      await page.keyboard.press('Enter');
      await expect(page.locator('.case-player')).not.toHaveAttribute('data-phase', 'act');
    }
    if ((await phaseOf(page)) === 'reply') {
      await expect(page.locator('#step-title')).toBeFocused();
      await tabTo(page, '#draft-0');
      await shown(page, '#draft-0');
      if (round === 0) await shot('case-reply');
      await page.keyboard.press('Space');
      await tabTo(page, '.step-form button[type=submit]');
      await page.keyboard.press('Enter');
      await expect(page.locator('.case-player')).not.toHaveAttribute('data-phase', 'reply');
    }
  }
  await expect(page.locator('.case-player')).toHaveAttribute('data-phase', 'closed');
  await shot('case-closed');
}
