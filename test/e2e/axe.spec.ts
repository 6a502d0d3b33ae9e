import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, distDir } from './pages';

const pages = builtPages();
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('dist/ holds the built site (at least 2 pages)', () => {
  expect(pages.length, `pages found in ${distDir}: ${pages.join(', ') || 'none'}`).toBeGreaterThanOrEqual(2);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} scheme`, () => {
    for (const url of pages) {
      test(`${url} has no WCAG A/AA violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        const response = await page.goto(url);
        expect(response, `no response for ${url}`).not.toBeNull();
        await page.evaluate(() => document.fonts.ready);

        const results = await new AxeBuilder({ page }).withTags(tags).analyze();
        const report = results.violations
          .map(
            (v) =>
              `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
              v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.failureSummary ?? ''}`.trimEnd()).join('\n'),
          )
          .join('\n');
        expect(results.violations, `axe violations on ${url} (${colorScheme}):\n${report}`).toEqual([]);
      });
    }
  });
}
