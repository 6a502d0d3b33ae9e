import { useEffect, useRef } from 'preact/hooks';
import type { QuizStrings } from './strings';

interface Props {
  title: string;
  /** The quiz waits among the set-aside ones, so it can be taken back here. */
  keptAside: boolean;
  resume: () => void;
  quizPath: string;
  strings: QuizStrings;
}

/** The quiz this tab showed is no longer the one in progress: another tab replaced or finished it. Said, not left hanging. */
export function QuizElsewhere({ title, keptAside, resume, quizPath, strings: s }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="quiz-elsewhere note" role="status" aria-labelledby="quiz-elsewhere-title">
      <h2 id="quiz-elsewhere-title" tabIndex={-1} ref={heading}>
        {s['quiz.elsewhere.title']}
      </h2>
      <p>
        <strong>{title}</strong>: {keptAside ? s['quiz.elsewhere.keptAside'] : s['quiz.elsewhere.gone']}
      </p>
      <div class="actions">
        {keptAside && (
          <button type="button" class="primary" data-action="resume-here" onClick={resume}>
            {s['quiz.elsewhere.resume']}
          </button>
        )}
        <a class="button-link" href={quizPath}>
          {s['quiz.elsewhere.quizPage']}
        </a>
      </div>
    </section>
  );
}
