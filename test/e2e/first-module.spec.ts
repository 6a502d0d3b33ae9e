import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { courseModule, type CourseModule } from '../../src/course/schema';
import { checkSettings } from '../../src/course/status';
import { generateQuiz, quizSettings } from '../../src/engine/quiz';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard';
import { playCaseByKeyboard } from './play-case';
import { answerByKeyboard } from './quiz-answers';
import { policy } from '../../src/engine/loaded-policy';
import { sayBoth } from '../../src/i18n/say-both';

/**
 * A new hire's first module, walked by keyboard, at desktop width and at 360 px, in both
 * languages: home → start here → module 1 → each reading (its reading list shown, marked read
 * once the end of the page is reached, leading to the next) → the practice cases its gate asks
 * for, each played by keyboard (triage, an action, a reply, closed) and back to the module → its
 * check → module 2 opens. At each point the next step is asserted visible, and
 * a screenshot of each step goes to test-results/journeys/ for a person to look at.
 */

const course: CourseModule[] = (parse(readFileSync('src/content/course.yaml', 'utf8')) as unknown[]).map((m) => courseModule.parse(m));
const [first, second] = course as [CourseModule, CourseModule];
const SHOTS = 'test-results/journeys';

const widths = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: '360px', viewport: { width: 360, height: 740 } },
];
const langs = [
  { lang: 'en', prefix: '' },
  { lang: 'zh-cn', prefix: '/zh-cn' },
];

/** Waits until the page's islands have hydrated. */
async function hydrated(page: Page) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

for (const { name, viewport } of widths) {
  for (const { lang, prefix } of langs) {
    test.describe(`a new hire's first module (${lang}, ${name})`, () => {
      test.use({ viewport });

      test('home → start here → every reading → practice → check → module 2 opens, by keyboard', async ({ page }) => {
        test.setTimeout(300_000);
        mkdirSync(SHOTS, { recursive: true });
        let step = 0;
        const shot = async (what: string) => {
          step += 1;
          await page.screenshot({ path: `${SHOTS}/${lang}-${name}-${String(step).padStart(2, '0')}-${what}.png`, fullPage: false });
        };
        const modulePath = `${prefix}/course/${first.id}/`;

        // Home: "start here", a new hire's card leads to module 1.
        await page.goto(`${prefix}/`);
        await page.evaluate(() => localStorage.clear());
        await page.reload();
        const startNew = page.locator(`.home-start a[href="${modulePath}"]:not([data-start])`);
        await expect(startNew).toBeVisible();
        await expect(page.locator('.home-start [data-start=resume]')).toHaveAttribute('href', modulePath);
        await shot('home');
        await tabTo(page, `.home-start a[href="${modulePath}"]:not([data-start])`);
        await page.keyboard.press('Enter');

        // Module 1: what passing asks, and the first reading.
        await expect(page).toHaveURL(new RegExp(`${modulePath}$`));
        await hydrated(page);
        await expect(page.locator('.gate-summary [data-gate=readings]')).toHaveClass('work-todo');
        await expect(page.locator('.gate-summary [data-gate=practice]')).toHaveClass('work-todo');
        await expect(page.locator('.gate-summary [data-gate=check]')).toHaveClass('work-todo');
        const firstReading = `[data-reading="${first.reading[0]}"] a`;
        await expect(page.locator(firstReading)).toBeVisible();
        await shot('module-1');
        await tabTo(page, firstReading);
        await page.keyboard.press('Enter');

        // Each reading: the module's list, marked read once its end is reached, then on to the next.
        let unreadUntilTheEnd = 0;
        for (const [i, slug] of first.reading.entries()) {
          await expect(page).toHaveURL(new RegExp(`${prefix}/handbook/${slug}/\\?module=${first.id}$`));
          const list = page.locator('.module-reading');
          await expect(list).toBeVisible();
          await expect(list.locator('li')).toHaveCount(first.reading.length);
          await expect(list.locator('a[aria-current=page]')).toHaveAttribute('href', `${prefix}/handbook/${slug}/?module=${first.id}`);
          const current = list.locator(`li[data-reading="${slug}"]`);
          // A reading is not counted before its end has been on screen.
          const endBelow = await page.evaluate(() => document.querySelector('[data-module-reading-end]')!.getBoundingClientRect().top > window.innerHeight);
          if (endBelow) {
            await expect(current).toHaveAttribute('data-read', 'false');
            await expect(page.locator('.module-reading-rule')).toBeVisible();
            unreadUntilTheEnd += 1;
          }
          if (i === 0) {
            await shot(`reading-${i + 1}`);
            await expectNoAxeViolations(page, `${lang} ${name}: a reading opened from module 1`);
          }
          await page.keyboard.press('End');
          await expect(current).toHaveAttribute('data-read', 'true');
          await expect(page.locator('.module-reading-status')).toContainText('✓');
          const next = page.locator('.module-next-link');
          await expect(next).toBeInViewport();
          // One next step: the sidebar's previous and next give way to the module's.
          await expect(page.locator('.handbook-article > .pagination')).toBeHidden();
          await shot(`reading-${i + 1}-read`);
          const last = i === first.reading.length - 1;
          await expect(next).toHaveAttribute(
            'href',
            last ? new RegExp(`^${prefix}/simulator/${first.practice[0]}/\\?module=${first.id}$`) : `${prefix}/handbook/${first.reading[i + 1]}/?module=${first.id}`,
          );
          await tabTo(page, '.module-next-link');
          await page.keyboard.press('Enter');
        }
        expect(unreadUntilTheEnd, 'at least one reading was checked unread before its end').toBeGreaterThan(0);

        // The practice cases the gate asks for, each played by keyboard: the first opened from the
        // last reading, the next from the module's practice list; each leads back to the module.
        const needed = first.gate?.practice === 'all' ? first.practice.length : (first.gate?.practice ?? 2);
        for (const [n, id] of first.practice.slice(0, needed).entries()) {
          await expect(page).toHaveURL(new RegExp(`/simulator/${id}/\\?module=${first.id}$`));
          await hydrated(page);
          const back = page.locator('.back-to-module a');
          await expect(back).toHaveAttribute('href', modulePath);
          await playCaseByKeyboard(page, (what) => shot(`practice-${n + 1}-${what}`));
          // The case is closed: its review, and the way back to the module.
          await expect(page.locator('.sim-review')).toBeVisible();
          await tabTo(page, '.back-to-module a', 'Shift+Tab');
          await expect(back).toBeInViewport();
          await page.keyboard.press('Enter');
          await expect(page).toHaveURL(new RegExp(`${modulePath}$`));
          await hydrated(page);
          const done = n + 1 === needed;
          await expect(page.locator('.gate-summary [data-gate=practice]')).toHaveClass(done ? 'work-done' : 'work-todo');
          if (!done) {
            // The module leads on to its next practice case.
            const nextCase = `.module-work a[href^="${prefix}/simulator/${first.practice[n + 1]}/"]`;
            await expect(page.locator(nextCase)).toBeVisible();
            await shot(`module-1-practice-${n + 1}-done`);
            await tabTo(page, nextCase);
            await page.keyboard.press('Enter');
          }
        }

        // Back on module 1: readings and practice done, the check is the next step.
        await expect(page).toHaveURL(new RegExp(`${modulePath}$`));
        await hydrated(page);
        await expect(page.locator('.gate-summary [data-gate=readings]')).toHaveClass('work-done');
        await expect(page.locator('.gate-summary [data-gate=practice]')).toHaveClass('work-done');
        await expect(page.locator('.gate-summary [data-gate=check]')).toHaveClass('work-todo');
        await expect(page.locator('.module-work')).toHaveAttribute('data-state', 'started');
        await expect(page.locator('.check-link')).toBeVisible();
        await shot('module-1-before-check');

        // The check: a quiz answered from the rules.
        const check = generateQuiz(policy, quizSettings(policy, checkSettings(first, 1)!), { say: sayBoth });
        await tabTo(page, '.check-link');
        await page.keyboard.press('Enter');
        await expect(page.locator('.quiz-module')).toBeVisible();
        await shot('check');
        for (let i = 0; i < check.items.length; i++) {
          await answerByKeyboard(page, check, i);
          await tabTo(page, i < check.items.length - 1 ? '[data-action=next]' : '[data-action=finish]');
          await page.keyboard.press('Enter');
        }
        await expect(page.locator('#results-title')).toBeFocused();
        const backFromCheck = `.quiz-results a[href="${modulePath}"]`;
        await expect(page.locator(backFromCheck)).toBeVisible();
        await shot('check-passed');
        await tabTo(page, backFromCheck);
        await page.keyboard.press('Enter');

        // Module 1 passed, every part of its gate met; module 2 is next, and open.
        await expect(page).toHaveURL(new RegExp(`${modulePath}$`));
        await hydrated(page);
        await expect(page.locator('.module-work')).toHaveAttribute('data-state', 'passed');
        await expect(page.locator('.gate-summary')).toHaveAttribute('data-gate-met', 'true');
        const nextModule = `.module-next a[href="${prefix}/course/${second.id}/"]`;
        await expect(page.locator(nextModule)).toBeVisible();
        await shot('module-1-passed');
        await tabTo(page, nextModule);
        await page.keyboard.press('Enter');
        await hydrated(page);
        await expect(page.locator('.module-work')).toHaveAttribute('data-state', 'open');
        await expect(page.locator(`[data-reading="${second.reading[0]}"] a`)).toBeVisible();
        await shot('module-2-open');

        // Home again: the returning trainee's card now goes on with module 2.
        await page.goto(`${prefix}/`);
        await expect(page.locator('.home-start [data-start=resume]')).toHaveAttribute('href', `${prefix}/course/${second.id}/`);
        await expect(page.locator('.home-start [data-start=resume]')).toContainText('2');
        await shot('home-returning');
      });
    });
  }
}
