import type { CaseProblem, CaseProblemCode } from '../../engine/case-problems';
import { colon } from '../../engine/punctuation';
import type { Lang } from '../../engine/text';
import type { KeysWith } from '../../i18n';
import { fillText } from '../site/fill-text';
import { questionLabel } from './question-labels';

export type ProblemStrings = Record<KeysWith<'form.problem.' | 'form.label.' | 'engine.fact.'>, string>;
type ProblemKey = KeysWith<'form.problem.'>;

/** A label without its hint in brackets, to name the field inside a sentence. */
const shortLabel = (path: string, lang: Lang, s: ProblemStrings) => questionLabel(path, lang, s).replace(/\s*[(（][^()（）]*[)）]$/, '');

/**
 * The validator gives each problem a code (engine/case-problems.ts); a form says it in the page's
 * language, fields named by the form's labels. A code a form cannot produce (an unknown key, a
 * wrong type) is "not a valid answer".
 */
const sayings: Partial<Record<CaseProblemCode, ProblemKey>> = {
  before: 'form.problem.before',
  'not-positive': 'form.problem.positive',
  negative: 'form.problem.nonnegative',
  'too-large': 'form.problem.tooLarge',
  'not-integer': 'form.problem.integer',
  required: 'form.problem.required',
  'required-when': 'form.problem.required',
};

/** The string a problem's code is said with, or undefined when the form has no words of its own for it. */
export const sayingOf = (code: CaseProblemCode): ProblemKey | undefined => sayings[code];

/** Whether a problem only asks for an answer that is still blank. */
export const asksForAnswer = (problem: CaseProblem): boolean => sayingOf(problem.code) === 'form.problem.required';

/** A problem as the form shows it: `Message or request received: cannot be earlier than “Order date”`. */
export function problemText(problem: CaseProblem, lang: Lang, s: ProblemStrings): string {
  const key = sayingOf(problem.code) ?? 'form.problem.invalid';
  const text = fillText(s[key], problem.code === 'before' ? { field: shortLabel(problem.field, lang, s) } : {});
  const path = problem.path.join('.');
  return path ? `${questionLabel(path, lang, s)}${colon(lang)}${text}` : text;
}
