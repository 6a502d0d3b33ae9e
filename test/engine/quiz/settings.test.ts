import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quiz } from '../../../src/engine';
import { settingsArbitrary } from './settings-arbitrary';
import { policy } from '../../../src/engine/loaded-policy';

const { paramsOf, quizSettings, settingsFromParams } = quiz;

describe('quiz settings and the quiz link', () => {
  it('round-trips any valid settings through the link', () => {
    fc.assert(
      fc.property(settingsArbitrary, (input) => {
        const settings = quizSettings(policy, input);
        const back = settingsFromParams(policy, new URLSearchParams(paramsOf(settings).toString()));
        expect(back).toEqual({ settings });
      }),
      { numRuns: 200 },
    );
  });

  it('fills in the defaults around a bare seed', () => {
    const result = settingsFromParams(policy, new URLSearchParams('seed=cohort-7'));
    expect(result).toEqual({ settings: { seed: 'cohort-7', areas: [], platform: 'both', count: 10, difficulty: 2, feedback: 'end' } });
  });

  it('rejects a bad link, listing every problem by parameter', () => {
    const result = settingsFromParams(
      policy,
      new URLSearchParams('count=3&difficulty=4&platform=etsy&areas=returns,refunds&time=abc&feedback=never&kinds=fact,essay&focus=AZ-2,XYZ-9&cout=5&seed=a&seed=b'),
    );
    expect('problems' in result).toBe(true);
    const problems = 'problems' in result ? result.problems.map((p) => `${p.param}: ${p.detail}`) : [];
    const named = (param: string) => problems.filter((p) => p.startsWith(`${param}`));
    for (const param of ['count', 'difficulty', 'platform', 'areas.1', 'time', 'feedback', 'kinds.1', 'focus', 'cout', 'seed'])
      expect(named(param), param).not.toHaveLength(0);
    expect(problems.find((p) => p.startsWith('focus'))).toContain('XYZ-9');
    expect(problems).toContain('cout: unknown parameter');
    expect(problems).toContain('seed: given more than once');
    // Each with a code a page says in its language, not words to match.
    expect('problems' in result && result.problems.filter((p) => p.param === 'cout' || p.param === 'seed' || p.param === 'count')).toEqual([
      { param: 'cout', code: 'unknown-parameter', detail: 'unknown parameter' },
      { param: 'seed', code: 'repeated', detail: 'given more than once' },
      { param: 'count', code: 'invalid', detail: expect.any(String) },
    ]);
  });

  it('needs a seed, and one that fits in a link', () => {
    const missing = settingsFromParams(policy, new URLSearchParams('count=10'));
    expect('problems' in missing && missing.problems.filter((p) => p.param === 'seed').map((p) => p.code)).toEqual(['missing']);
    const spaced = settingsFromParams(policy, new URLSearchParams({ seed: 'two words' }));
    expect('problems' in spaced && spaced.problems.filter((p) => p.param === 'seed').map((p) => p.code)).toEqual(['invalid']);
  });

  it('rejects the same area twice and numbers that are not whole', () => {
    const result = settingsFromParams(policy, new URLSearchParams('seed=s&areas=atoz,atoz&count=10.5'));
    expect('problems' in result && result.problems.map((p) => p.param)).toEqual(expect.arrayContaining(['areas', 'count']));
  });

  it('quizSettings refuses what the schema refuses', () => {
    expect(() => quizSettings(policy, { seed: 's', count: 41 })).toThrow(/count/);
    expect(quiz.PASS_MARK).toBe(80);
  });
});
