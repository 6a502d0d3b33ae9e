/**
 * Writes a cohort of result files for the trainer page's end-to-end test:
 *   npx tsx scripts/make-cohort-fixtures.ts <folder> [count=50] [broken=3] [seed=cohort]
 * The same arguments always write the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cohortFiles } from '../test/results/fixtures';

const [folder, count = '50', broken = '3', seed = 'cohort'] = process.argv.slice(2);
if (!folder || !/^\d+$/.test(count) || !/^\d+$/.test(broken) || Number(broken) > Number(count)) {
  console.error('usage: npx tsx scripts/make-cohort-fixtures.ts <folder> [count=50] [broken=3] [seed=cohort]');
  process.exit(2);
}

const target = resolve(folder);
mkdirSync(target, { recursive: true });
const files = await cohortFiles(Number(count), Number(broken), seed);
for (const file of files) writeFileSync(join(target, file.name), file.text);
console.log(`${files.length} result files (${broken} broken) written to ${target}`);
