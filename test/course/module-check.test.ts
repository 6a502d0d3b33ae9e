import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkAttemptOf, isAssessedShift, moduleOfQuiz } from '../../src/course/module-check';
import { courseModule, type CourseModule } from '../../src/course/schema';
import { checkSettings } from '../../src/course/status';
import { areas } from '../../src/engine/policy/types';
import { quizSettings, type QuizSettings } from '../../src/engine/quiz/settings';
import { endShift, generateShift, initialShiftState } from '../../src/engine/simulator/shift';
import { recordShiftCheck } from '../../src/components/simulator/record-shift';
import { $courseProgress } from '../../src/stores/course-progress';
import { configureStorage } from '../../src/stores/persisted';
import { $quizHistory } from '../../src/stores/quiz-history';
import { fixedClock, MemoryStorage } from '../stores/memory-storage';
import { policy } from '../../src/engine/loaded-policy';

/** The course as it ships: the checks are decided by its own settings. */
const course: CourseModule[] = (parse(readFileSync('src/content/course.yaml', 'utf8')) as unknown[]).map((m) => courseModule.parse(m));
const quizModules = course.filter((m) => 'areas' in m.check);
const shiftModule = course.find((m) => 'shift' in m.check)!;
const assessedSeed = 'shift' in shiftModule.check ? shiftModule.check.shift : -1;

const checkQuiz = (module: CourseModule, attempt: number): QuizSettings => quizSettings(policy, checkSettings(module, attempt)!);

/** Quiz settings of every sort, module-like seeds included. */
const settingsArbitrary: fc.Arbitrary<QuizSettings> = fc
  .record({
    seed: fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/),
      fc.constantFrom(...course.map((m) => m.id)).chain((id) => fc.integer({ min: 0, max: 30 }).map((n) => `${id}-${n}`)),
    ),
    areas: fc.subarray([...areas]),
    count: fc.integer({ min: 5, max: 40 }),
    difficulty: fc.constantFrom(1, 2, 3),
    feedback: fc.constantFrom('each', 'end'),
  })
  .map((input) => quizSettings(policy, input as Parameters<typeof quizSettings>[1]));

describe('which quiz is a module check', () => {
  it('each attempt of each quiz check is that module’s check, with its number, and no other module’s', () => {
    for (const module of quizModules)
      for (const attempt of [1, 2, 7, 120]) {
        const settings = checkQuiz(module, attempt);
        expect(checkAttemptOf(module, settings)).toBe(attempt);
        expect(moduleOfQuiz(course, settings)?.id).toBe(module.id);
        for (const other of course.filter((m) => m.id !== module.id)) expect(checkAttemptOf(other, settings)).toBeNull();
      }
  });

  it('any quiz that differs from a check in one setting is no check, whatever its seed says', () => {
    fc.assert(
      fc.property(settingsArbitrary, (settings) => {
        const module = moduleOfQuiz(course, settings);
        if (module === null) return;
        // Only a quiz equal to the check of that attempt is accepted.
        const attempt = checkAttemptOf(module, settings)!;
        expect(settings).toEqual(checkQuiz(module, attempt));
      }),
      { numRuns: 400 },
    );
  });

  it('a check’s seed with other settings is not the check', () => {
    const module = quizModules[0]!;
    const check = checkQuiz(module, 1);
    for (const changed of [{ count: check.count + 1 }, { difficulty: 3 as const }, { feedback: 'each' as const }, { areas: ['shipping' as const] }, { kinds: undefined }])
      expect(checkAttemptOf(module, { ...check, ...changed })).toBeNull();
    for (const seed of [`${module.id}-0`, `${module.id}-01`, `${module.id}-x`, `${module.id}1`, module.id]) expect(checkAttemptOf(module, { ...check, seed })).toBeNull();
  });
});

describe('which shift is a module check', () => {
  it('only the day the module names, and only for that module', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (seed) => {
        for (const module of course) expect(isAssessedShift(module, seed)).toBe(module.id === shiftModule.id && seed === assessedSeed);
      }),
    );
  });
});

describe('recording a finished shift', () => {
  beforeEach(() => configureStorage({ storage: new MemoryStorage(), now: fixedClock('2026-03-01T09:00:00Z').now }));

  const finishedDay = (seed: number) => {
    const shift = generateShift(policy, seed);
    return { shift, state: endShift(initialShiftState(shift)) };
  };

  it('a shift opened with another module in its link is not recorded as that module’s check', () => {
    const { shift, state } = finishedDay(assessedSeed);
    for (const module of quizModules) recordShiftCheck(module, shift, state);
    expect($courseProgress.get().modules).toEqual({});
    expect($quizHistory.get()).toEqual([]);
  });

  it('another day opened with the assessed module in its link is not recorded either', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000 }).filter((seed) => seed !== assessedSeed),
        (seed) => {
          const { shift, state } = finishedDay(seed);
          recordShiftCheck(shiftModule, shift, state);
          expect($courseProgress.get().modules).toEqual({});
        },
      ),
      { numRuns: 20 },
    );
  });

  it('the module’s own day is recorded, once', () => {
    const { shift, state } = finishedDay(assessedSeed);
    recordShiftCheck(shiftModule, shift, state);
    recordShiftCheck(shiftModule, shift, state);
    expect($courseProgress.get().modules[shiftModule.id]?.checks).toHaveLength(1);
    expect($quizHistory.get()).toHaveLength(1);
  });
});
