import { useEffect, useRef } from 'preact/hooks';
import { fillText } from '../site/fill-text';
import type { QuizDescription } from './quiz-summary';
import type { QuizStrings } from './strings';

interface Props {
  current: QuizDescription;
  /** Questions answered so far in the quiz in progress. */
  answered: number;
  wanted: string;
  resume: () => void;
  start: () => void;
  strings: QuizStrings;
}

/** A link to another quiz while one is in progress: the trainee chooses; nothing is replaced before. */
export function QuizConflict({ current, answered, wanted, resume, start, strings: s }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="quiz-conflict note" aria-labelledby="quiz-conflict-title">
      <h2 id="quiz-conflict-title" tabIndex={-1} ref={heading}>
        {s['quiz.conflict.title']}
      </h2>
      <p>{fillText(s['quiz.conflict.lead'], { current: current.title, n: answered, total: current.total ?? '?', wanted })}</p>
      <div class="actions">
        <button type="button" class="primary" data-action="resume-current" onClick={resume}>
          {s['quiz.conflict.resume']}
        </button>
        <button type="button" data-action="start-new" onClick={start}>
          {s['quiz.conflict.start']}
        </button>
      </div>
      <p class="hint">{s['quiz.conflict.hint']}</p>
    </section>
  );
}
