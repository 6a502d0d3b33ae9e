import type { CaseProblem } from '../../engine/case-problems';
import type { Answers, Question } from '../../engine/questions';
import type { Lang } from '../../engine/text';
import type { KeysWith } from '../../i18n';
import { asksForAnswer, problemText } from './problem-text';
import { questionLabel } from './question-labels';

interface Props {
  lang: Lang;
  questions: Question[];
  answers: Answers;
  /** The case validator's problems. */
  problems: readonly CaseProblem[];
  strings: Record<KeysWith<'form.' | 'engine.fact.'>, string>;
}

/**
 * What stops the form from giving a result: blanks to fill (said calmly), then facts that
 * contradict each other (an alert), each named by its question's label.
 */
export function FormProblems({ lang, questions, answers, problems, strings }: Props) {
  // Blanks: questions always needed, and those the facts need only now (damage, once the topic is "damaged").
  const needed = new Set(problems.filter(asksForAnswer).map((p) => p.path.join('.')));
  const missing = questions.filter((q) => (q.required || needed.has(q.path)) && (answers[q.path] === undefined || answers[q.path] === ''));
  if (missing.length)
    return (
      <p class="form-missing" role="status">
        {strings['form.missing']} {missing.map((q) => questionLabel(q.path, lang, strings)).join(lang === 'en' ? ', ' : '、')}
      </p>
    );
  if (!problems.length) return null;
  return (
    <div class="problems" role="alert">
      <p>{strings['form.problems']}</p>
      <ul>
        {problems.map((p) => (
          <li>{problemText(p, lang, strings)}</li>
        ))}
      </ul>
    </div>
  );
}
