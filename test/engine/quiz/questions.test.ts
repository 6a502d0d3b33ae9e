import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReply, simulator } from '../../../src/engine';
import { figureOf, rules, policy } from '../../../src/engine/loaded-policy';
import * as quiz from '../../../src/engine/quiz';
import type { QuizItem } from '../../../src/engine/quiz';
import { cleanDraft, draftText, withFault } from '../../../src/engine/quiz/reply-questions';
import { itemProblems } from './answer-check';
import { sayBoth } from '../../../src/i18n/say-both';

const { decisionQuestion, factQuestions, faults, kindsFor, quizSettings, replyQuestion, optionCount } = quiz;
const rng = (seed: number) => simulator.mulberry32(seed);

describe('the answer check itself', () => {
  // The checks below are only worth something if they catch a wrong item.
  const settings = quizSettings(policy, { seed: 'guard', difficulty: 3 });
  const facts = factQuestions(policy, rng(1), settings, sayBoth);
  const tampered = (item: QuizItem, change: Partial<QuizItem>): QuizItem => ({ ...item, ...change }) as QuizItem;
  const otherOption = (item: QuizItem) => item.options.find((o) => !item.answer.includes(o.id))!.id;

  it('catches a fact item marked with a wrong option', () => {
    for (const ask of ['figure', 'recommended', 'wrong', 'payer'] as const) {
      const item = facts.find((i) => i.source.ask === ask)!;
      expect(itemProblems(item), ask).toEqual([]);
      expect(itemProblems(tampered(item, { answer: [otherOption(item)] })), ask).not.toEqual([]);
    }
  });

  it('catches two options that read the same', () => {
    const item = facts[0]!;
    const twin = { ...item.options[1]!, id: 'twin', text: item.options[0]!.text };
    expect(itemProblems(tampered(item, { options: [...item.options, twin] }))).toContain('two options read the same in en');
  });

  it('catches a decision item marked with a distractor, and a reply item missing a finding', () => {
    let decision: QuizItem | null = null;
    for (let s = 0; !decision; s++) decision = decisionQuestion(policy, rng(s), settings, kindsFor(policy, settings), sayBoth);
    expect(itemProblems(decision)).toEqual([]);
    expect(itemProblems(tampered(decision, { answer: [otherOption(decision)] }))).not.toEqual([]);

    let reply: QuizItem | null = null;
    for (let s = 0; !reply || reply.answer.length < 2; s++) reply = replyQuestion(policy, rng(s), settings);
    expect(itemProblems(reply)).toEqual([]);
    expect(itemProblems(tampered(reply, { answer: reply.answer.slice(1) }))).not.toEqual([]);
  });
});

describe('fact questions', () => {
  it('ask about every figure whose unit has another value in the registry, and every payer verdict', () => {
    const items = factQuestions(policy, rng(2), quizSettings(policy, { seed: 'all' }), sayBoth);
    const figures = items.flatMap((i) => (i.source.ask === 'figure' ? [`${i.source.rule}.${i.source.figure}`] : []));
    // Rounds are the one unit with a single figure: no wrong option can be drawn for it.
    const expected = rules.flatMap((r) =>
      Object.entries(r.figures ?? {})
        .filter(([, f]) => f.unit !== 'rounds')
        .map(([name]) => `${r.id}.${name}`),
    );
    expect(figures.sort()).toEqual(expected.sort());
    // One question per branch with a payer verdict; a wrong verdict's payer is the one who does not pay.
    const payerAnswers = rules.flatMap((r) =>
      (r.branches ?? []).flatMap((b) => {
        const v = b.verdicts.find((x) => x.action.payer);
        return v?.action.payer ? [v.verdict === 'wrong' ? (v.action.payer === 'buyer' ? 'seller' : 'buyer') : v.action.payer] : [];
      }),
    );
    expect(payerAnswers.length).toBeGreaterThanOrEqual(3);
    expect(items.filter((i) => i.source.ask === 'payer').map((i) => i.answer[0])).toEqual(payerAnswers);
  });

  it('mark the registry’s answer, with distinct options, at every difficulty and seed', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(1, 2, 3), (seed, difficulty) => {
        const items = factQuestions(policy, rng(seed), quizSettings(policy, { seed: 's', difficulty }), sayBoth);
        for (const item of items) {
          expect(itemProblems(item), item.id).toEqual([]);
          expect(item.options.length).toBeLessThanOrEqual(optionCount(difficulty));
          expect(item.options.length).toBeGreaterThanOrEqual(2);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('offer the closest figures as wrong options at the top difficulty', () => {
    const item = factQuestions(policy, rng(3), quizSettings(policy, { seed: 's', difficulty: 3 }), sayBoth).find(
      (i) => i.source.ask === 'figure' && i.source.figure === 'respondWithin',
    )!;
    const value = figureOf('AZ-2', 'respondWithin').value;
    const shown = item.options.map((o) => Number(o.id.replace('value-', ''))).filter((v) => v !== value);
    const days = [
      ...new Set(
        rules
          .flatMap((r) => Object.values(r.figures ?? {}))
          .filter((f) => f.unit === 'days' && f.value !== value)
          .map((f) => f.value),
      ),
    ];
    const distance = (v: number) => Math.abs(Math.log(v / value));
    const furthestShown = Math.max(...shown.map(distance));
    // No figure left out is closer than one shown.
    expect(days.filter((v) => !shown.includes(v)).every((v) => distance(v) >= furthestShown)).toBe(true);
  });
});

describe('decision questions', () => {
  it('mark what advise recommends for the same facts, never a distractor it recommends', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(1, 2, 3), fc.constantFrom('amazon', 'ebay', 'both'), (seed, difficulty, platform) => {
        const settings = quizSettings(policy, { seed: 's', difficulty, platform });
        const item = decisionQuestion(policy, rng(seed), settings, kindsFor(policy, settings), sayBoth);
        if (!item) return;
        expect(itemProblems(item)).toEqual([]);
        expect(item.options.length).toBeGreaterThanOrEqual(3);
        expect(item.options.length).toBeLessThanOrEqual(optionCount(difficulty));
        if (platform !== 'both') expect(item.platform).toBe(platform);
      }),
      { numRuns: 80 },
    );
  });

  it('skip cases with no single resolution rather than guess', () => {
    const settings = quizSettings(policy, { seed: 's' });
    const results = Array.from({ length: 40 }, (_, s) => decisionQuestion(policy, rng(s), settings, ['amazon-message'], sayBoth));
    expect(results.some((r) => r === null)).toBe(true);
    expect(results.some((r) => r !== null)).toBe(true);
  });
});

describe('fix-the-reply questions', () => {
  const problem = { en: 'arrived damaged', 'zh-cn': '破损', apology: ['We are very sorry that the {item} arrived damaged.'] };

  it('start from drafts the reply checker finds nothing in', () => {
    for (let s = 0; s < 50; s++) {
      const draft = draftText(cleanDraft(rng(s), problem));
      for (const platform of ['amazon', 'ebay'] as const) expect(checkReply(draft, { platform, problem: true }), draft).toEqual([]);
    }
  });

  it('have a fault table the checker agrees with: each fault raises its finding', () => {
    for (const fault of faults) {
      for (let s = 0; s < 12; s++) {
        const draft = draftText(withFault(rng(s), cleanDraft(rng(s + 100), problem), fault));
        const kinds = checkReply(draft, { platform: fault.platforms?.[0] ?? 'amazon', problem: true }).map((f) => f.kind);
        expect(kinds, `${fault.id}: ${draft}`).toContain(fault.expect);
      }
    }
  });

  it('mark exactly what checkReply finds in the draft', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(1, 2, 3), fc.constantFrom('amazon', 'ebay', 'both'), (seed, difficulty, platform) => {
        const item = replyQuestion(policy, rng(seed), quizSettings(policy, { seed: 's', difficulty, platform }));
        if (!item) return;
        expect(itemProblems(item)).toEqual([]);
        expect(item.multiple).toBe(true);
        expect(item.options.length - item.answer.length).toBeGreaterThanOrEqual(2);
        if (platform !== 'both') expect(item.context.platform).toBe(platform);
        if (item.context.platform === 'ebay') expect(item.options.map((o) => o.id)).not.toContain('competitor');
      }),
      { numRuns: 150 },
    );
  });
});
