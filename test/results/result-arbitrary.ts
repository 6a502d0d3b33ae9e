import fc from 'fast-check';
import { areas } from '../../src/engine';
import { rules } from '../../src/engine/loaded-policy';
import type { QuestionKind, QuizResult } from '../../src/engine/quiz/result';
import type { ResultFileInput } from '../../src/results';

/** Any valid result-file input: names in any script, real rule IDs, any scores and dates in order. */

const questionKinds: QuestionKind[] = ['fact', 'decision', 'case', 'fix-reply'];

const someText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }).filter((text) => /\S/.test(text) && text === text.trim());
const l10n = fc.record({ en: someText, 'zh-cn': someText });

const timeRange = { min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true };

export const quizResultArbitrary: fc.Arbitrary<QuizResult> = fc
  .record({
    quizId: fc.string({ minLength: 1, maxLength: 20 }),
    seed: fc.string({ maxLength: 12 }),
    score: fc.integer({ min: 0, max: 100 }),
    passMark: fc.integer({ min: 0, max: 100 }),
    passed: fc.boolean(),
    times: fc.tuple(fc.date(timeRange), fc.date(timeRange)).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
    items: fc.array(
      fc.record({
        itemId: fc.string({ minLength: 1, maxLength: 16 }),
        kind: fc.constantFrom(...questionKinds),
        area: fc.constantFrom(...areas),
        rules: fc.uniqueArray(fc.constantFrom(...rules.map((rule) => rule.id)), { maxLength: 3 }),
        correct: fc.boolean(),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ times: [start, finish], ...rest }) => ({ ...rest, startedAt: start!.toISOString(), finishedAt: finish!.toISOString() }));

const trainee = fc.record({ name: someText, id: fc.option(someText, { nil: undefined }) }).map(({ name, id }) => (id === undefined ? { name } : { name, id }));

export const resultInputArbitrary: fc.Arbitrary<ResultFileInput> = fc.oneof(
  fc.record({ kind: fc.constant('quiz' as const), trainee, title: l10n, durationMs: fc.nat(), result: quizResultArbitrary }),
  fc.record({
    kind: fc.constant('course' as const),
    courseId: someText,
    trainee,
    title: l10n,
    durationMs: fc.nat(),
    modules: fc.uniqueArray(fc.record({ moduleId: someText, title: l10n, result: quizResultArbitrary }), {
      minLength: 1,
      maxLength: 4,
      selector: (module) => module.moduleId,
    }),
  }),
);

export const nowArbitrary = fc.date(timeRange);
