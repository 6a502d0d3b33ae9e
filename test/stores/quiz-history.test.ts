import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { completedAt, moduleResults } from '../../src/components/course/course-result';
import { courseModule, type CourseModule } from '../../src/course/schema';
import type { QuizResult } from '../../src/engine/quiz/result';
import { $courseProgress, recordCheck } from '../../src/stores/course-progress';
import { configureStorage } from '../../src/stores/persisted';
import { $quizHistory, QUIZ_HISTORY_LIMIT, recordQuiz } from '../../src/stores/quiz-history';
import { quizResultArbitrary } from './arbitraries';
import { fixedClock, MemoryStorage } from './memory-storage';

const course: CourseModule[] = (parse(readFileSync('src/content/course.yaml', 'utf8')) as unknown[]).map((m) => courseModule.parse(m));

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  configureStorage({ storage, now: fixedClock('2026-03-01T09:00:00Z').now });
});
const reload = () => configureStorage({ storage, now: fixedClock('2026-03-01T09:00:00Z').now });

/** A finished quiz, `minute` minutes into the day: finishing times tell results apart. */
const finished = (quizId: string, minute: number, score = 90): QuizResult => {
  const at = new Date(Date.parse('2026-03-01T09:00:00Z') + minute * 60_000).toISOString();
  return { quizId, seed: quizId, score, passMark: 80, passed: score >= 80, startedAt: at, finishedAt: at, items: [] };
};

/** A module's check as the quiz page records it: in the history, then as the module's attempt. */
function takeCheck(moduleId: string, result: QuizResult): void {
  recordQuiz(result);
  recordCheck(moduleId, result);
}

describe('module results in the quiz history', () => {
  it('a completed course keeps every module result in its result file, after any number of later quizzes', () => {
    fc.assert(
      fc.property(fc.integer({ min: QUIZ_HISTORY_LIMIT, max: QUIZ_HISTORY_LIMIT * 2 }), (later) => {
        configureStorage({ storage: new MemoryStorage(), now: fixedClock('2026-03-01T09:00:00Z').now });
        course.forEach((m, i) => takeCheck(m.id, finished(`check-${m.id}`, i)));
        for (let i = 0; i < later; i++) recordQuiz(finished(`practice-${i}`, course.length + i, 40));
        const progress = $courseProgress.get();
        expect(completedAt(course, progress)).not.toBeNull();
        expect(moduleResults(course, progress, $quizHistory.get()).map((r) => r.moduleId)).toEqual(course.map((m) => m.id));
      }),
      { numRuns: 5 },
    );
  });

  it('keeps every module result and the newest other quizzes, in order, whatever the mix', () => {
    // true: a module check attempt; false: any other quiz.
    const takes = fc.array(fc.boolean(), { minLength: QUIZ_HISTORY_LIMIT - 20, maxLength: QUIZ_HISTORY_LIMIT + 120 });
    fc.assert(
      fc.property(takes, fc.integer({ min: 0, max: course.length - 1 }), (kinds, moduleIndex) => {
        configureStorage({ storage: new MemoryStorage(), now: fixedClock('2026-03-01T09:00:00Z').now });
        const all = kinds.map((check, i) => ({ check, result: finished(check ? `check-${i}` : `quiz-${i}`, i) }));
        for (const { check, result } of all) check ? takeCheck(course[moduleIndex]!.id, result) : recordQuiz(result);
        const ids = $quizHistory.get().map((r) => r.quizId);
        const others = all.filter((t) => !t.check).map((t) => t.result.quizId);
        const expected = all.filter((t) => t.check || others.slice(-QUIZ_HISTORY_LIMIT).includes(t.result.quizId)).map((t) => t.result.quizId);
        expect(ids).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it('a history longer than the limit because of module results is stored and read back whole', () => {
    const checks = Array.from({ length: QUIZ_HISTORY_LIMIT + 5 }, (_, i) => finished(`check-${i}`, i));
    for (const r of checks) takeCheck(course[0]!.id, r);
    recordQuiz(finished('one-more', 10_000));
    reload();
    expect($quizHistory.get()).toHaveLength(QUIZ_HISTORY_LIMIT + 6);
  });

  it('any module result reads back the same after a reload', () => {
    fc.assert(
      fc.property(quizResultArbitrary, (r) => {
        configureStorage({ storage: new MemoryStorage(), now: fixedClock('2026-03-01T09:00:00Z').now });
        takeCheck(course[0]!.id, r);
        expect($quizHistory.get()).toEqual([r]);
      }),
      { numRuns: 30 },
    );
  });
});
