import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/components/case-clock/duration';
import { checksumOf, loadCohort, readResultFile, writeResultFile, type ReadResult, type WrittenFile } from '../../src/results';
import { fileProblemText } from '../../src/components/trainer/file-problem-text';
import { stringsWith } from '../../src/i18n';
import { acceptedValueProblems, hostileText, mutated, mutationsOf } from './hostile-json';
import { nowArbitrary, resultInputArbitrary } from './result-arbitrary';

/**
 * The result-file reader and the cohort, fed valid files with hostile changes: neither ever
 * throws; a file is either read, and then holds nothing the page cannot show, or refused with
 * its reasons. Half the changed files are signed again, as a hand that knows the checksum would.
 */

const withoutChecksum = (value: unknown): unknown => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const { checksum: _old, ...rest } = value as Record<string, unknown>;
  return rest;
};

/** A changed file, maybe signed again; unchanged when `mutate` is false, so valid files stay in the mix. */
const hostileResultFile: fc.Arbitrary<Promise<{ text: string; changed: boolean }>> = fc
  .tuple(resultInputArbitrary, nowArbitrary, fc.boolean(), fc.boolean(), fc.nat())
  .map(async ([input, now, mutate, resign, seed]) => {
    const written = await writeResultFile(input, now);
    if (!mutate) return { text: written.text, changed: false };
    const doc = JSON.parse(written.text) as unknown;
    const [mutations] = fc.sample(mutationsOf(doc), { numRuns: 1, seed });
    let changed = mutated(doc, mutations!);
    if (resign && changed !== null && typeof changed === 'object' && !Array.isArray(changed)) {
      const content = withoutChecksum(changed);
      // A file with text written raw (1e999, deep brackets) is signed over its placeholders: it fails either way.
      changed = { ...(content as object), checksum: await checksumOf(content) };
    }
    return { text: hostileText(changed), changed: true };
  });

function expectWellFormed(read: ReadResult): void {
  if (read.ok) {
    expect(acceptedValueProblems(read.file)).toEqual([]);
    return;
  }
  expect(read.kinds.length).toBeGreaterThan(0);
  for (const kind of read.kinds) expect(fileProblemText(kind, stringsWith('en', 'trainer.'))).toMatch(/\S/);
  expect(read.problems.length).toBeGreaterThan(0);
  for (const problem of read.problems) expect(problem).toMatch(/\S/);
}

describe('hostile result files', () => {
  it('the reader never throws: it reads a valid file, and reads or refuses a changed one', async () => {
    await fc.assert(
      fc.asyncProperty(hostileResultFile, async (made) => {
        const { text, changed } = await made;
        const read = await readResultFile(text);
        expectWellFormed(read);
        if (!changed) expect(read.ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('the cohort never throws: every file is a row, a duplicate or named as rejected, and every row can be shown', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileResultFile, { minLength: 1, maxLength: 6 }), async (made) => {
        const files: WrittenFile[] = (await Promise.all(made)).map(({ text }, i) => ({ name: `file-${i}.json`, text }));
        const cohort = await loadCohort(files);
        const named = [...cohort.rows.map((row) => row.fileName), ...cohort.rejected.map((file) => file.name), ...cohort.duplicates.map((file) => file.name)];
        expect(named.sort()).toEqual(files.map((file) => file.name).sort());
        for (const file of cohort.rejected) expectWellFormed({ ok: false, kinds: file.kinds, problems: file.problems });
        for (const row of cohort.rows) {
          expect(acceptedValueProblems(row)).toEqual([]);
          for (const locale of ['en', 'zh-CN']) new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(row.finishedAt));
          expect(formatDuration(row.durationMs, 'zh-cn', stringsWith('zh-cn', 'duration.'))).not.toMatch(/NaN|Infinity|e\+/);
          expect(row.score).toBeGreaterThanOrEqual(0);
          expect(row.score).toBeLessThanOrEqual(100);
        }
        for (const miss of cohort.ruleMisses) expect(miss.rate).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 60 },
    );
  }, 180_000);
});
