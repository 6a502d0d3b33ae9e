import { expect, test } from '@playwright/test';
import { generateQuiz, settingsFromParams, type Quiz } from '../../src/engine/quiz';
import { expectNoAxeViolations } from './axe';
import { headerRows, hydrated, langs, onFirstScreen, snap, splitWords, widths } from './journey-helpers';
import { tabTo } from './keyboard';
import { answerByKeyboard } from './quiz-answers';
import { policy } from '../../src/engine/loaded-policy';
import { sayBoth } from '../../src/i18n/say-both';

/**
 * A trainee's quiz link, by keyboard, at a desktop and a phone width, in both languages: the
 * first question is on the first screen; the quiz is taken to its end; the result shows in
 * words and formatted numbers; reopening the link shows that result with "take it again",
 * which starts a new attempt. Each step leaves a screenshot in test-results/journeys/.
 */

const link = 'seed=journey-link&count=5&difficulty=1&platform=both&feedback=end&kinds=fact,decision';
const read = settingsFromParams(policy, new URLSearchParams(link));
if ('problems' in read) throw new Error(read.problems.join('; '));
const quiz: Quiz = generateQuiz(policy, read.settings, { say: sayBoth });

const words = {
  en: { score: `${quiz.items.length} of ${quiz.items.length} right (100%)`, again: 'Take it again', finished: 'You finished this quiz on', question: 'Question 1 of' },
  'zh-cn': { score: `答对 ${quiz.items.length} / ${quiz.items.length} 题（100%）`, again: '再做一次', finished: '你已于', question: '第 1' },
} as const;

for (const { lang, prefix } of langs)
  for (const size of widths)
    test(`quiz link taken to the end and reopened — ${lang}, ${size.name}`, async ({ page }) => {
      const name = (step: string) => `quiz-${lang}-${size.name}-${step}`;
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(`${prefix}/quiz/?${link}`);
      await hydrated(page);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await hydrated(page);
      await expect(page.locator('.quiz-player')).toBeVisible();

      // The first question and its answers are on the first screen.
      const first = await onFirstScreen(page, '.quiz-options input');
      expect(first.top, 'first answer on the first screen').toBeLessThan(first.viewport);
      if (size.name === 'phone') {
        const header = await headerRows(page);
        expect(header.rows, 'header rows at 360 px').toBeLessThanOrEqual(2);
        expect(header.height, 'header height at 360 px').toBeLessThanOrEqual(120);
      }
      await snap(page, name('1-first-question'));

      for (let i = 0; i < quiz.items.length; i++) {
        await answerByKeyboard(page, quiz, i);
        await tabTo(page, i < quiz.items.length - 1 ? '[data-action=next]' : '[data-action=finish]');
        await page.keyboard.press('Enter');
      }
      await expect(page.locator('#results-title')).toBeFocused();
      const score = page.locator('.quiz-score');
      await expect(score).toContainText(words[lang].score);
      await expect(page.locator('[data-action=again]')).toBeVisible();
      expect(await splitWords(page, '.quiz-results table'), 'words split across lines in the result tables').toEqual([]);
      await snap(page, name('2-result'));

      // Reopened: the same result, said to be a finished attempt, with "take it again".
      await page.goto(`${prefix}/quiz/?${link}`);
      await hydrated(page);
      await expect(page.locator('.quiz-results')).toBeVisible();
      await expect(page.locator('.quiz-player')).toHaveCount(0);
      await expect(page.locator('.quiz-reopened')).toContainText(words[lang].finished);
      await expect(score).toContainText(words[lang].score);
      // The answers chosen are shown again: every item marked right.
      await expect(page.locator('.quiz-review .quiz-verdict.is-right')).toHaveCount(quiz.items.filter((i) => i.kind !== 'case').length);
      const again = page.locator('[data-action=again]');
      await expect(again).toHaveText(words[lang].again);
      const placed = await onFirstScreen(page, '[data-action=again]');
      expect(placed.top, '"take it again" on the first screen').toBeLessThan(placed.viewport);
      await snap(page, name('3-reopened'));
      if (size.name === 'phone') {
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
        await expectNoAxeViolations(page, `reopened quiz result, ${lang}, dark, 360 px`);
      } else await expectNoAxeViolations(page, `reopened quiz result, ${lang}`);

      await tabTo(page, '[data-action=again]');
      await page.keyboard.press('Enter');
      await expect(page.locator('#quiz-item-title')).toBeFocused();
      await expect(page.locator('.quiz-status')).toContainText(words[lang].question);
      await expect(page.locator('.quiz-options input:checked')).toHaveCount(0);
      await snap(page, name('4-taken-again'));
    });
