import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { langs, simulator } from '../../../src/engine';
import { ruleOf, policy } from '../../../src/engine/loaded-policy';
import * as quiz from '../../../src/engine/quiz';
import type { AuthoredCase, Quiz, QuizSettings } from '../../../src/engine/quiz';
import { itemProblems } from './answer-check';
import { seedArbitrary, settingsArbitrary } from './settings-arbitrary';
import { sayBoth } from '../../../src/i18n/say-both';

const { generateQuiz, quizSettings } = quiz;

const scenarios: AuthoredCase[] = [
  { id: 'easy-return', area: 'returns', rules: ['RET-3'], difficulty: 1, platform: 'amazon' },
  { id: 'claim-kettle', area: 'atoz', rules: ['AZ-3', 'AZ-9'], difficulty: 2, platform: 'amazon' },
  { id: 'hard-snad', area: 'ebay', rules: ['EBAY-6'], difficulty: 3, platform: 'ebay' },
  { id: 'typo-rule', area: 'ebay', rules: ['EBAY-99'], difficulty: 1 },
];

/** What every quiz must satisfy for its settings. */
function quizProblems(q: Quiz, settings: QuizSettings): string[] {
  const problems: string[] = [];
  if (q.items.length + q.shortfall !== settings.count) problems.push(`${q.items.length} items and a shortfall of ${q.shortfall} for ${settings.count}`);
  if (q.shortfall < 0) problems.push('more items than asked for');
  if (new Set(q.items.map((i) => i.id)).size !== q.items.length) problems.push('two items share an ID');
  // What an item asks: its prompt, and the draft or the case it is about.
  const asked = q.items.map((i) => i.prompt.en + (i.kind === 'fix-reply' ? i.draft : i.kind === 'case' ? JSON.stringify(i.case) : ''));
  if (new Set(asked).size !== q.items.length) problems.push('an item is asked twice');
  for (const item of q.items) {
    if (settings.areas.length && !settings.areas.includes(item.area)) problems.push(`${item.id} is about ${item.area}`);
    if (settings.platform !== 'both' && item.platform !== 'both' && item.platform !== settings.platform) problems.push(`${item.id} is for ${item.platform}`);
    if (settings.kinds && !settings.kinds.includes(item.kind)) problems.push(`${item.id} is a ${item.kind} item`);
    if (settings.focusRules && !item.rules.some((r) => settings.focusRules!.includes(r))) problems.push(`${item.id} tests none of the focus rules`);
    if (item.kind === 'case') {
      const difficulty =
        item.case.scenarioId !== undefined
          ? scenarios.find((s) => s.id === item.case.scenarioId)!.difficulty
          : simulator.generateScenario(policy, { seed: item.case.seed!, kind: item.case.kind! }).difficulty;
      if (difficulty > settings.difficulty) problems.push(`${item.id} is a case of difficulty ${difficulty}`);
    }
    problems.push(...itemProblems(item).map((p) => `${item.id}: ${p}`));
  }
  return problems;
}

describe('generateQuiz', () => {
  it('gives the same quiz for the same settings and seed', () => {
    fc.assert(
      fc.property(settingsArbitrary, (input) => {
        const settings = quizSettings(policy, input);
        const a = generateQuiz(policy, settings, { scenarios, say: sayBoth });
        const b = generateQuiz(policy, structuredClone(settings), { scenarios, say: sayBoth });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 12 },
    );
  });

  it('asks the same questions whatever the feedback mode or time limit', () => {
    const items = (extra: Partial<QuizSettings>) => generateQuiz(policy, quizSettings(policy, { seed: 'cohort-a', count: 12, ...extra }), { say: sayBoth }).items;
    expect(items({ feedback: 'each', timeLimitMinutes: 15 })).toEqual(items({ feedback: 'end' }));
  });

  it('gives another quiz for another seed', () => {
    const ids = (seed: string) => generateQuiz(policy, quizSettings(policy, { seed, count: 20 }), { say: sayBoth }).items.map((i) => i.id);
    expect(ids('cohort-a')).not.toEqual(ids('cohort-b'));
    expect(generateQuiz(policy, quizSettings(policy, { seed: 'cohort-a' }), { say: sayBoth }).id).not.toBe(
      generateQuiz(policy, quizSettings(policy, { seed: 'cohort-b' }), { say: sayBoth }).id,
    );
  });

  it('respects every filter, marks only answers the rules give, and accounts for every missing question', () => {
    fc.assert(
      fc.property(settingsArbitrary, (input) => {
        const settings = quizSettings(policy, input);
        expect(quizProblems(generateQuiz(policy, settings, { scenarios, say: sayBoth }), settings)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('fills the quiz when nothing narrows the pool', () => {
    fc.assert(
      fc.property(seedArbitrary, fc.integer({ min: 5, max: 40 }), fc.constantFrom(1, 2, 3), (seed, count, difficulty) => {
        const settings = quizSettings(policy, { seed, count, difficulty });
        const q = generateQuiz(policy, settings, { say: sayBoth });
        expect(q.shortfall).toBe(0);
        expect(quizProblems(q, settings)).toEqual([]);
      }),
      { numRuns: 10 },
    );
  });

  it('says how many questions are missing when the pool is too small', () => {
    // Two rules hold few questions: the quiz comes out short, and says so.
    const settings = quizSettings(policy, { seed: 'narrow', count: 40, focusRules: ['RET-5', 'MSG-2'], kinds: ['fact'] });
    const q = generateQuiz(policy, settings, { say: sayBoth });
    expect(q.items.length).toBeGreaterThan(0);
    expect(q.shortfall).toBe(40 - q.items.length);
    expect(q.shortfall).toBeGreaterThan(0);
  });

  it('spreads the questions over the areas and mixes the kinds', () => {
    const q = generateQuiz(policy, quizSettings(policy, { seed: 'spread', count: 20 }), { say: sayBoth });
    const perArea = new Map<string, number>();
    for (const item of q.items) perArea.set(item.area, (perArea.get(item.area) ?? 0) + 1);
    expect(perArea.size).toBe(10);
    expect(Math.max(...perArea.values())).toBeLessThanOrEqual(3);
    expect(new Set(q.items.map((i) => i.kind)).size).toBeGreaterThanOrEqual(3);
  });

  it('keeps case items few unless only cases are asked for, and never too hard', () => {
    const mixed = generateQuiz(policy, quizSettings(policy, { seed: 'cases', count: 20 }), { scenarios, say: sayBoth });
    expect(mixed.items.filter((i) => i.kind === 'case').length).toBeLessThanOrEqual(2);
    const easy = quizSettings(policy, { seed: 'cases', count: 5, kinds: ['case'], difficulty: 1 });
    const only = generateQuiz(policy, easy, { scenarios, say: sayBoth });
    expect(only.items.every((i) => i.kind === 'case')).toBe(true);
    expect(only.items.length).toBeGreaterThanOrEqual(3);
    const authored = only.items.flatMap((i) => (i.kind === 'case' && i.case.scenarioId ? [i.case.scenarioId] : []));
    expect(authored).not.toContain('hard-snad');
    expect(authored).not.toContain('typo-rule');
    expect(quizProblems(only, easy)).toEqual([]);
  });

  it('serves only items on the focus rules, for "Practise my weak rules"', () => {
    const settings = quizSettings(policy, { seed: 'weak', count: 10, focusRules: ['PROD-1', 'RET-3'] });
    const q = generateQuiz(policy, settings, { say: sayBoth });
    expect(q.items.length).toBeGreaterThan(3);
    expect(q.items.every((i) => i.rules.includes('PROD-1') || i.rules.includes('RET-3'))).toBe(true);
  });

  it('keeps at most one question per rule branch, so one cannot give another away', () => {
    const q = generateQuiz(policy, quizSettings(policy, { seed: 'branches', count: 40, kinds: ['fact'] }), { say: sayBoth });
    const branches = q.items.flatMap((i) => (i.kind === 'fact' && i.source.ask !== 'figure' ? [`${i.source.rule}:${i.source.branch}`] : []));
    expect(new Set(branches).size).toBe(branches.length);
  });

  it('links every item to its main rule’s handbook section and explains it in both languages', () => {
    const q = generateQuiz(policy, quizSettings(policy, { seed: 'links', count: 30 }), { scenarios, say: sayBoth });
    for (const item of q.items) {
      expect(item.handbook).toEqual(ruleOf(item.rules[0]!).handbook);
      for (const lang of langs) expect(sayBoth(item.explanation)[lang].length).toBeGreaterThan(10);
    }
  });
});
