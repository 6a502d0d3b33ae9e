import { perPolicy, type Policy } from '../policy/policy';
import { areas, type Area } from '../policy/types';
import { caseItemCorrect } from './case-questions';
import type { Quiz, QuizItem } from './item';
import type { QuizResult } from './result';
import { PASS_MARK } from './settings';

/** What a trainee gave for an item: the options chosen, or the score a case item earned in the simulator. */
export type ItemAnswer = string[] | { caseScore: number };

/** Right when exactly the marked options are chosen, in any order; a case item is answered by `caseItemCorrect`. */
export function answerItem(item: QuizItem, chosen: readonly string[]): boolean {
  if (item.kind === 'case') return false;
  const picked = new Set(chosen);
  return picked.size === item.answer.length && item.answer.every((id) => picked.has(id));
}

function correct(item: QuizItem, given: ItemAnswer | undefined): boolean {
  if (given === undefined) return false;
  if (Array.isArray(given)) return answerItem(item, given);
  return item.kind === 'case' && caseItemCorrect(given.caseScore);
}

/**
 * The rules an item's outcome speaks to. A right answer: every rule the item tests. A wrong or
 * missing one: the answer's rules and those of the options chosen, never a rule only an option
 * the trainee did not pick stands for (its wrong option was not their mistake).
 */
export function rulesCharged(item: QuizItem, given: ItemAnswer | undefined, right: boolean): string[] {
  if (right || !item.optionRules) return [...item.rules];
  const picked = [...item.answer, ...(Array.isArray(given) ? given : [])];
  const charged = new Set(picked.flatMap((id) => item.optionRules![id] ?? []));
  return item.rules.filter((rule) => charged.has(rule));
}

/** The result of a quiz: an unanswered item counts as wrong; the score is rounded down. */
export function scoreQuiz(quiz: Quiz, answers: Readonly<Record<string, ItemAnswer>>, startedAt: string, finishedAt: string): QuizResult {
  const items = quiz.items.map((item) => {
    const right = correct(item, answers[item.id]);
    return { itemId: item.id, kind: item.kind, area: item.area, rules: rulesCharged(item, answers[item.id], right), correct: right };
  });
  const right = items.filter((i) => i.correct).length;
  const score = items.length ? Math.floor((100 * right) / items.length) : 0;
  return { quizId: quiz.id, seed: quiz.settings.seed, score, passMark: PASS_MARK, passed: score >= PASS_MARK, startedAt, finishedAt, items };
}

export interface Tally {
  correct: number;
  total: number;
}

export interface Breakdown {
  /** In the playbook's order of areas; only areas the quiz asked about. */
  byArea: (Tally & { area: Area })[];
  /** In the playbook's order of rules; an item counts once for each rule it tests. */
  byRule: (Tally & { rule: string })[];
}

const ruleOrderOf = perPolicy((policy) => new Map(policy.rules.map((rule, i) => [rule.id, i])));

export function breakdown(policy: Policy, result: Pick<QuizResult, 'items'>): Breakdown {
  const ruleOrder = ruleOrderOf(policy);
  const byArea = new Map<Area, Tally>();
  const byRule = new Map<string, Tally>();
  const count = <K>(map: Map<K, Tally>, key: K, right: boolean) => {
    const tally = map.get(key) ?? { correct: 0, total: 0 };
    map.set(key, { correct: tally.correct + (right ? 1 : 0), total: tally.total + 1 });
  };
  for (const item of result.items) {
    count(byArea, item.area, item.correct);
    for (const rule of new Set(item.rules)) count(byRule, rule, item.correct);
  }
  return {
    byArea: areas.filter((a) => byArea.has(a)).map((area) => ({ area, ...byArea.get(area)! })),
    byRule: [...byRule.entries()]
      .sort(([a], [b]) => (ruleOrder.get(a) ?? Infinity) - (ruleOrder.get(b) ?? Infinity) || a.localeCompare(b))
      .map(([rule, tally]) => ({ rule, ...tally })),
  };
}
