import { dateOrder, topicNeeds } from './case-fields';
import type { CaseProblem } from './case-problems';
import { toMs } from './dates';

/**
 * The checks that read more than one field (`topicNeeds`, `dateOrder` in case-fields.ts).
 * The validator (check-case-facts.ts) runs it after the fields themselves have been read, and
 * so does the zod oracle its tests hold it to.
 */

export type CrossFieldProblem = Extract<CaseProblem, { code: 'required-when' | 'before' }>;

const at = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), value);

export function crossFieldProblems(facts: Readonly<Record<string, unknown>>): CrossFieldProblem[] {
  const problems: CrossFieldProblem[] = [];
  if (facts.kind === 'amazon-message' && typeof facts.topic === 'string' && Object.hasOwn(topicNeeds, facts.topic)) {
    const need = topicNeeds[facts.topic as keyof typeof topicNeeds];
    if (need && facts[need] === undefined) problems.push({ path: [need], code: 'required-when', topic: facts.topic });
  }
  for (const [early, late] of dateOrder) {
    const a = at(facts, early);
    const b = at(facts, late);
    if (typeof a === 'string' && typeof b === 'string' && toMs(a) > toMs(b)) problems.push({ path: late.split('.'), code: 'before', field: early, value: a });
  }
  return problems;
}
