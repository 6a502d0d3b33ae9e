import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { generateQuiz, settingsFromParams, type Quiz } from '../../src/engine/quiz';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard';
import { answerByKeyboard as answerKeys } from './quiz-answers';
import { policy } from '../../src/engine/loaded-policy';
import { sayBoth, sayIn } from '../../src/i18n/say-both';

/** A quiz link, and the quiz the engine makes of it: the test knows the right answers the same way the page does. */
const link = 'seed=e2e-keys&count=5&difficulty=1&platform=both&feedback=each&kinds=fact,fix-reply';
const read = settingsFromParams(policy, new URLSearchParams(link));
if ('problems' in read) throw new Error(read.problems.join('; '));
const quiz: Quiz = generateQuiz(policy, read.settings, { say: sayBoth });
/** Another quiz: a link to it while the first is in progress must not replace it. */
const other = 'seed=e2e-other&count=5&difficulty=1&platform=both&feedback=end&kinds=fact';

async function opened(page: Page) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('.quiz-player, .quiz-setup, .quiz-results, .quiz-conflict, .quiz-elsewhere').first()).toBeVisible();
}

async function freshQuiz(page: Page) {
  await page.goto(`/quiz/?${link}`);
  await opened(page);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await opened(page);
}

const answerByKeyboard = (page: Page, index: number) => answerKeys(page, quiz, index);

test.describe('quiz', () => {
  test('a quiz by keyboard alone: every answer checked as it goes, then the result, the review and the history', async ({ page }) => {
    await freshQuiz(page);
    await expectNoAxeViolations(page, 'quiz question');
    for (let i = 0; i < quiz.items.length; i++) {
      await answerByKeyboard(page, i);
      await tabTo(page, '[data-action=check]');
      await page.keyboard.press('Enter');
      await expect(page.locator('.quiz-verdict')).toContainText('✓ Right.');
      // Why, in the page's words (a fix-the-reply item's: the reply checker's explanations, from the catalog the page hands its island).
      await expect(page.locator('.quiz-verdict')).toContainText(sayIn('en', quiz.items[i]!.explanation));
      if (i === 0) await expectNoAxeViolations(page, 'quiz feedback');
      if (i < quiz.items.length - 1) {
        await tabTo(page, '[data-action=next]');
        await page.keyboard.press('Enter');
        await expect(page.locator('#quiz-item-title')).toBeFocused();
      }
    }
    await tabTo(page, '[data-action=finish]');
    await page.keyboard.press('Enter');
    await expect(page.locator('#results-title')).toBeFocused();
    await expect(page.locator('.quiz-score')).toContainText(`${quiz.items.length} of ${quiz.items.length} right (100%) — passed`);
    await expect(page.locator('.quiz-review > li')).toHaveCount(quiz.items.length);
    await expect(page.locator('.history-chart svg')).toBeVisible();
    await expectNoAxeViolations(page, 'quiz results');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await page.setViewportSize({ width: 360, height: 740 });
    await expectNoAxeViolations(page, 'quiz results, dark, 360 px');
  });

  test('a reload in the middle resumes at the same question with the answers given', async ({ page }) => {
    await freshQuiz(page);
    await answerByKeyboard(page, 0);
    await page.getByRole('button', { name: 'Next' }).click();
    await answerByKeyboard(page, 1);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('.quiz-status')).toContainText('Question 3 of 5');
    await page.reload();
    await opened(page);
    await expect(page.locator('.quiz-status')).toContainText('Question 3 of 5');
    await expect(page.locator('.quiz-status')).toContainText('2 answered');
    await page.getByRole('button', { name: 'Previous' }).click();
    const second = quiz.items[1]!;
    const answered = second.options.findIndex((o) => o.id === second.answer[0]);
    await expect(page.locator('.quiz-options input').nth(answered)).toBeChecked();
  });

  test('a time limit ends the quiz when it runs out, counting what was answered', async ({ page }) => {
    // The page's clock stands still except when the test moves it (its timers still run),
    // so a busy machine cannot eat into the minute.
    const start = Date.parse('2026-11-23T10:00:00Z');
    await page.clock.setFixedTime(start);
    await freshQuiz(page);
    await page.goto(`/quiz/?${link}&time=1`);
    // Another quiz than the one in progress: the page asks before starting it.
    await page.getByRole('button', { name: 'Start the new quiz' }).click();
    await opened(page);
    await expect(page.getByRole('timer')).toContainText('1:00');
    await answerByKeyboard(page, 0);
    await page.clock.setFixedTime(start + 30_000);
    await expect(page.getByRole('timer')).toContainText('0:30');
    await page.clock.setFixedTime(start + 61_000);
    await expect(page.locator('#results-title')).toBeFocused();
    await expect(page.locator('.quiz-score')).toContainText(`1 of ${quiz.items.length} right (${Math.round(100 / quiz.items.length)}%) — not passed`);
  });

  test('the result travels as a checksummed file and as xAPI statements, once the trainee gives a name', async ({ page }) => {
    await freshQuiz(page);
    page.on('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Finish the quiz' }).click();
    await expect(page.locator('.quiz-score')).toContainText(`0 of ${quiz.items.length} right (0%) — not passed`);
    await page.getByRole('button', { name: 'Download the result file' }).click();
    await expect(page.locator('#trainee-name')).toBeFocused();
    await expect(page.locator('#name-problem')).toBeVisible();
    await page.locator('#trainee-name').fill('Li Wei');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the result file' }).click()]);
    const saved = JSON.parse(readFileSync((await file.path())!, 'utf8'));
    expect(saved).toMatchObject({ format: 'casebook-result', kind: 'quiz', trainee: { name: 'Li Wei' }, result: { score: 0, passed: false } });
    expect(saved.checksum).toMatch(/^[0-9a-f]{64}$/);
    const [xapi] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download xAPI statements' }).click()]);
    const statements = JSON.parse(readFileSync((await xapi.path())!, 'utf8'));
    expect(statements[0]).toMatchObject({ actor: { name: 'Li Wei' }, verb: { id: 'http://adlnet.gov/expapi/verbs/failed' }, result: { success: false } });
    expect(statements).toHaveLength(1 + quiz.items.length);
  });

  test('a broken link’s problems are said in the page’s language, each naming its parameter', async ({ page }) => {
    await page.goto('/zh-cn/quiz/?seed=a&seed=b&count=99&cout=3');
    await opened(page);
    const items = page.getByRole('alert').first().getByRole('listitem');
    await expect(items).toHaveText(['seed：出现了不止一次', 'cout：不是测验链接的参数', 'count：不是这个参数可以取的值']);
  });

  test('the setup form by keyboard gives a quiz link, and a broken link lists every problem', async ({ page }) => {
    await page.goto('/quiz/?seed=&cout=3');
    await opened(page);
    await expect(page.getByRole('alert').first()).toContainText('cout: not a parameter of a quiz link');
    // An empty seed breaks two of its rules; the page says so once.
    await expect(page.getByRole('alert').first().getByRole('listitem')).toHaveText(['cout: not a parameter of a quiz link', 'seed: not a value this parameter takes']);
    await expectNoAxeViolations(page, 'quiz setup with a broken link');
    await tabTo(page, '.quiz-setup input[type=checkbox]');
    await page.keyboard.press('Space'); // the first topic
    await tabTo(page, '.quiz-setup input[type=text]');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('cohort-7');
    await expect(page.locator('.quiz-link a')).toContainText('seed=cohort-7');
    await tabTo(page, '.quiz-setup button[type=submit]');
    await page.keyboard.press('Enter');
    await expect(page.locator('#quiz-item-title')).toBeFocused();
    expect(new URL(page.url()).searchParams.get('seed')).toBe('cohort-7');
    expect(new URL(page.url()).searchParams.get('areas')).toBe('health');
  });

  test('an unreadable saved quiz is kept aside, the trainee is told, and can download it', async ({ page }) => {
    await page.goto('/quiz/');
    await opened(page);
    await page.evaluate(() => localStorage.setItem('casebook:quiz-session', '{"version":2,"value":{"params":'));
    await page.goto(`/quiz/?${link}`);
    await opened(page);
    const notice = page.locator('.storage-notices');
    await expect(notice).toContainText('damaged');
    await expect(notice).toContainText('casebook-kept:quiz-session:');
    await expect(page.locator('.quiz-player')).toBeVisible();
    const [file] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download the kept-aside data' }).click()]);
    expect(readFileSync((await file.path())!, 'utf8')).toContain('{\\"version\\":2,\\"value\\":{\\"params\\":');
    await expectNoAxeViolations(page, 'quiz with a storage notice');
  });

  test('a second quiz link never replaces the quiz in progress: it asks, and the first stays resumable from /quiz/', async ({ page }) => {
    await freshQuiz(page);
    await answerByKeyboard(page, 0);
    await expect(page.locator('.quiz-status')).toContainText('1 answered');

    // Resume: the quiz in progress comes back as it was.
    await page.goto(`/quiz/?${other}`);
    await opened(page);
    await expect(page.locator('#quiz-conflict-title')).toBeFocused();
    await expect(page.locator('.quiz-player')).toHaveCount(0);
    await expect(page.locator('.quiz-conflict')).toContainText('Quiz e2e-keys');
    await expect(page.locator('.quiz-conflict')).toContainText('Quiz e2e-other');
    await expectNoAxeViolations(page, 'quiz: a second quiz link');
    await tabTo(page, '[data-action=resume-current]');
    await page.keyboard.press('Enter');
    await expect(page.locator('.quiz-status')).toContainText('1 answered');
    expect(new URL(page.url()).searchParams.get('seed')).toBe('e2e-keys');

    // Start the new one: the first is set aside with its answer.
    await page.goto(`/quiz/?${other}`);
    await opened(page);
    await page.getByRole('button', { name: 'Start the new quiz' }).click();
    await expect(page.locator('.quiz-status')).toContainText('0 answered');
    expect(new URL(page.url()).searchParams.get('seed')).toBe('e2e-other');

    await page.goto('/quiz/');
    await opened(page);
    const underway = page.locator('.quizzes-underway');
    await expect(underway.locator('[data-state=current]')).toContainText('Quiz e2e-other');
    await expect(underway.locator('[data-state=paused]')).toContainText('Quiz e2e-keys');
    await expect(underway.locator('[data-state=paused]')).toContainText(`1 of ${quiz.items.length} answered`);
    await expectNoAxeViolations(page, 'quiz page with quizzes under way');
    await underway.locator('[data-state=paused] [data-action=resume]').click();
    await expect(page.locator('.quiz-status')).toContainText('1 answered');
    expect(new URL(page.url()).searchParams.get('seed')).toBe('e2e-keys');

    // The swap kept the other one in turn.
    await page.goto('/quiz/');
    await opened(page);
    await expect(underway.locator('[data-state=current]')).toContainText('Quiz e2e-keys');
    await expect(underway.locator('[data-state=paused]')).toContainText('Quiz e2e-other');
  });

  test('a quiz replaced from another tab says so instead of hanging, and can be taken back there', async ({ context }) => {
    const [one, two] = [await context.newPage(), await context.newPage()];
    await freshQuiz(one);
    await answerByKeyboard(one, 0);
    await two.goto(`/quiz/?${other}`);
    await opened(two);
    await two.getByRole('button', { name: 'Start the new quiz' }).click();
    await expect(two.locator('.quiz-player')).toBeVisible();

    const elsewhere = one.locator('.quiz-elsewhere');
    await expect(elsewhere).toContainText('set it aside');
    await expect(one.locator('.quiz-loading')).toHaveCount(0);
    await expectNoAxeViolations(one, 'quiz replaced in another tab');
    await elsewhere.getByRole('button', { name: 'Resume this quiz here' }).click();
    await expect(one.locator('.quiz-status')).toContainText('1 answered');
    // Now the other tab is the one told.
    await expect(two.locator('.quiz-elsewhere')).toContainText('set it aside');
  });

  test('a link naming a course module does not make a quiz that module’s check', async ({ page }) => {
    await freshQuiz(page);
    await page.goto(`/quiz/?${link}&module=orientation`);
    await opened(page);
    await expect(page.locator('.quiz-not-check')).toContainText('not that module’s check');
    await expect(page.locator('.quiz-module')).toHaveCount(0);
    page.on('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Finish the quiz' }).click();
    await expect(page.locator('.quiz-score')).toBeVisible();
    const progress = await page.evaluate(() => localStorage.getItem('casebook:course-progress'));
    expect(progress === null ? {} : JSON.parse(progress).value.modules).toEqual({});
  });
});
