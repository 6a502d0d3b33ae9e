import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordCase } from '../../src/stores/case-results';
import { $courseProgress, addTime, markRead, recordCheck, setTraineeName } from '../../src/stores/course-progress';
import { configureStorage, persistedStores } from '../../src/stores/persisted';
import { exportProgress, importProgress, resetProgress } from '../../src/stores/progress-file';
import { $quizHistory, recordQuiz } from '../../src/stores/quiz-history';
import { $quizSession, answer, startSession } from '../../src/stores/quiz-session';
import { $reviewQueue, recordReviewResult } from '../../src/stores/review-queue';
import { acceptedValueProblems, hostileText, mutated, mutationsOf } from '../results/hostile-json';
import { caseIdArbitrary, moduleIdArbitrary, quizResultArbitrary, slugArbitrary } from './arbitraries';
import { fixedClock, MemoryStorage } from './memory-storage';

/**
 * The progress import, fed exports of random work with hostile changes: it never throws; it
 * refuses with a reason and problems and changes nothing, or it imports, and then every store
 * holds only what a page can show (dates dateProblem accepts, finite and sane numbers).
 */

const NOW = new Date('2026-03-05T12:00:00Z');
let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  configureStorage({ storage, now: fixedClock('2026-03-01T09:00:00Z').now });
});

const someWork = fc.record({
  name: fc.string({ maxLength: 12 }),
  module: moduleIdArbitrary,
  page: slugArbitrary,
  caseId: caseIdArbitrary,
  results: fc.array(quizResultArbitrary, { minLength: 1, maxLength: 3 }),
  ms: fc.integer({ min: 1, max: 3_600_000 }),
});

type Work = typeof someWork extends fc.Arbitrary<infer W> ? W : never;

function doWork(work: Work): void {
  setTraineeName(work.name);
  markRead(work.module, work.page);
  recordCase(work.caseId, 70);
  addTime(work.module, work.ms);
  for (const result of work.results) {
    recordCheck(work.module, result);
    recordQuiz(result);
    recordReviewResult(result);
  }
  startSession('seed=abc&count=10');
  answer('fact-1', ['b']);
}

const allValues = () => ({ course: $courseProgress.get(), history: $quizHistory.get(), session: $quizSession.get(), queue: $reviewQueue.get() });

describe('hostile progress files', () => {
  it('never throw: refused with nothing changed, or imported holding only sane values', () => {
    const reasons = new Set(['too-large', 'too-deep', 'not-json', 'no-known-store', 'invalid']);
    fc.assert(
      fc.property(
        someWork.chain((work) => {
          storage = new MemoryStorage();
          configureStorage({ storage, now: fixedClock('2026-03-01T09:00:00Z').now });
          doWork(work);
          const doc = JSON.parse(exportProgress(NOW).text) as unknown;
          return fc.tuple(fc.constant(doc), fc.option(mutationsOf(doc), { freq: 5 }));
        }),
        ([doc, mutations]) => {
          resetProgress();
          setTraineeName('Before the import');
          const values = allValues();
          const stored = storage.entries();
          const text = hostileText(mutations ? mutated(doc, mutations) : doc);

          const outcome = importProgress(text);
          if (!mutations) expect(outcome).toEqual({ ok: true });
          if (!outcome.ok) {
            expect(reasons.has(outcome.reason)).toBe(true);
            expect(outcome.problems.length).toBeGreaterThan(0);
            for (const problem of outcome.problems) expect(problem).toMatch(/^\S.*: \S/);
            expect(allValues()).toEqual(values);
            expect(storage.entries()).toEqual(stored);
            return;
          }
          const stores = Object.fromEntries(persistedStores().map((store) => [store.key, store.snapshot().value]));
          expect(acceptedValueProblems(stores)).toEqual([]);
          // What was imported exports and imports again as it is.
          expect(importProgress(exportProgress(NOW).text)).toEqual({ ok: true });
          expect(Object.fromEntries(persistedStores().map((store) => [store.key, store.snapshot().value]))).toEqual(stores);
        },
      ),
      { numRuns: 300 },
    );
  }, 180_000);
});
