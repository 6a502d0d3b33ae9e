import fc from 'fast-check';
import type { QuizResult } from '../../src/engine/quiz/result';
import { rules } from '../../src/engine/loaded-policy';
import { questionKinds } from '../../src/engine/quiz/settings';

/** Valid stored values, built from the registry so areas and rule IDs are real. */

const isoTime = fc.integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2027-12-31T00:00:00Z') }).map((ms) => new Date(ms).toISOString());

const itemOutcome = fc
  .record({
    itemId: fc.stringMatching(/^[a-z]+-[a-z0-9]{1,8}$/),
    kind: fc.constantFrom(...questionKinds),
    rule: fc.constantFrom(...rules),
    correct: fc.boolean(),
  })
  .map(({ rule, ...item }) => ({ ...item, area: rule.area, rules: [rule.id] }));

export const quizResultArbitrary: fc.Arbitrary<QuizResult> = fc
  .record({
    quizId: fc.stringMatching(/^quiz-[a-z0-9]{1,10}$/),
    seed: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
    score: fc.integer({ min: 0, max: 100 }),
    passMark: fc.integer({ min: 0, max: 100 }),
    startedAt: isoTime,
    items: fc.array(itemOutcome, { maxLength: 6 }),
  })
  .map((r) => ({ ...r, passed: r.score >= r.passMark, finishedAt: r.startedAt }));

export const moduleIdArbitrary = fc.constantFrom('m1-messages', 'm2-returns', 'm3-atoz', 'm4-ebay');
export const slugArbitrary = fc.stringMatching(/^[a-z]+(-[a-z]+)?$/);
export const caseIdArbitrary = fc.stringMatching(/^case-[a-z0-9]{1,6}$/);
