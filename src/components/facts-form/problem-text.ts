import { colon } from '../../engine/punctuation';
import type { Lang } from '../../engine/text';
import type { KeysWith } from '../../i18n';
import { fillText } from '../site/fill-text';
import { questionLabel } from './question-labels';

export type ProblemStrings = Record<KeysWith<'form.problem.'>, string>;
type ProblemKey = keyof ProblemStrings;

/** A label without its hint in brackets, to name the field inside a sentence. */
const shortLabel = (path: string, lang: Lang) => questionLabel(path, lang).replace(/\s*[(（][^()（）]*[)）]$/, '');

/**
 * The validator words its problems in zod's English, for the command line and the build. A
 * form says them in the page's language instead: each shape it can produce has its own string,
 * the field names become the form's labels, and anything else is "not a valid answer".
 */
const sayings: { shape: RegExp; key: ProblemKey; fill?: (match: RegExpExecArray, lang: Lang) => Record<string, string> }[] = [
  { shape: /^cannot be before ([\w.]+) \(/, key: 'form.problem.before', fill: (m, lang) => ({ field: shortLabel(m[1]!, lang) }) },
  { shape: /^Number must be greater than 0$/, key: 'form.problem.positive' },
  { shape: /^Number must be greater than or equal to 0$/, key: 'form.problem.nonnegative' },
  { shape: /^Number must be less than or equal to \d+$/, key: 'form.problem.tooLarge' },
  { shape: /^Expected integer, received float$/, key: 'form.problem.integer' },
  { shape: /^(Required|required when .+)$/, key: 'form.problem.required' },
];

/** The string a validator message is said with, or undefined when the form has no words of its own for it. */
export function sayingOf(message: string): (typeof sayings)[number] | undefined {
  return sayings.find(({ shape }) => shape.test(message));
}

/** A validator problem, `path: message`, in its two parts; `(root)`, the whole case, has no path. */
export function splitProblem(problem: string): { path: string; message: string } {
  const at = problem.indexOf(': ');
  const path = at < 0 ? '' : problem.slice(0, at);
  return { path: path === '(root)' ? '' : path, message: at < 0 ? problem : problem.slice(at + 2) };
}

/** Whether a problem only asks for an answer that is still blank. */
export const asksForAnswer = (problem: string): boolean => sayingOf(splitProblem(problem).message)?.key === 'form.problem.required';

/** A problem as the form shows it: `Message or request received: cannot be earlier than “Order date”`. */
export function problemText(problem: string, lang: Lang, s: ProblemStrings): string {
  const { path, message } = splitProblem(problem);
  const saying = sayingOf(message);
  const text = saying ? fillText(s[saying.key], saying.fill?.(saying.shape.exec(message)!, lang) ?? {}) : s['form.problem.invalid'];
  return path ? `${questionLabel(path, lang)}${colon(lang)}${text}` : text;
}
