import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { courseModule, type CourseModule } from '../../src/course/schema';
import { fillFigures } from '../../src/engine/figures';
import { ruleById, policy } from '../../src/engine/loaded-policy';
import { PASS_MARK } from '../../src/engine/quiz/settings';
import type { QuizResult } from '../../src/engine/quiz/result';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard';
import { answerByKeyboard } from './quiz-answers';
import { checkSettings } from '../../src/course/status';
import { generateQuiz, quizSettings } from '../../src/engine/quiz';
import { sayBoth } from '../../src/i18n/say-both';

/**
 * The course journeys: module 1 by keyboard, the trainer's unlock link, progress that survives
 * a corrupt store and syncs between tabs, the progress file round trip, and the certificate.
 */

const course: CourseModule[] = (parse(readFileSync('src/content/course.yaml', 'utf8')) as unknown[]).map((m) => courseModule.parse(m));
const [first, second] = course as [CourseModule, CourseModule];
const PROGRESS_KEY = 'casebook:course-progress';
const CASES_KEY = 'casebook:case-results';

/** Waits until the page's islands have hydrated and read the stored progress. */
async function ready(page: Page, selector: string) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator(selector).first()).toBeVisible();
}

/** Replaces the stored value of `key` and loads the page again, as a trainee returning would. */
async function storeAndReload(page: Page, entries: Record<string, string>) {
  await page.evaluate((values) => {
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, entries);
  await page.reload();
}

const downloaded = async (download: Download): Promise<string> => readFileSync((await download.path())!, 'utf8');

test.describe('course', () => {
  test('module 1 by keyboard alone: from the course to its readings, each marked read, to the link of its check', async ({ page }) => {
    await page.goto('/course/');
    await ready(page, '.course-module .state-badge');
    await expect(page.locator(`[data-module=${first.id}] .state-badge`)).toHaveAttribute('data-state', 'open');
    await expect(page.locator(`[data-module=${second.id}] .state-badge`)).toHaveAttribute('data-state', 'locked');
    await tabTo(page, `.course-module a[href="/course/${first.id}/"]`);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/course/${first.id}/$`));
    await ready(page, '.mark-read');

    for (const slug of first.reading) {
      const toggle = `[data-reading="${slug}"] .mark-read`;
      await tabTo(page, toggle);
      await expect(page.locator(toggle)).toHaveText(/^Mark as read:/);
      await page.keyboard.press('Space');
      // The label says what the next press does, and the state is in words beside it.
      await expect(page.locator(toggle)).toHaveText(/^Mark as unread:/);
      await expect(page.locator(`[data-reading="${slug}"] .work-done`)).toHaveText('✓ Read');
    }
    await expect(page.locator('.gate-summary [data-gate=readings]')).toHaveText(`✓ Readings read: ${first.reading.length} of ${first.reading.length}`);
    // Pressed again, the mark comes off, and says so; and back on.
    const last = `[data-reading="${first.reading.at(-1)}"]`;
    await page.keyboard.press('Enter');
    await expect(page.locator(`${last} .mark-read`)).toHaveText(/^Mark as read:/);
    await expect(page.locator(`${last} .work-todo`)).toHaveText('○ Not read yet');
    await page.keyboard.press('Enter');
    await expect(page.locator(`${last} .mark-read`)).toHaveText(/^Mark as unread:/);

    await tabTo(page, '.check-link');
    const href = new URL((await page.locator('.check-link').getAttribute('href'))!, 'http://x');
    expect(href.pathname).toBe('/quiz/');
    expect(href.searchParams.get('module')).toBe(first.id);
    expect(href.searchParams.get('seed')).toBe(`${first.id}-1`);
    await expectNoAxeViolations(page, 'module 1, readings marked');

    // The course page shows the work done, and it is kept.
    await page.goto('/course/');
    await ready(page, '.course-module .state-badge');
    const card = page.locator(`[data-module=${first.id}]`);
    await expect(card.locator('.state-badge')).toHaveAttribute('data-state', 'started');
    await expect(card).toContainText(`${first.reading.length} of ${first.reading.length}`);
  });

  test('module 1 finished by keyboard: its check, a quiz answered from the rules, passes it and, with its readings and cases done, opens module 2', async ({ page }) => {
    const check = generateQuiz(policy, quizSettings(policy, checkSettings(first, 1)!), { say: sayBoth });
    // The readings read and the cases closed, as the handbook and the simulator store them: the check is what is left.
    // Stored from the course page, which banks no time (a module page's last bank on leaving would write over them).
    await page.goto('/course/');
    await ready(page, '.course-module .state-badge');
    await storeAndReload(page, {
      [PROGRESS_KEY]: JSON.stringify({ version: 2, value: { traineeName: '', modules: { [first.id]: { readPages: first.reading, checks: [], timeSpentMs: 0 } } } }),
      [CASES_KEY]: JSON.stringify({
        version: 1,
        value: Object.fromEntries(first.practice.map((id) => [`authored:${id}`, { best: 90, last: 90, at: '2026-03-01T10:00:00.000Z' }])),
      }),
    });
    await page.goto(`/course/${first.id}/`);
    await ready(page, '.check-link');
    await expect(page.locator('.gate-summary [data-gate=readings]')).toHaveClass('work-done');
    await expect(page.locator('.gate-summary [data-gate=practice]')).toHaveClass('work-done');
    await expect(page.locator('.gate-summary [data-gate=check]')).toHaveText('○ Module check not passed yet');
    await tabTo(page, '.check-link');
    await page.keyboard.press('Enter');
    await expect(page.locator('.quiz-module')).toBeVisible();
    for (let i = 0; i < check.items.length; i++) {
      await answerByKeyboard(page, check, i);
      await tabTo(page, i < check.items.length - 1 ? '[data-action=next]' : '[data-action=finish]');
      await page.keyboard.press('Enter');
    }
    await expect(page.locator('#results-title')).toBeFocused();
    await expect(page.locator('.quiz-score')).toContainText(`${check.items.length} of ${check.items.length} right (100%) — passed`);
    await tabTo(page, `.quiz-results a[href="/course/${first.id}/"]`);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/course/${first.id}/$`));
    await page.goto('/course/');
    await ready(page, '.course-module .state-badge');
    await expect(page.locator(`[data-module=${first.id}] .state-badge`)).toHaveAttribute('data-state', 'passed');
    await expect(page.locator(`[data-module=${second.id}] .state-badge`)).toHaveAttribute('data-state', 'open');
  });

  test('a trainer unlock link asks first: only the trainee\'s answer changes the saved setting, and "none" asks to put the order back', async ({ page }) => {
    await page.goto(`/course/${second.id}/`);
    await ready(page, '.module-state .state-badge');
    await expect(page.locator('.module-work')).toHaveAttribute('data-state', 'locked');
    await expect(page.locator('.module-locked a')).toHaveAttribute('href', `/course/${first.id}/`);
    await expect(page.locator('.check-link')).toHaveCount(0);
    await expect(page.locator('.mark-read')).toHaveCount(0);

    // Visiting the link changes nothing by itself: the next page without it is as locked as before.
    await page.goto('/course/?unlock=all');
    await ready(page, '.course-module .state-badge');
    await expect(page.locator('.unlock-question')).toContainText('Open every module in this browser?');
    await expect(page.locator(`[data-module=${second.id}] .state-badge`)).toHaveAttribute('data-state', 'locked');
    await expectNoAxeViolations(page, 'course with an unlock question');
    await page.goto('/course/');
    await ready(page, '.course-module .state-badge');
    await expect(page.locator(`[data-module=${second.id}] .state-badge`)).toHaveAttribute('data-state', 'locked');
    expect(await page.evaluate(() => localStorage.getItem('casebook:course-settings'))).toBeNull();

    // Declined: nothing changes. Accepted by keyboard: every module opens, and stays open.
    await page.goto(`/course/${second.id}/?unlock=all`);
    await ready(page, '.unlock-question');
    await page.getByRole('button', { name: 'Leave it as it is' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Nothing changed' })).toBeVisible();
    await expect(page.locator('.module-work')).toHaveAttribute('data-state', 'locked');
    expect(new URL(page.url()).searchParams.has('unlock')).toBe(false);
    await page.goto('/course/?unlock=all');
    await ready(page, '.unlock-question');
    await tabTo(page, '[data-action=unlock-yes]');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'trainer' })).toBeVisible();
    await expect(page.locator(`[data-module=${second.id}] .state-badge`)).toHaveAttribute('data-state', 'open');
    expect(new URL(page.url()).searchParams.has('unlock')).toBe(false);
    await page.reload();
    await ready(page, '.course-module .state-badge');
    await expect(page.locator(`[data-module=${second.id}] .state-badge`)).toHaveAttribute('data-state', 'open');
    await expect(page.locator('.unlock-question')).toHaveCount(0);

    await page.locator(`.course-module a[href="/course/${second.id}/"]`).click();
    await ready(page, '.check-link');
    await expect(page.locator('.module-work')).toHaveAttribute('data-state', 'open');
    expect(new URL((await page.locator('.check-link').getAttribute('href'))!, 'http://x').searchParams.get('seed')).toBe(`${second.id}-1`);

    // The last module's check is the assessed shift day, from the course's seed.
    const last = course.at(-1)!;
    await page.goto(`/course/${last.id}/`);
    await ready(page, '.check-link');
    expect('shift' in last.check).toBe(true);
    await expect(page.locator('.check-link')).toHaveAttribute('href', `/simulator/shift/?seed=${'shift' in last.check ? last.check.shift : ''}&module=${last.id}`);

    await page.goto('/course/?unlock=none');
    await ready(page, '.unlock-question');
    await expect(page.locator(`[data-module=${second.id}] .state-badge`)).toHaveAttribute('data-state', 'open');
    await page.getByRole('button', { name: 'Put the order back' }).click();
    await expect(page.locator(`[data-module=${second.id}] .state-badge`)).toHaveAttribute('data-state', 'locked');
    await page.goto('/course/?unlock=maybe');
    await ready(page, '.course-module .state-badge');
    await expect(page.getByRole('status').filter({ hasText: 'nothing changed' })).toBeVisible();
    await expect(page.locator('.unlock-question')).toHaveCount(0);
    await expect(page.locator(`[data-module=${second.id}] .state-badge`)).toHaveAttribute('data-state', 'locked');
  });

  const corrupt: { name: string; raw: string; reason: RegExp }[] = [
    { name: 'invalid JSON', raw: '{"version":2,"value":{"traineeName":"Ana"', reason: /damaged/ },
    { name: 'a wrong shape', raw: JSON.stringify({ version: 2, value: { traineeName: 42, modules: [] } }), reason: /expected form/ },
  ];
  for (const { name, raw, reason } of corrupt) {
    test(`stored progress with ${name} is kept aside: the progress page starts clean, says so, and offers the raw data`, async ({ page }) => {
      await page.goto('/progress/');
      await ready(page, '.progress-table');
      await storeAndReload(page, { [PROGRESS_KEY]: raw });
      await ready(page, '.progress-table');
      const notice = page.locator('.storage-notices');
      await expect(notice).toContainText(reason);
      await expect(notice).toContainText('casebook-kept:course-progress:');
      // Started clean: module 1 open, nothing read, no name.
      await expect(page.locator(`tr[data-module=${first.id}] .state-badge`)).toHaveAttribute('data-state', 'open');
      await expect(page.locator('#trainee-name')).toHaveValue('');
      await expectNoAxeViolations(page, `progress page with a notice (${name})`);

      const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download the kept-aside data' }).click()]);
      const text = await downloaded(download);
      expect(text).toContain(JSON.stringify(raw).slice(1, -1));
      const file = JSON.parse(text) as { format: string; entries: { key: string; raw: string }[] };
      expect(file.format).toBe('casebook-kept-aside');
      expect(file.entries.map((e) => e.raw)).toEqual([raw]);
      expect(file.entries[0]!.key).toMatch(/^casebook-kept:course-progress:/);

      // New progress is saved normally beside the kept-aside value.
      await page.locator('#trainee-name').fill('Ana Lopez');
      await page.locator('.name-form button[type=submit]').click();
      await page.reload();
      await ready(page, '.progress-table');
      await expect(page.locator('#trainee-name')).toHaveValue('Ana Lopez');
      await expect(page.locator('.storage-notices')).toHaveCount(0);
    });
  }

  test('stored progress from a newer version stays exactly where it is: the page asks for a reload and saves nothing over it', async ({ page }) => {
    const newer = JSON.stringify({ version: 99, value: { traineeName: 'Ana', modules: {}, badges: ['新'] } });
    await page.goto('/progress/');
    await ready(page, '.progress-table');
    await storeAndReload(page, { [PROGRESS_KEY]: newer });
    await ready(page, '.progress-table');
    const notice = page.locator('.storage-notices');
    await expect(notice).toContainText('newer version');
    await expect(notice.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    await expectNoAxeViolations(page, 'progress page with a newer version');
    await page.locator('#trainee-name').fill('Someone');
    await page.locator('.name-form button[type=submit]').click();
    const stored = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
    expect(stored[PROGRESS_KEY]).toBe(newer);
    expect(Object.keys(stored).filter((k) => k.startsWith('casebook-kept:'))).toEqual([]);
    // The reload button reloads; the value is still there and still said to be newer.
    await notice.getByRole('button', { name: 'Reload the page' }).click();
    await ready(page, '.progress-table');
    await expect(page.locator('.storage-notices')).toContainText('newer version');
    expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(newer);
  });

  test('an older tab never wipes progress a newer version wrote from another tab', async ({ context }) => {
    const [older, newer] = [await context.newPage(), await context.newPage()];
    await older.goto('/progress/');
    await ready(older, '.progress-table');
    await older.locator('#trainee-name').fill('Ana Lopez');
    await older.locator('.name-form button[type=submit]').click();
    await newer.goto('/course/');
    await ready(newer, '.course-module .state-badge');
    const written = JSON.stringify({ version: 3, value: { traineeName: 'Ana Lopez', modules: {}, since: '2026-03-01T09:00:00Z' } });
    await newer.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, written]);

    await expect(older.locator('.storage-notices')).toContainText('newer version');
    // The older tab goes on, and nothing it does reaches the stored value.
    await older.locator('#trainee-name').fill('Changed in the older tab');
    await older.locator('.name-form button[type=submit]').click();
    older.once('dialog', (dialog) => void dialog.accept());
    await older.locator('.reset-progress').click();
    await expect(older.locator('.progress-file-status')).toContainText('reset');
    const stored = await newer.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
    expect(stored[PROGRESS_KEY]).toBe(written);
    expect(Object.keys(stored).filter((k) => k.startsWith('casebook-kept:'))).toEqual([]);
  });

  test('every page keeps its controls and says what happened when every store holds a bad value', async ({ page }) => {
    // One bad value per store, each bad in its own way.
    const poison: Record<string, string> = {
      'casebook:course-progress': '{"version":2,"value":{"traineeName":"Ana"',
      'casebook:course-settings': JSON.stringify({ version: 1, value: { unlocked: 'yes' } }),
      'casebook:case-results': JSON.stringify({ version: 1, value: Array.from({ length: 20_000 }, () => ({ best: 1 })) }),
      'casebook:quiz-history': JSON.stringify({ version: 2, value: [{ quizId: 'q', seed: 's', score: 150 }] }),
      'casebook:quiz-session': JSON.stringify({ version: 99, value: { from: 'a newer Casebook' } }),
      'casebook:paused-quizzes': JSON.stringify({ version: 1, value: [{ params: 'seed=a', answers: {}, current: 0, startedAt: '2026-03-01T09:00:00+99:99' }] }),
      'casebook:review-queue': '{"version":2,"value":{"__proto__":{"polluted":true},"queue":{"version":1,"rules":{}},"updatedAt":null}}',
      'casebook:lrs-queue': JSON.stringify({ version: 0, value: [] }),
    };
    const pages: { url: string; controls: string[] }[] = [
      { url: '/progress/', controls: ['#progress-import', '.export-progress', '.reset-progress', '.progress-table'] },
      { url: '/quiz/', controls: ['.quiz-setup button[type=submit]', '.quiz-setup input[type=text]'] },
      { url: '/course/', controls: ['.course-module .state-badge', `.course-module a[href="/course/${first.id}/"]`] },
    ];
    for (const { url, controls } of pages) {
      await page.goto(url);
      await ready(page, '.site-header, header');
      await page.evaluate((values) => {
        localStorage.clear();
        for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
      }, poison);
      await page.reload();
      await ready(page, controls[0]!);
      for (const control of controls) await expect(page.locator(control).first(), `${url} ${control}`).toBeVisible();
      await expect(page.locator('.storage-notices li').first(), url).toBeVisible();
      await expectNoAxeViolations(page, `${url} with every store poisoned`);
      // Nothing is destroyed: each bad value is kept aside or, the newer one, left where it was.
      const stored = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
      const kept = Object.entries(stored)
        .filter(([k]) => k.startsWith('casebook-kept:'))
        .map(([, v]) => v);
      for (const [key, raw] of Object.entries(poison)) expect(stored[key] === raw || kept.includes(raw), `${url} ${key}`).toBe(true);
    }
  });

  test("a shift day counts as a module check only when it is that module's own assessed day", async ({ page }) => {
    const last = course.at(-1)!;
    const seed = 'shift' in last.check ? last.check.shift : -1;
    page.on('dialog', (dialog) => void dialog.accept());
    for (const url of [`/simulator/shift/?seed=${seed}&module=${first.id}`, `/simulator/shift/?seed=${seed + 1}&module=${last.id}`]) {
      await page.goto(url);
      await ready(page, '#inbox-title');
      await page.locator('[data-action=end-day]').click();
      await expect(page.locator('.shift-dashboard')).toBeVisible();
      // Whatever the day's end loads (the recording included) has loaded and run.
      await page.waitForLoadState('networkidle');
    }
    expect(await page.evaluate(() => localStorage.getItem('casebook:course-progress'))).toBeNull();
    await page.goto('/progress/');
    await ready(page, '.progress-table');
    await expect(page.locator(`tr[data-module=${first.id}] td`).nth(2)).toHaveText('0');
    await expect(page.locator(`tr[data-module=${last.id}] td`).nth(2)).toHaveText('0');

    // The assessed day, ended above under another module's name, now opened as its own module's check.
    await page.goto(`/simulator/shift/?seed=${seed}&module=${last.id}`);
    await ready(page, '.shift-dashboard');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('casebook:course-progress'))).not.toBeNull();
    await page.goto('/progress/');
    await ready(page, '.progress-table');
    await expect(page.locator(`tr[data-module=${last.id}] td`).nth(2)).toHaveText('1');
  });

  test('storage that keeps nothing: the course works in memory and says progress will not be kept', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(`/course/${first.id}/`);
    await ready(page, '.mark-read');
    const toggle = page.locator(`[data-reading="${first.reading[0]}"] .mark-read`);
    await toggle.click();
    await expect(toggle).toHaveAttribute('data-read', 'true');
    await expect(page.locator('.storage-notices')).toContainText('will not be kept');
  });

  test('time on an open module page is counted and shown on the progress page; a locked module counts none', async ({ page }) => {
    await page.clock.install();
    await page.goto(`/course/${first.id}/`);
    await ready(page, '.mark-read');
    await page.clock.fastForward('02:05');
    await page.goto(`/course/${second.id}/`);
    await ready(page, '.module-locked');
    await page.clock.fastForward('03:00');
    await page.goto('/progress/');
    await ready(page, '.progress-table');
    await expect(page.locator(`tr[data-module=${first.id}] td`).last()).toHaveText('2 min');
    await expect(page.locator(`tr[data-module=${second.id}] td`).last()).toHaveText('0 min');
  });

  test('two tabs stay in step: a reading marked in one shows in the other without a reload', async ({ context }) => {
    const [one, two] = [await context.newPage(), await context.newPage()];
    for (const page of [one, two]) {
      await page.goto(`/course/${first.id}/`);
      await ready(page, '.mark-read');
    }
    const slug = first.reading[1]!;
    await one.locator(`[data-reading="${slug}"] .mark-read`).click();
    await expect(two.locator(`[data-reading="${slug}"] .mark-read`)).toHaveAttribute('data-read', 'true');
    await expect(two.locator(`[data-reading="${slug}"] .work-done`)).toBeVisible();
    await two.locator(`[data-reading="${slug}"] .mark-read`).click();
    await expect(one.locator(`[data-reading="${slug}"] .mark-read`)).toHaveAttribute('data-read', 'false');
  });

  test('export, reset (after a confirmation), import: the progress comes back', async ({ page }, testInfo) => {
    await page.goto(`/course/${first.id}/`);
    await ready(page, '.mark-read');
    await page.locator(`[data-reading="${first.reading[0]}"] .mark-read`).click();
    await page.goto('/progress/');
    await ready(page, '.progress-table');
    await page.locator('#trainee-name').fill('王芳');
    await page.locator('#trainee-name').press('Enter');
    await expect(page.locator('.form-status')).not.toBeEmpty();
    const row = page.locator(`tr[data-module=${first.id}]`);
    await expect(row).toContainText(`1 of ${first.reading.length}`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.export-progress').click()]);
    const exported = testInfo.outputPath('progress.json');
    writeFileSync(exported, await downloaded(download));
    expect(JSON.parse(readFileSync(exported, 'utf8'))).toMatchObject({ format: 'casebook-progress', stores: { 'course-progress': { value: { traineeName: '王芳' } } } });

    // Declining the confirmation changes nothing; accepting it resets.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.locator('.reset-progress').click();
    await expect(page.locator('#trainee-name')).toHaveValue('王芳');
    page.once('dialog', (dialog) => {
      expect(dialog.type()).toBe('confirm');
      void dialog.accept();
    });
    await page.locator('.reset-progress').click();
    await expect(page.locator('.progress-file-status')).toContainText('reset');
    await expect(page.locator('#trainee-name')).toHaveValue('');
    await expect(row).toContainText(`0 of ${first.reading.length}`);

    await page.locator('#progress-import').setInputFiles(exported);
    await expect(page.locator('.progress-file-status')).toContainText('progress.json');
    await expect(page.locator('#trainee-name')).toHaveValue('王芳');
    await expect(row).toContainText(`1 of ${first.reading.length}`);
    await page.reload();
    await ready(page, '.progress-table');
    await expect(page.locator('#trainee-name')).toHaveValue('王芳');
  });

  test('a bad progress file is rejected with its reasons and changes nothing', async ({ page }) => {
    await page.goto('/progress/');
    await ready(page, '.progress-table');
    await page.locator('#trainee-name').fill('Ana Lopez');
    await page.locator('.name-form button[type=submit]').click();
    const before = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);

    const bad = {
      format: 'casebook-progress',
      version: 1,
      exportedAt: '2026-03-01T09:00:00Z',
      stores: {
        'course-progress': { version: 2, value: { traineeName: 'Someone else', modules: { [first.id]: { readPages: 'all', checks: [], timeSpentMs: 0 } } } },
        'quiz-history': { version: 7, value: [] },
      },
    };
    await page.locator('#progress-import').setInputFiles({ name: 'tampered.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const problems = page.locator('.progress-file-problems');
    await expect(problems).toContainText('tampered.json');
    await expect(problems).toContainText(`stores.course-progress.value.modules.${first.id}.readPages`);
    await expect(problems).toContainText('stores.quiz-history.version');
    await expect(page.locator('#trainee-name')).toHaveValue('Ana Lopez');
    expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(before);
    await expectNoAxeViolations(page, 'progress page with import problems');

    await page.locator('#progress-import').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
    await expect(problems).toContainText('not valid JSON');
    expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(before);
  });

  test('the certificate shows the name, the date and every module score, and prints alone; the course result exports', async ({ page }) => {
    const scores = course.map((_, i) => Math.min(100, PASS_MARK + i * 2));
    const history: QuizResult[] = course.map((m, i) => ({
      quizId: `check-${m.id}-2`,
      seed: `${m.id}-2`,
      score: scores[i]!,
      passMark: PASS_MARK,
      passed: true,
      startedAt: `2026-03-${String(i + 1).padStart(2, '0')}T09:00:00.000Z`,
      finishedAt: `2026-03-${String(i + 1).padStart(2, '0')}T09:20:00.000Z`,
      items: [{ itemId: `fact-${i}`, kind: 'fact', area: 'messages', rules: ['MSG-1'], correct: i % 2 === 0 }],
    }));
    const progress = {
      traineeName: 'Ana Lopez',
      modules: Object.fromEntries(
        course.map((m, i) => [
          m.id,
          {
            readPages: m.reading,
            checks: [
              { score: PASS_MARK - 10, passed: false, at: `2026-02-20T10:00:00.000Z` },
              { score: scores[i], passed: true, at: history[i]!.finishedAt, quizId: history[i]!.quizId },
            ],
            timeSpentMs: 30 * 60_000,
          },
        ]),
      ),
    };
    await page.goto('/progress/');
    await ready(page, '.progress-table');
    await storeAndReload(page, {
      [PROGRESS_KEY]: JSON.stringify({ version: 2, value: progress }),
      'casebook:quiz-history': JSON.stringify({ version: 2, value: history }),
      [CASES_KEY]: JSON.stringify({
        version: 1,
        value: Object.fromEntries(course.flatMap((m) => m.practice).map((id) => [`authored:${id}`, { best: 90, last: 90, at: '2026-03-01T10:00:00.000Z' }])),
      }),
    });
    await ready(page, '.certificate');
    const certificate = page.locator('.certificate');
    await expect(certificate.locator('.certificate-name')).toHaveText('Ana Lopez');
    // The team's name from team.yaml.
    await expect(certificate.locator('.certificate-team')).toHaveText('Casebook team');
    await expect(certificate.locator('time')).toHaveAttribute('datetime', history.at(-1)!.finishedAt);
    for (const [i, m] of course.entries()) await expect(certificate.locator(`tr[data-module=${m.id}] .score`)).toHaveText(`${scores[i]}%`);
    await expect(page.locator(`tr[data-module=${first.id}] td`).nth(2)).toHaveText('2');
    await expect(page.locator('.missed-rules [data-rule=MSG-1] a')).toHaveAttribute('href', '/rules/MSG-1/');
    await expectNoAxeViolations(page, 'progress page with the certificate');

    await page.emulateMedia({ media: 'print' });
    await expect(certificate).toBeVisible();
    await expect(page.locator('h1')).toBeHidden();
    await expect(page.locator('.progress-table')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    const [resultDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the course result (JSON)' }).click()]);
    const file = JSON.parse(await downloaded(resultDownload)) as {
      kind: string;
      trainee: { name: string };
      modules: { moduleId: string; result: QuizResult }[];
      checksum: string;
    };
    expect(file).toMatchObject({ kind: 'course', trainee: { name: 'Ana Lopez' } });
    expect(file.modules.map((m) => [m.moduleId, m.result.score])).toEqual(course.map((m, i) => [m.id, scores[i]]));
    expect(file.checksum).toMatch(/^[0-9a-f]{64}$/);

    const [xapiDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download xAPI statements' }).click()]);
    const statements = JSON.parse(await downloaded(xapiDownload)) as { verb: { id: string }; object: { definition?: { name?: Record<string, string> } } }[];
    expect(statements[0]!.verb.id).toMatch(/completed$/);
    expect(statements.filter((s) => s.verb.id.endsWith('/passed'))).toHaveLength(course.length);
    // Item names carry the rule's title, put back from the page although the browser's registry has none.
    const answered = statements.find((s) => s.verb.id.endsWith('/answered'))!;
    const msg1 = ruleById.get('MSG-1')!;
    expect(answered.object.definition?.name).toMatchObject({
      'en-US': expect.stringContaining(`${fillFigures(policy, msg1.title.en, msg1.id, 'en')} (MSG-1)`),
      'zh-CN': expect.stringContaining(fillFigures(policy, msg1.title['zh-cn'], msg1.id, 'zh-cn')),
    });
  });
});

test.describe('course pages pass axe in light, dark and at 360 px, in both languages', () => {
  const pages = ['/course/', `/course/${first.id}/`, `/course/${course.at(-1)!.id}/`, '/progress/', '/zh-cn/course/', `/zh-cn/course/${first.id}/`, '/zh-cn/progress/'];
  for (const url of pages) {
    test(url, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(url);
      await ready(page, '.course-page h1');
      await expect(page.locator('.course-module .state-badge, .module-state .state-badge, .progress-table').first()).toBeVisible();
      await expectNoAxeViolations(page, `${url} (light)`);

      await page.setViewportSize({ width: 360, height: 740 });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.reload();
      await ready(page, '.course-page h1');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page.locator('.course-module .state-badge, .module-state .state-badge, .progress-table').first()).toBeVisible();
      await expectNoAxeViolations(page, `${url} (dark, 360 px)`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  }
});
