/**
 * Page weight benchmark (`npm run bench:weight`, after a build): every byte one page of each
 * kind transfers in Chromium, gzipped, on a first visit and on the next page of the same kind,
 * with the largest files of each first visit. The same figures the e2e spec holds to budget.
 */
import { KB, weightProblems, weightTable } from '../src/build/page-weight';
import { siteWeight } from '../test/e2e/page-weight';
import { withBuiltSite } from './preview';

await withBuiltSite(Number(process.env.E2E_PORT ?? 4397), async (browser, origin) => {
  const rows = await siteWeight(browser, origin);
  console.log(weightTable(rows));
  if (process.argv.includes('--files'))
    for (const row of rows) {
      console.log(`\n${row.kind}`);
      for (const [visit, files] of Object.entries(row.files))
        for (const file of [...files].sort((a, b) => b.gzipBytes - a.gzipBytes))
          console.log(`  ${visit.padEnd(5)} ${(file.gzipBytes / KB).toFixed(1).padStart(6)} KB  ${file.url}`);
    }
  const problems = weightProblems(rows);
  console.log(problems.length ? `\nover budget:\n${problems.map((p) => `  ${p}`).join('\n')}` : '\nevery kind within its budget');
});
