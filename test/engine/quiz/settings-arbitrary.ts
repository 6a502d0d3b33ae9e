import fc from 'fast-check';
import { areas } from '../../../src/engine';
import { rules } from '../../../src/engine/loaded-policy';
import { questionKinds, type QuizSettings } from '../../../src/engine/quiz';

const seedArbitrary = fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/);

/** Any valid quiz settings. */
export const settingsArbitrary: fc.Arbitrary<QuizSettings> = fc.record(
  {
    areas: fc.subarray([...areas]),
    platform: fc.constantFrom('amazon', 'ebay', 'both'),
    count: fc.integer({ min: 5, max: 40 }),
    difficulty: fc.constantFrom(1, 2, 3),
    timeLimitMinutes: fc.integer({ min: 1, max: 180 }),
    feedback: fc.constantFrom('each', 'end'),
    seed: seedArbitrary,
    kinds: fc.shuffledSubarray([...questionKinds], { minLength: 1 }),
    focusRules: fc.shuffledSubarray(
      rules.map((r) => r.id),
      { minLength: 1, maxLength: 4 },
    ),
  },
  { requiredKeys: ['areas', 'platform', 'count', 'difficulty', 'feedback', 'seed'] },
);

export { seedArbitrary };
