import type { Lang } from '../../engine/text';
import { $pausedQuizzes, discardPaused } from '../../stores/paused-quizzes';
import { $quizSession, type QuizSession } from '../../stores/quiz-session';
import { useStore } from '../storage/use-store';
import { fillText } from '../site/fill-text';
import { describeQuiz, type QuizModule } from './quiz-summary';
import type { QuizStrings } from './strings';

interface Props {
  lang: Lang;
  locale: string;
  modules: readonly QuizModule[];
  /** Opens a quiz under way: the one in progress as it is, a set-aside one in its place. */
  resume: (session: QuizSession, module: QuizModule | null) => void;
  strings: QuizStrings;
}

/** The quiz page's list of what is under way: the quiz in progress and every quiz set aside, each to resume. */
export function QuizzesUnderway({ lang, locale, modules, resume, strings: s }: Props) {
  const active = useStore($quizSession);
  const paused = useStore($pausedQuizzes);
  if (!active && !paused.length) return null;
  const entries = [...(active ? [{ session: active, current: true }] : []), ...paused.map((session) => ({ session, current: false }))];
  return (
    <section class="quizzes-underway" aria-labelledby="quizzes-underway-title">
      <h2 id="quizzes-underway-title">{s['quiz.underway.title']}</h2>
      <ul>
        {entries.map(({ session, current }, index) => {
          const summary = describeQuiz(session.params, modules, lang, s);
          const started = new Date(session.startedAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
          return (
            <li key={`${index}|${session.params}`} class="quiz-underway" data-state={current ? 'current' : 'paused'}>
              <span class="quiz-underway-state">{current ? s['quiz.underway.current'] : s['quiz.underway.paused']}</span> <strong>{summary.title}</strong>{' '}
              <span class="hint">{fillText(s['quiz.underway.facts'], { n: Object.keys(session.answers).length, total: summary.total ?? '?', date: started })}</span>
              <span class="actions">
                <button type="button" data-action="resume" onClick={() => resume(session, summary.module)}>
                  {s['quiz.underway.resume']}
                  <span class="visually-hidden">: {summary.title}</span>
                </button>
                {!current && (
                  <button type="button" class="link-button" data-action="discard" onClick={() => confirm(s['quiz.underway.discardConfirm']) && discardPaused(session.params)}>
                    {s['quiz.underway.discard']}
                    <span class="visually-hidden">: {summary.title}</span>
                  </button>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {paused.length > 0 && <p class="hint">{s['quiz.underway.hint']}</p>}
    </section>
  );
}
