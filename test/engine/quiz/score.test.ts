import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulator } from '../../../src/engine';
import * as quiz from '../../../src/engine/quiz';
import type { ItemAnswer, QuizItem } from '../../../src/engine/quiz';
import { policy } from '../../../src/engine/loaded-policy';
import { sayBoth } from '../../../src/i18n/say-both';

const { answerItem, breakdown, caseItemCorrect, generateQuiz, quizSettings, rulesCharged, scoreQuiz, PASS_MARK } = quiz;

const start = '2026-03-02T09:00:00Z';
const end = '2026-03-02T09:25:00Z';
const sample = generateQuiz(policy, quizSettings(policy, { seed: 'score', count: 20 }), {
  scenarios: [{ id: 'kettle', area: 'product', rules: ['PROD-1'], difficulty: 1 }],
  say: sayBoth,
});

/** A right or a wrong answer for an item. */
function answerFor(item: QuizItem, right: boolean): ItemAnswer {
  if (item.kind === 'case') return { caseScore: right ? simulator.PASS_MARK : simulator.PASS_MARK - 1 };
  if (right) return [...item.answer].reverse();
  const wrong = item.options.find((o) => !item.answer.includes(o.id))!;
  return [wrong.id];
}

describe('answerItem', () => {
  const multi = sample.items.find((i) => i.kind === 'fix-reply')!;
  const single = sample.items.find((i) => i.kind === 'fact')!;

  it('wants exactly the marked options, in any order', () => {
    expect(answerItem(single, single.answer)).toBe(true);
    expect(answerItem(multi, [...multi.answer].reverse())).toBe(true);
    expect(answerItem(multi, [...multi.answer, ...multi.answer])).toBe(true);
    const extra = multi.options.find((o) => !multi.answer.includes(o.id))!.id;
    expect(answerItem(multi, [...multi.answer, extra])).toBe(false);
    expect(answerItem(multi, multi.answer.slice(1))).toBe(false);
    expect(answerItem(single, [])).toBe(false);
  });

  it('leaves a case item to the simulator’s score', () => {
    expect(caseItemCorrect(simulator.PASS_MARK)).toBe(true);
    expect(caseItemCorrect(simulator.PASS_MARK - 0.5)).toBe(false);
  });
});

describe('scoreQuiz', () => {
  it('scores the share of right answers, rounded down, against the pass mark', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: sample.items.length, maxLength: sample.items.length }), (rights) => {
        const answers = Object.fromEntries(sample.items.map((item, i) => [item.id, answerFor(item, rights[i]!)]));
        const result = scoreQuiz(sample, answers, start, end);
        const right = rights.filter(Boolean).length;
        expect(result.score).toBe(Math.floor((100 * right) / sample.items.length));
        expect(result.passed).toBe(result.score >= PASS_MARK);
        expect(result.items.map((i) => i.correct)).toEqual(rights);
        expect(result).toMatchObject({ quizId: sample.id, seed: 'score', passMark: PASS_MARK, startedAt: start, finishedAt: end });
      }),
      { numRuns: 100 },
    );
  });

  it('counts a missing answer, or one of the wrong shape, as wrong', () => {
    const caseItem = sample.items.find((i) => i.kind === 'case')!;
    const factItem = sample.items.find((i) => i.kind === 'fact')!;
    const result = scoreQuiz(sample, { [caseItem.id]: caseItem.answer, [factItem.id]: { caseScore: 100 } }, start, end);
    expect(result.items.every((i) => !i.correct)).toBe(true);
    expect(result.score).toBe(0);
    expect(result.passed).toBe(false);
  });

  it('passes exactly at the pass mark', () => {
    const ten = generateQuiz(policy, quizSettings(policy, { seed: 'ten', count: 10, kinds: ['fact'] }), { say: sayBoth });
    const withRight = (n: number) => scoreQuiz(ten, Object.fromEntries(ten.items.map((item, i) => [item.id, answerFor(item, i < n)])), start, end);
    expect(withRight(8)).toMatchObject({ score: 80, passed: true });
    expect(withRight(7)).toMatchObject({ score: 70, passed: false });
  });
});

describe('breakdown', () => {
  it('adds up per area and per rule', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: sample.items.length, maxLength: sample.items.length }), (rights) => {
        const answers = Object.fromEntries(sample.items.map((item, i) => [item.id, answerFor(item, rights[i]!)]));
        const result = scoreQuiz(sample, answers, start, end);
        const { byArea, byRule } = breakdown(policy, result);
        expect(byArea.reduce((n, a) => n + a.total, 0)).toBe(result.items.length);
        expect(byArea.reduce((n, a) => n + a.correct, 0)).toBe(result.items.filter((i) => i.correct).length);
        for (const { rule, correct, total } of byRule) {
          const testing = result.items.filter((i) => i.rules.includes(rule));
          expect({ correct, total }).toEqual({ correct: testing.filter((i) => i.correct).length, total: testing.length });
        }
        expect(byRule.map((r) => r.rule).sort()).toEqual([...new Set(result.items.flatMap((i) => i.rules))].sort());
      }),
      { numRuns: 50 },
    );
  });

  it('lists areas and rules in playbook order', () => {
    const items = [
      { itemId: 'a', kind: 'fact' as const, area: 'ebay' as const, rules: ['EBAY-7'], correct: true },
      { itemId: 'b', kind: 'fact' as const, area: 'health' as const, rules: ['HEALTH-1', 'AZ-2'], correct: false },
    ];
    const { byArea, byRule } = breakdown(policy, { items });
    expect(byArea).toEqual([
      { area: 'health', correct: 0, total: 1 },
      { area: 'ebay', correct: 1, total: 1 },
    ]);
    expect(byRule.map((r) => r.rule)).toEqual(['HEALTH-1', 'AZ-2', 'EBAY-7']);
  });
});

describe('rulesCharged', () => {
  // A decision whose three options each stand for their own rule: the answer cites RET-1, the
  // distractors AZ-9 and RET-2.
  const decision = {
    ...sample.items.find((i) => i.kind === 'decision')!,
    rules: ['RET-1', 'AZ-9', 'RET-2'],
    options: [
      { id: 'right', text: { en: 'right', 'zh-cn': '对' } },
      { id: 'az9', text: { en: 'az9', 'zh-cn': 'az9' } },
      { id: 'ret2', text: { en: 'ret2', 'zh-cn': 'ret2' } },
    ],
    answer: ['right'],
    optionRules: { right: ['RET-1'], az9: ['AZ-9'], ret2: ['RET-2'] },
  } as QuizItem;
  const quizOf = (item: QuizItem) => ({ ...sample, items: [item] });

  it('charges a wrong answer to the answer’s rules and the chosen option’s, not to an option never chosen', () => {
    const result = scoreQuiz(quizOf(decision), { [decision.id]: ['ret2'] }, start, end);
    expect(result.items[0]).toMatchObject({ correct: false, rules: ['RET-1', 'RET-2'] });
    const { byRule } = breakdown(policy, result);
    expect(byRule.map((r) => r.rule)).not.toContain('AZ-9');
  });

  it('charges a missing answer to the answer’s rules only, and credits a right one to every rule', () => {
    expect(rulesCharged(decision, undefined, false)).toEqual(['RET-1']);
    expect(rulesCharged(decision, ['right'], true)).toEqual(['RET-1', 'AZ-9', 'RET-2']);
  });

  it('charges every rule where the options do not say which rule they stand for', () => {
    const { optionRules: _, ...plain } = decision;
    expect(rulesCharged(plain as QuizItem, ['ret2'], false)).toEqual(['RET-1', 'AZ-9', 'RET-2']);
  });

  it('generated decisions say which rules each shown option stands for, the answer’s first', () => {
    const decisions = sample.items.filter((i) => i.kind === 'decision');
    expect(decisions.length).toBeGreaterThan(0);
    for (const item of decisions) {
      expect(Object.keys(item.optionRules ?? {}).sort(), item.id).toEqual(item.options.map((o) => o.id).sort());
      expect(item.optionRules![item.answer[0]!]![0], item.id).toBe(item.rules[0]);
      expect(new Set(Object.values(item.optionRules!).flat()), item.id).toEqual(new Set(item.rules));
    }
  });
});
