import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulator } from '../../src/engine';
import type { ItemOutcome, QuizResult } from '../../src/engine/quiz/result';
import { loadCohort, readResultFile, writeResultFile, type ResultFile } from '../../src/results';
import { cohortFiles } from './fixtures';

const parsed = async (files: { text: string }[]): Promise<ResultFile[]> =>
  (await Promise.all(files.map((file) => readResultFile(file.text)))).flatMap((read) => (read.ok ? [read.file] : []));

const itemsOf = (file: ResultFile): ItemOutcome[] => (file.kind === 'quiz' ? file.result.items : file.modules.flatMap((module) => module.result.items));

describe('a cohort of result files', () => {
  it('50 files with 3 broken: 47 rows, and the 3 rejected, each with its reason', async () => {
    const files = await cohortFiles(50, 3, 'e2e');
    const cohort = await loadCohort(files);
    expect(cohort.rows).toHaveLength(47);
    expect(cohort.rejected).toHaveLength(3);
    expect(cohort.rejected.map((file) => file.kinds).sort()).toEqual([['edited'], ['invalid'], ['not-json']]);
    for (const file of cohort.rejected) expect(file.problems.length).toBeGreaterThan(0);
    expect([...cohort.rows.map((row) => row.fileName), ...cohort.rejected.map((file) => file.name)].sort()).toEqual(files.map((file) => file.name).sort());
    expect(new Set(files.map((file) => file.name)).size).toBe(files.length);
    expect(cohort.duplicates).toEqual([]);
  });

  it('the same files in any order give the same rows and miss rates', async () => {
    const files = await cohortFiles(12, 2, 'order');
    const first = await loadCohort(files);
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (seed) => {
        const random = simulator.mulberry32(seed);
        const shuffled = files
          .map((file) => ({ file, key: random() }))
          .sort((a, b) => a.key - b.key)
          .map(({ file }) => file);
        const again = await loadCohort(shuffled);
        expect(again.rows).toEqual(first.rows);
        expect(again.ruleMisses).toEqual(first.ruleMisses);
      }),
      { numRuns: 10 },
    );
  });

  it('rows carry the file’s trainee, score, pass and time', async () => {
    const files = await cohortFiles(10, 0, 'rows');
    const cohort = await loadCohort(files);
    for (const row of cohort.rows) {
      const read = await readResultFile(files.find((file) => file.name === row.fileName)!.text);
      if (!read.ok) throw new Error('fixture did not read');
      const { file } = read;
      expect(row.trainee).toBe(file.trainee.name);
      expect(row.durationMs).toBe(file.durationMs);
      if (file.kind === 'quiz')
        expect([row.quizId, row.score, row.passed, row.finishedAt]).toEqual([file.result.quizId, file.result.score, file.result.passed, file.result.finishedAt]);
      else expect(row.passed).toBe(file.modules.every((module) => module.result.passed));
    }
  });

  it('a file dropped twice is loaded once and reported', async () => {
    const files = await cohortFiles(6, 0, 'twice');
    const once = await loadCohort(files);
    const twice = await loadCohort([...files, { name: 'copy of the first.json', text: files[0]!.text }]);
    expect(twice.rows).toEqual(once.rows);
    expect(twice.ruleMisses).toEqual(once.ruleMisses);
    expect(twice.duplicates).toEqual([{ name: 'copy of the first.json', sameAs: files[0]!.name }]);
  });

  it('miss rates: counted over every item of every file, weakest first', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 8 }), fc.integer({ min: 1, max: 12 }), async (seed, count) => {
        const files = await cohortFiles(count, 0, seed);
        const { ruleMisses } = await loadCohort(files);
        const items = (await parsed(files)).flatMap(itemsOf);
        const tested = new Set(items.flatMap((item) => item.rules));
        expect(ruleMisses.map((miss) => miss.rule).sort()).toEqual([...tested].sort());
        for (const miss of ruleMisses) {
          const about = items.filter((item) => item.rules.includes(miss.rule));
          expect(miss.answered).toBe(about.length);
          expect(miss.missed).toBe(about.filter((item) => !item.correct).length);
          expect(miss.rate).toBe(miss.missed / miss.answered);
        }
        for (let i = 1; i < ruleMisses.length; i++) {
          const [a, b] = [ruleMisses[i - 1]!, ruleMisses[i]!];
          expect(
            a.rate > b.rate || (a.rate === b.rate && (a.answered > b.answered || (a.answered === b.answered && a.rule.localeCompare(b.rule, 'en', { numeric: true }) < 0))),
          ).toBe(true);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('ties are broken by answers, then by rule ID in number order', async () => {
    // RET-1: 2 of 2 missed. RET-3: 2 of 4. RET-4: 1 of 2. RET-10 and RET-2: 0 of 1 each. RET-5 listed twice on one item: once.
    const item = (rules: string[], correct: boolean, n: number): ItemOutcome => ({ itemId: `i${n}`, kind: 'fact', area: 'returns', rules, correct });
    const items = [
      item(['RET-1', 'RET-3'], false, 1),
      item(['RET-1', 'RET-3'], false, 2),
      item(['RET-3'], true, 3),
      item(['RET-3', 'RET-4'], true, 4),
      item(['RET-4'], false, 5),
      item(['RET-10'], true, 6),
      item(['RET-2', 'RET-5', 'RET-5'], true, 7),
    ];
    const result: QuizResult = {
      quizId: 'q',
      seed: 's',
      score: 42,
      passMark: 80,
      passed: false,
      startedAt: '2026-03-02T09:00:00Z',
      finishedAt: '2026-03-02T09:10:00Z',
      items,
    };
    const file = await writeResultFile(
      { kind: 'quiz', trainee: { name: 'Ana' }, title: { en: 'Returns', 'zh-cn': '退货' }, durationMs: 600_000, result },
      '2026-03-02T09:11:00Z',
    );
    const { ruleMisses } = await loadCohort([file]);
    expect(ruleMisses.map(({ rule, missed, answered }) => [rule, missed, answered])).toEqual([
      ['RET-1', 2, 2],
      ['RET-3', 2, 4],
      ['RET-4', 1, 2],
      ['RET-2', 0, 1],
      ['RET-5', 0, 1],
      ['RET-10', 0, 1],
    ]);
  });

  it('no files, or only bad ones: an empty table, nothing thrown', async () => {
    expect(await loadCohort([])).toEqual({ rows: [], rejected: [], duplicates: [], ruleMisses: [] });
    const bad = await loadCohort([{ name: 'notes.txt', text: 'hello' }]);
    expect(bad.rows).toEqual([]);
    expect(bad.rejected).toEqual([{ name: 'notes.txt', kinds: ['not-json'], problems: [expect.any(String)] }]);
  });
});
