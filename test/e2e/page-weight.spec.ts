import { expect, test } from '@playwright/test';
import { weightProblems, weightTable } from '../../src/build/page-weight';
import { siteWeight } from './page-weight';

/**
 * Page weight as a browser gets it (src/build/page-weight.ts): one page of each kind, on a first
 * visit and on the next page of the same kind, every byte gzipped, held to the budgets. The table
 * is printed here and by `npm run bench:weight`.
 */
test('no kind of page transfers more than its budget, first visit or next page', async ({ browser, baseURL }) => {
  test.setTimeout(360_000);
  const rows = await siteWeight(browser, baseURL!);
  console.log(`page weight, every byte a page load transfers:\n${weightTable(rows)}`);
  expect(weightProblems(rows)).toEqual([]);
});
