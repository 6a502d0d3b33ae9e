import { expect, test, type Download, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lang } from '../../src/engine/text';
import { stringsWith, t } from '../../src/i18n';
import { fileProblemText } from '../../src/components/trainer/file-problem-text';
import { csvWordsOf } from '../../src/components/trainer/csv-words';
import { ruleTitles } from '../../src/engine/rule-titles';
import { cohortCsv, loadCohort, ruleMissesCsv, type Cohort } from '../../src/results';
import { cohortFiles, validFile } from '../results/fixtures';
import { hostileFile, type HostileKind } from '../results/hostile-files';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard';
import { policy } from '../../src/engine/loaded-policy';

/**
 * The trainer's journey: a folder of 50 result files, 3 of them broken, loaded by keyboard
 * alone. What the page shows and the CSV files it writes are held against what the cohort
 * code makes of the same files in Node.
 */
test.use({ locale: 'en-US', timezoneId: 'Europe/London' });

const FILE_COUNT = 50;
const BROKEN_COUNT = 3;

let folder: string;
let files: { name: string; text: string }[];
let paths: string[];
let expected: Cohort;

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'casebook-cohort-'));
  files = await cohortFiles(FILE_COUNT, BROKEN_COUNT, 'trainer-e2e');
  paths = files.map((file) => {
    writeFileSync(join(folder, file.name), file.text);
    return join(folder, file.name);
  });
  expected = await loadCohort(files);
});

test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The summary line as the page's strings put it, for counts worked out here. */
function summaryText(lang: Lang, loaded: number, rejected: number, duplicates = 0): string {
  const counted = (count: number, key: 'loaded' | 'rejected' | 'duplicates') => t(lang, `trainer.${key}${count === 1 ? 'One' : 'Many'}`).replace('{count}', String(count));
  return [counted(loaded, 'loaded'), counted(rejected, 'rejected'), ...(duplicates ? [counted(duplicates, 'duplicates')] : [])].join(t(lang, 'trainer.separator'));
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('#trainer-files')).toBeVisible();
}

/** Tab to the file input, open the chooser with the keyboard, and pick every file. */
async function chooseByKeyboard(page: Page, chosen: string[]) {
  await tabTo(page, '#trainer-files');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(chosen);
}

const textOf = async (download: Download) => readFileSync((await download.path())!, 'utf8');

/** Downloads by pressing Enter on a button reached by Tab. */
async function downloadByKeyboard(page: Page, selector: string): Promise<Download> {
  await tabTo(page, selector);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return download;
}

test('the fixture cohort is 50 files, 3 of them broken, as the journey below assumes', () => {
  expect(files).toHaveLength(FILE_COUNT);
  expect(expected.rows).toHaveLength(FILE_COUNT - BROKEN_COUNT);
  expect(expected.rejected).toHaveLength(BROKEN_COUNT);
  expect(expected.ruleMisses.length).toBeGreaterThan(1);
});

test('by keyboard: 50 files load as 47 results and 3 rejected files with reasons, the weakest rules first, and both CSV files', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page, '/trainer/');
  await expect(page.locator('#trainer-summary')).toHaveText(t('en', 'trainer.empty'));
  await chooseByKeyboard(page, paths);

  await expect(page.locator('#trainer-summary')).toHaveText(summaryText('en', expected.rows.length, expected.rejected.length));
  await expect(page.locator('#trainer-summary')).toHaveText('47 results loaded, 3 files rejected');

  // The table: every good file once, in the cohort's order, passed or not as a word and a symbol.
  const rows = page.locator('#trainer-cohort tbody tr');
  await expect(rows).toHaveCount(FILE_COUNT - BROKEN_COUNT);
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-file')))).toEqual(expected.rows.map((row) => row.fileName));
  const results = await page.locator('#trainer-cohort tbody td[data-passed]').allTextContents();
  expect(results).toEqual(expected.rows.map((row) => (row.passed ? `✓ ${t('en', 'trainer.passed')}` : `✕ ${t('en', 'trainer.failed')}`)));
  await expect(page.locator('#trainer-cohort caption')).toHaveText(t('en', 'trainer.cohortCaption'));

  // Each broken file: its name and the reasons in words.
  const rejected = page.locator('.rejected-file');
  await expect(rejected).toHaveCount(BROKEN_COUNT);
  for (const file of expected.rejected) {
    const item = rejected.filter({ has: page.locator('.file-name', { hasText: file.name }) });
    await expect(item.locator('.rejected-reasons')).toHaveText(
      file.kinds.map((kind) => fileProblemText(kind, stringsWith('en', 'trainer.'))).join(t('en', 'trainer.separator')),
    );
    await expect(item.locator('.rejected-reasons')).not.toBeEmpty();
  }

  // The rule table: weakest first, each ID linked to its rule page.
  const ruleRows = page.locator('#trainer-rules tbody tr');
  await expect(ruleRows).toHaveCount(expected.ruleMisses.length);
  const rates = (await ruleRows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-rate')))).map(Number);
  rates.forEach((rate, i) => i > 0 && expect(rate, `rate of row ${i + 1}`).toBeLessThanOrEqual(rates[i - 1]!));
  expect(rates[0]).toBeGreaterThan(rates.at(-1)!);
  const weakest = expected.ruleMisses[0]!.rule;
  await expect(ruleRows.first().getByRole('link', { name: weakest })).toHaveAttribute('href', `/rules/${weakest}/`);

  // The cohort CSV: a byte-order mark, a header and 47 lines, the same file the cohort code writes.
  const cohortDownload = await downloadByKeyboard(page, '#trainer-download-cohort');
  expect(cohortDownload.suggestedFilename()).toMatch(/^casebook-cohort-\d{4}-\d{2}-\d{2}\.csv$/);
  const cohort = await textOf(cohortDownload);
  expect(cohort.startsWith('\uFEFF')).toBe(true);
  expect(
    cohort
      .slice(1)
      .split('\r\n')
      .filter((line) => line !== ''),
  ).toHaveLength(1 + FILE_COUNT - BROKEN_COUNT);
  expect(cohort.slice(1)).toBe(cohortCsv(expected.rows, 'en', csvWordsOf(stringsWith('en', 'trainer.'))));

  // The rule-miss CSV: rule titles included, though the browser's registry has none.
  const rulesDownload = await downloadByKeyboard(page, '#trainer-download-rules');
  expect(rulesDownload.suggestedFilename()).toMatch(/^casebook-rule-misses-\d{4}-\d{2}-\d{2}\.csv$/);
  const ruleCsv = await textOf(rulesDownload);
  expect(ruleCsv.startsWith('\uFEFF')).toBe(true);
  expect(ruleCsv.slice(1)).toBe(ruleMissesCsv(expected.ruleMisses, csvWordsOf(stringsWith('en', 'trainer.')), ruleTitles(policy, 'en')));

  await expectNoAxeViolations(page, 'trainer page with a cohort loaded');
});

test('dropped files join the cohort, the same files again count as duplicates, and clear empties it', async ({ page }) => {
  await open(page, '/trainer/');
  await page.locator('#trainer-files').setInputFiles(paths);
  await expect(page.locator('#trainer-summary')).toHaveText(summaryText('en', expected.rows.length, expected.rejected.length));

  // Dropped: one result new to the cohort, and a copy of a loaded one under another name.
  const extra = await validFile('trainer-e2e-late', 0);
  const loadedName = expected.rows[0]!.fileName;
  const dropped = [
    { name: `late-${extra.name}`, text: extra.text },
    { name: `copy-of-${loadedName}`, text: files.find((file) => file.name === loadedName)!.text },
  ];
  await page.locator('.drop-zone').evaluate((zone, toDrop) => {
    const transfer = new DataTransfer();
    for (const file of toDrop) transfer.items.add(new File([file.text], file.name, { type: 'application/json' }));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, dropped);
  const afterDrop = await loadCohort([...files, ...dropped]);
  expect(afterDrop.rows).toHaveLength(expected.rows.length + 1);
  expect(afterDrop.duplicates).toHaveLength(1);
  await expect(page.locator('#trainer-summary')).toHaveText(summaryText('en', afterDrop.rows.length, afterDrop.rejected.length, 1));
  await expect(page.locator('#trainer-cohort tbody tr')).toHaveCount(afterDrop.rows.length);

  // The whole folder chosen again: nothing new, every file a duplicate, each broken file still listed once.
  await chooseByKeyboard(page, paths);
  await expect(page.locator('#trainer-summary')).toHaveText(summaryText('en', afterDrop.rows.length, afterDrop.rejected.length, 1 + FILE_COUNT));
  await expect(page.locator('.rejected-file')).toHaveCount(BROKEN_COUNT);
  await expect(page.locator('.duplicate-files li')).toHaveCount(1 + FILE_COUNT);

  await tabTo(page, '#trainer-clear');
  await page.keyboard.press('Enter');
  await expect(page.locator('#trainer-summary')).toHaveText(t('en', 'trainer.empty'));
  await expect(page.locator('#trainer-cohort, #trainer-rules, .rejected-file')).toHaveCount(0);
  await expect(page.locator('#trainer-files')).toBeFocused();
});

test('dark, 360 px: axe passes and nothing overflows sideways with the cohort loaded', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, '/trainer/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.locator('#trainer-files').setInputFiles(paths);
  await expect(page.locator('#trainer-cohort tbody tr')).toHaveCount(expected.rows.length);
  await page
    .locator('.rejected-file details')
    .first()
    .evaluate((details) => ((details as HTMLDetailsElement).open = true));
  await page.evaluate(() => document.fonts.ready);
  await expectNoAxeViolations(page, 'trainer page (dark, 360 px)');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('the Chinese page: a Chinese label, summary, reasons and CSV, and axe passes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page, '/zh-cn/trainer/');
  await expect(page.getByLabel(t('zh-cn', 'trainer.filesLabel'))).toBeVisible();
  await chooseByKeyboard(page, paths);
  await expect(page.locator('#trainer-summary')).toHaveText(summaryText('zh-cn', expected.rows.length, expected.rejected.length));
  const reasons = await page.locator('.rejected-reasons').allTextContents();
  expect(reasons.sort()).toEqual(
    expected.rejected.map((file) => file.kinds.map((kind) => fileProblemText(kind, stringsWith('zh-cn', 'trainer.'))).join(t('zh-cn', 'trainer.separator'))).sort(),
  );
  await expect(page.locator('#trainer-cohort tbody td[data-passed]').first()).toContainText(/通过/);
  const weakest = expected.ruleMisses[0]!.rule;
  await expect(page.locator('#trainer-rules tbody tr').first().getByRole('link', { name: weakest })).toHaveAttribute('href', `/zh-cn/rules/${weakest}/`);

  const ruleCsv = await textOf(await downloadByKeyboard(page, '#trainer-download-rules'));
  expect(ruleCsv.slice(1)).toBe(ruleMissesCsv(expected.ruleMisses, csvWordsOf(stringsWith('zh-cn', 'trainer.')), ruleTitles(policy, 'zh-cn')));
  await expectNoAxeViolations(page, 'Chinese trainer page with a cohort loaded');
});

test('bad files among good ones (a +99:99 offset, nesting 200,000 deep, over 5 MB): the good ones are shown and each bad one is named, on both pages', async ({ page }) => {
  const good = await cohortFiles(6, 0, 'trainer-e2e-hostile');
  const kinds: HostileKind[] = ['offset-out-of-range', 'nested-200k', 'over-size-limit'];
  const bad = await Promise.all(kinds.map(async (kind, i) => hostileFile(kind, await validFile('trainer-e2e-hostile-bad', i, 'quiz'))));
  const hostileFolder = mkdtempSync(join(tmpdir(), 'casebook-hostile-'));
  try {
    const chosen = [...good.slice(0, 3), ...bad, ...good.slice(3)].map((file) => {
      writeFileSync(join(hostileFolder, file.name), file.text);
      return join(hostileFolder, file.name);
    });
    const cohort = await loadCohort([...good, ...bad]);
    expect(cohort.rows).toHaveLength(good.length);
    expect(cohort.rejected.map((file) => file.kinds)).toEqual([['invalid'], ['too-deep'], ['too-large']]);

    for (const lang of ['en', 'zh-cn'] as const) {
      await open(page, lang === 'en' ? '/trainer/' : '/zh-cn/trainer/');
      await page.locator('#trainer-files').setInputFiles(chosen);
      await expect(page.locator('#trainer-summary')).toHaveText(summaryText(lang, good.length, bad.length));
      const rows = page.locator('#trainer-cohort tbody tr');
      await expect(rows).toHaveCount(good.length);
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-file')))).toEqual(cohort.rows.map((row) => row.fileName));
      const rejected = page.locator('.rejected-file');
      await expect(rejected).toHaveCount(bad.length);
      for (const file of cohort.rejected) {
        const item = rejected.filter({ has: page.locator('.file-name', { hasText: file.name }) });
        await expect(item.locator('.rejected-reasons')).toHaveText(
          file.kinds.map((kind) => fileProblemText(kind, stringsWith(lang, 'trainer.'))).join(t(lang, 'trainer.separator')),
        );
      }
      await expect(page.locator('#trainer-rules tbody tr').first()).toBeVisible();
    }
  } finally {
    rmSync(hostileFolder, { recursive: true, force: true });
  }
});
