import { colon } from '../../engine/punctuation';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Quiz } from '../../engine/quiz';
import type { Lang } from '../../engine/text';
import { answer, goTo, type QuizSession } from '../../stores/quiz-session';
import { CaseItemView } from './CaseItemView';
import { ItemView } from './ItemView';
import { fillText } from '../site/fill-text';
import type { QuizStrings } from './strings';

interface Props {
  lang: Lang;
  quiz: Quiz;
  session: QuizSession;
  simulatorPath: string;
  ruleHref: (id: string) => string;
  handbookHref: (page: string, anchor: string) => string;
  finish: () => void;
  strings: QuizStrings;
}

const remaining = (session: QuizSession, minutes: number, now: number) => Math.max(0, Date.parse(session.startedAt) + minutes * 60_000 - now);
const clock = (ms: number) => {
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};

/** The quiz, one question at a time. Every answer is stored at once, so a reload resumes here. */
export function QuizPlayer({ lang, quiz, session, simulatorPath, ruleHref, handbookHref, finish, strings: s }: Props) {
  const index = Math.min(session.current, quiz.items.length - 1);
  const item = quiz.items[index]!;
  const given = session.answers[item.id];
  const chosen = Array.isArray(given) ? given : [];
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const limit = quiz.settings.timeLimitMinutes;
  const [now, setNow] = useState(Date.now());
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!limit) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [limit]);
  useEffect(() => {
    if (limit && remaining(session, limit, now) === 0) finish();
  }, [now]);

  const move = (to: number) => {
    goTo(to, session.params);
    requestAnimationFrame(() => heading.current?.focus());
  };
  const each = quiz.settings.feedback === 'each';
  const revealed = each && checked.has(item.id);
  const answeredCount = quiz.items.filter((i) => session.answers[i.id] !== undefined).length;
  const last = index === quiz.items.length - 1;

  return (
    <section class="quiz-player" aria-labelledby="quiz-item-title">
      <div class="quiz-status">
        <span>{fillText(s['quiz.progress'], { n: index + 1, total: quiz.items.length })}</span>
        <span>{fillText(s['quiz.answered'], { n: answeredCount })}</span>
        {limit && (
          <span class="quiz-timer">
            {s['quiz.timeLeft']}
            {colon(lang)}
            <span role="timer">{clock(remaining(session, limit, now))}</span>
          </span>
        )}
      </div>
      {quiz.shortfall > 0 && <p class="note">{fillText(s['quiz.shortfall'], { n: quiz.shortfall })}</p>}
      <h2 id="quiz-item-title" tabIndex={-1} ref={heading}>
        {fillText(s['quiz.question'], { n: index + 1 })} <span class="quiz-kind">({s[`quiz.kind.${item.kind}`]})</span>
      </h2>
      {item.kind === 'case' ? (
        <CaseItemView
          lang={lang}
          item={item}
          since={session.startedAt}
          simulatorPath={simulatorPath}
          strings={s}
          score={given && !Array.isArray(given) ? given.caseScore : null}
          answered={(score) => answer(item.id, { caseScore: score }, session.params)}
        />
      ) : (
        <ItemView
          lang={lang}
          item={item}
          chosen={chosen}
          revealed={revealed}
          choose={revealed ? undefined : (next) => answer(item.id, next, session.params)}
          ruleHref={ruleHref}
          handbookHref={handbookHref}
          strings={s}
        />
      )}
      <div class="actions quiz-actions">
        <button type="button" class="quiz-button" data-action="previous" onClick={() => move(index - 1)} disabled={index === 0}>
          {s['quiz.previous']}
        </button>
        {each && item.kind !== 'case' && !revealed && (
          <button type="button" class="quiz-button" data-action="check" disabled={!chosen.length} onClick={() => setChecked(new Set([...checked, item.id]))}>
            {s['quiz.check']}
          </button>
        )}
        {!last && (
          <button type="button" class="quiz-button primary" data-action="next" onClick={() => move(index + 1)}>
            {s['quiz.next']}
          </button>
        )}
        <button
          type="button"
          data-action="finish"
          class={`quiz-button${last ? ' primary' : ''}`}
          onClick={() => (answeredCount < quiz.items.length && !confirm(s['quiz.finishEarly']) ? null : finish())}
        >
          {s['quiz.finish']}
        </button>
      </div>
    </section>
  );
}
