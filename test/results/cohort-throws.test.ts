import { describe, expect, it, vi } from 'vitest';
import { checksumOf, loadCohort } from '../../src/results';
import { cohortFiles, validFile } from './fixtures';

/**
 * A throw anywhere in reading or summarising one file names that file among the rejected and
 * leaves the others: here the checksum and the outcome of one chosen file are made to throw, as
 * a bug or an unforeseen input would.
 */

const THROW_ON = vi.hoisted(() => ({ checksumTrainee: 'Checksum Thrower', outcomeQuiz: 'quiz-outcome-thrower' }));

vi.mock('../../src/results/checksum', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/results/checksum')>();
  return {
    checksumOf: async (value: unknown) => {
      if (JSON.stringify(value).includes(THROW_ON.checksumTrainee)) throw new Error('digest failed');
      return original.checksumOf(value);
    },
  };
});

vi.mock('../../src/results/file-outcome', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/results/file-outcome')>();
  return {
    outcomeOf: (file: Parameters<typeof original.outcomeOf>[0]) => {
      if (file.kind === 'quiz' && file.result.quizId === THROW_ON.outcomeQuiz) throw new TypeError('cannot read properties of undefined');
      return original.outcomeOf(file);
    },
  };
});

describe('a throw while reading or summarising one file', () => {
  it('names that file as unreadable and shows the rest', async () => {
    const good = await cohortFiles(5, 0, 'throws');
    const { checksum: _old, ...base } = JSON.parse((await validFile('throws-bad', 0, 'quiz')).text) as {
      checksum: string;
      trainee: { name: string };
      result: { quizId: string };
    };
    const checksumThrower = { name: 'checksum-throws.json', text: JSON.stringify({ ...base, trainee: { name: THROW_ON.checksumTrainee }, checksum: '0'.repeat(64) }) };
    // Signed, so it reads as a good file and only summarising it throws.
    const outcomeContent = { ...base, result: { ...base.result, quizId: THROW_ON.outcomeQuiz } };
    const outcomeThrower = { name: 'outcome-throws.json', text: JSON.stringify({ ...outcomeContent, checksum: await checksumOf(outcomeContent) }) };
    const cohort = await loadCohort([checksumThrower, ...good, outcomeThrower]);
    expect(cohort.rows.map((row) => row.fileName).sort()).toEqual(good.map((file) => file.name).sort());
    expect(cohort.rejected).toEqual([
      { name: 'checksum-throws.json', kinds: ['unreadable'], problems: [expect.stringContaining('digest failed')] },
      { name: 'outcome-throws.json', kinds: ['unreadable'], problems: [expect.stringContaining('cannot read properties of undefined')] },
    ]);
  });
});
