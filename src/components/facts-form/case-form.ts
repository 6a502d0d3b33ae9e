import type { CaseKind } from '../../engine/case-kinds';
import { questionsFor, type Answers, type Purpose, type Question } from '../../engine/questions';
import { policy } from '../../engine/loaded-policy';

/** What a facts form holds: the kind of case and the answers by path. */
export interface CaseForm {
  kind: CaseKind;
  answers: Answers;
  /**
   * Every answer a shared link brought, the ones this form does not ask included (order number,
   * tracking number, a price the clock never reads, the link's "as of"): kept, so the case shared
   * again is the same case. Dropped with a change of kind.
   */
  carried?: Answers;
}

/** The answer a question starts with: the schema's default, the first option, now for a required date. */
function startingAnswer(q: Question, now: string): Answers[string] {
  if (q.fallback !== undefined) return q.fallback;
  if (q.input === 'choice') return q.required ? q.options![0] : undefined;
  if (q.input === 'yes-no') return q.required ? false : undefined;
  if (q.input === 'date') return q.required ? now : undefined;
  return undefined;
}

/**
 * The questions to show and the answers with a starting value for each shown question that
 * has none. Repeats until stable, since a starting answer can bring another question in.
 */
export function settle(form: CaseForm, purpose: Purpose, now: string): { questions: Question[]; answers: Answers } {
  let answers = { ...form.answers };
  let questions = questionsFor(policy, form.kind, answers, purpose);
  for (let round = 0; round < 5; round++) {
    const missing = questions.filter((q) => !(q.path in answers));
    if (!missing.length) break;
    for (const q of missing) answers = { ...answers, [q.path]: startingAnswer(q, now) };
    questions = questionsFor(policy, form.kind, answers, purpose);
  }
  return { questions, answers };
}
