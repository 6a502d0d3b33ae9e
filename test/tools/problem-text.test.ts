import { describe, expect, it } from 'vitest';
import { caseKinds } from '../../src/engine/case-kinds';
import { dateOrder } from '../../src/engine/case-fields';
import { DAY_MS, toIso, toMs } from '../../src/engine/dates';
import { factsFromAnswers, type Answers } from '../../src/engine/questions';
import { settle } from '../../src/components/facts-form/case-form';
import type { CaseProblem } from '../../src/engine/case-problems';
import { asksForAnswer, problemText, sayingOf } from '../../src/components/facts-form/problem-text';
import { stringsWith } from '../../src/i18n';
import { policy } from '../../src/engine/loaded-policy';

const NOW = '2026-11-23T12:00:00Z';
const en = stringsWith('en', 'form.problem.', 'form.label.', 'engine.fact.');
const zh = stringsWith('zh-cn', 'form.problem.', 'form.label.', 'engine.fact.');

/** Every problem a form can lead to: each date set before the one it follows, each number out of bounds. */
function formProblems(): CaseProblem[] {
  return caseKinds.flatMap((kind) => {
    const { questions, answers } = settle({ kind, answers: {} }, 'advice', NOW);
    const numbers = questions.filter((q) => q.input === 'number').map((q) => q.path);
    const valid: Answers = { ...answers, ...Object.fromEntries(numbers.map((path) => [path, 25])) };
    const asked = new Set(questions.map((q) => q.path));
    const tries: Answers[] = [
      ...dateOrder
        .filter(([early, late]) => asked.has(early) && asked.has(late) && typeof valid[early] === 'string')
        .map(([early, late]) => ({ ...valid, [late]: toIso(toMs(valid[early] as string) - DAY_MS) })),
      ...numbers.flatMap((path) => [0, -1, 1.5].map((n) => ({ ...valid, [path]: n }))),
      ...questions.filter((q) => q.required).map((q) => ({ ...valid, [q.path]: undefined })),
    ];
    return tries.flatMap((answers) => {
      const result = factsFromAnswers(policy, kind, answers, 'advice', NOW);
      return result.ok ? [] : result.issues;
    });
  });
}

describe('problems in a form, in the page’s language', () => {
  const problems = formProblems();

  it('every problem a form can lead to has words of its own in both languages', () => {
    expect(problems.filter((p) => !sayingOf(p.code))).toEqual([]);
    // The sweep reaches dates out of order, bad numbers and blanks, so the check above means something.
    const codes = new Set(problems.map((p) => p.code));
    for (const code of ['before', 'not-positive', 'not-integer', 'required'] as const) expect(codes.has(code), code).toBe(true);
  });

  it('names fields by the form’s labels, never by their paths, and keeps the English out of Chinese', () => {
    const said = problems.map((p) => problemText(p, 'zh-cn', zh));
    expect(said.filter((text) => /[a-z]{3,}/.test(text.replace(/eBay/g, '')))).toEqual([]);
    expect(problemText({ path: ['order', 'shippedAt'], code: 'before', field: 'order.orderedAt', value: '2026-03-01T00:00:00Z' }, 'zh-cn', zh)).toBe(
      '发货时间（未发货请留空）：不能早于“下单时间”',
    );
    expect(problemText({ path: ['order', 'price'], code: 'not-positive' }, 'en', en)).toBe('Price (order currency): must be more than 0');
  });

  it('tells a blank that the facts need from a wrong answer', () => {
    expect(asksForAnswer({ path: ['damage'], code: 'required-when', topic: 'damaged' })).toBe(true);
    expect(asksForAnswer({ path: ['order', 'price'], code: 'required' })).toBe(true);
    expect(asksForAnswer({ path: ['order', 'price'], code: 'not-positive' })).toBe(false);
    expect(asksForAnswer({ path: ['receivedAt'], code: 'before', field: 'order.orderedAt', value: '2026-01-01' })).toBe(false);
  });

  it('says "not a valid answer" for a problem it has no words for', () => {
    const notAnOption: CaseProblem = { path: ['topic'], code: 'not-an-option', options: ['damaged'], received: 'x' };
    expect(sayingOf(notAnOption.code)).toBeUndefined();
    expect(problemText(notAnOption, 'en', en)).toMatch(/: is not a valid answer$/);
    expect(problemText(notAnOption, 'zh-cn', zh)).toMatch(/：不是有效的答案$/);
    expect(problemText({ path: [], code: 'wrong-type', expected: 'object', received: 'string' }, 'zh-cn', zh)).toBe('不是有效的答案');
  });
});
