import { expect, type Page } from '@playwright/test';
import type { Quiz } from '../../src/engine/quiz';
import { tabTo } from './keyboard';

/** Picks item `index`'s right options by keyboard: into the group, Space on the first, arrows to the answer (or Space on each right box). */
export async function answerByKeyboard(page: Page, quiz: Quiz, index: number) {
  const item = quiz.items[index]!;
  await expect(page.locator('#quiz-item-title')).toContainText(String(index + 1));
  const inputs = page.locator('.quiz-options input');
  await tabTo(page, '.quiz-options input');
  if (item.multiple) {
    for (const [i, option] of item.options.entries()) {
      if (i > 0) await page.keyboard.press('Tab');
      await expect(inputs.nth(i)).toBeFocused();
      if (item.answer.includes(option.id)) await page.keyboard.press('Space');
    }
  } else {
    await page.keyboard.press('Space');
    const target = item.options.findIndex((o) => o.id === item.answer[0]);
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    await expect(inputs.nth(target)).toBeChecked();
  }
}
