import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AuthoredCase, ItemAnswer, Quiz as QuizData, QuizResult } from '../../engine/quiz';
import { dueRules } from '../../engine/quiz/review-queue';
import { colon } from '../../engine/punctuation';
import { paramsOf, settingsFromParams, type QuizLinkProblem, type QuizSettings } from '../../engine/quiz/settings';
import { quizIdOf } from '../../engine/quiz/quiz-id';
import { unservedMarketplace } from '../../engine/quiz/served-quiz';
import type { Marketplace } from '../../engine/policy/team-schema';
import type { QuizRequest } from './quiz-worker';
import { sayingBoth, type QuizWords } from './quiz-words';
import type { Lang } from '../../engine/text';
import { recordCheck } from '../../stores/course-progress';
import { $quizHistory, recordQuiz } from '../../stores/quiz-history';
import { finishedAnswersOf, recordFinishedAnswers } from '../../stores/finished-answers';
import { moduleOfQuiz } from '../../course/module-check';
import { openQuiz, $pausedQuizzes } from '../../stores/paused-quizzes';
import { $quizSession, finishSession, type QuizSession } from '../../stores/quiz-session';
import { $reviewQueue, recordReviewResult } from '../../stores/review-queue';
import { StorageNotices } from '../storage/StorageNotices';
import { useStore } from '../storage/use-store';
import { flushLrs } from './lrs';
import { planOpening } from './opening';
import { quizHref, splitQuizSearch } from './quiz-link';
import { describeQuiz, type QuizModule } from './quiz-summary';
import { QuizConflict } from './QuizConflict';
import { QuizElsewhere } from './QuizElsewhere';
import { QuizzesUnderway } from './QuizzesUnderway';
import { QuizPlayer } from './QuizPlayer';
import { QuizSetup } from './QuizSetup';
import { fillText } from '../site/fill-text';
import type { QuizStrings } from './strings';
import { policy } from '../../engine/loaded-policy';
import { resultTitle, type ResultTitleStrings } from './result-title';

interface Props {
  lang: Lang;
  locale: string;
  paths: { quiz: string; simulator: string; rules: string; handbook: string; course: string };
  scenarios: AuthoredCase[];
  /** The course's modules with their checks: a quiz is a module's check when its settings are. */
  modules: QuizModule[];
  /** The platforms the setup offers: those the team serves (team.yaml), and "both" when it serves both. */
  platforms: QuizSettings['platform'][];
  strings: QuizStrings;
  /** The result file's title words in both languages. */
  resultTitleStrings: ResultTitleStrings;
  /** The actions' names in both languages, which the quiz's items are written in. */
  quizWords: QuizWords;
}

/**
 * What the page shows: the setup (with what a bad link got wrong), the question a link to
 * another quiz raises while one is in progress, or a quiz. `params` is the settings string as
 * the session stores it; `namedModule` a module the link named whose check this quiz is not.
 */
type View =
  | { kind: 'setup'; problems: QuizLinkProblem[]; unserved?: Marketplace }
  | { kind: 'ask'; settings: QuizSettings; wanted: string; active: QuizSession; named: string | null }
  | { kind: 'quiz'; quiz: QuizData; params: string; module: QuizModule | null; namedModule: string | null }
  | null;
interface Finished {
  view: typeof import('./QuizResults').QuizResults;
  quiz: QuizData;
  result: QuizResult;
  /** Null when a reopened result's answers are no longer kept. */
  answers: Record<string, ItemAnswer> | null;
  module: QuizModule | null;
  /** Reopened from its link rather than finished just now. */
  reopened: boolean;
  /** What "take it again" starts: this quiz's settings, as its link gives them. */
  again: { settings: QuizSettings; params: string; named: string | null };
}

/** A link's problems as the page says them: once per parameter and kind of fault (an empty seed breaks two of its rules), zod's words joined for the tooltip. */
const saidOnce = (problems: readonly QuizLinkProblem[]): QuizLinkProblem[] =>
  Object.values(
    problems.reduce<Record<string, QuizLinkProblem>>((said, p) => {
      const key = `${p.param} ${p.code}`;
      said[key] = said[key] ? { ...p, detail: `${said[key].detail}; ${p.detail}` } : p;
      return said;
    }, {}),
  );

/** The newest finished attempt at a quiz, if any. */
const lastResultOf = (history: readonly QuizResult[], quizId: string): QuizResult | null => history.findLast((r) => r.quizId === quizId) ?? null;

// What only a finished quiz needs loads when it ends.
const scoring = () => Promise.all([import('../../engine/quiz/score'), import('./QuizResults')]);

/** The quiz for settings, drawn in a worker so the page stays responsive (in the page where workers are missing). */
function drawQuiz(settings: QuizSettings, scenarios: AuthoredCase[], served: Marketplace[], words: QuizWords): Promise<QuizData> {
  if (typeof Worker === 'undefined')
    return import('../../engine/quiz/generate').then(({ generateQuiz }) => generateQuiz(policy, settings, { scenarios, served, say: sayingBoth(words) }));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./quiz-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<QuizData>) => {
      worker.terminate();
      resolve(data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(event);
    };
    const request: QuizRequest = { settings, scenarios, served, words };
    worker.postMessage(request);
  });
}

/** The quiz page: settings (or a quiz link) → the questions → the results. A quiz in progress is never replaced without asking. */
export function Quiz({ lang, locale, paths, scenarios, modules, platforms, strings: s, resultTitleStrings, quizWords }: Props) {
  const session = useStore($quizSession);
  const paused = useStore($pausedQuizzes);
  const [view, setView] = useState<View>(null);
  const [finished, setFinished] = useState<Finished | null>(null);
  // The marketplaces the team serves: the platforms offered, "both" aside.
  const served = platforms.filter((p): p is Marketplace => p !== 'both');

  /** Makes `params` the quiz in progress (its set-aside copy, or a new start) and draws it. */
  const begin = async (settings: QuizSettings, params: string, named: string | null) => {
    openQuiz(params);
    setView(null);
    const quiz = await drawQuiz(settings, scenarios, served, quizWords);
    const module = moduleOfQuiz(modules, settings);
    const namedModule = named && named !== module?.id ? (modules.find((m) => m.id === named)?.title[lang] ?? named) : null;
    setView({ kind: 'quiz', quiz, params, module, namedModule });
  };

  /** Shows a finished attempt's result again, with "take it again" to start a new one. */
  const reopen = async (settings: QuizSettings, params: string, named: string | null, result: QuizResult) => {
    setView(null);
    const [quiz, [, { QuizResults }]] = await Promise.all([drawQuiz(settings, scenarios, served, quizWords), scoring()]);
    const module = moduleOfQuiz(modules, settings);
    const answers = finishedAnswersOf(result.quizId, result.finishedAt);
    setFinished({ view: QuizResults, quiz, result, answers, module, reopened: true, again: { settings, params, named } });
  };

  const open = async (search: string) => {
    setFinished(null);
    const { params, module: named } = splitQuizSearch(search);
    if (![...params.keys()].length) return setView({ kind: 'setup', problems: [] });
    const read = settingsFromParams(policy, params);
    if ('problems' in read) return setView({ kind: 'setup', problems: read.problems });
    // A quiz about a marketplace the team does not serve would test what its trainees never handle.
    const unserved = unservedMarketplace(policy, read.settings, served);
    if (unserved) return setView({ kind: 'setup', problems: [], unserved });
    const wanted = paramsOf(read.settings).toString();
    const opening = planOpening($quizSession.get(), $pausedQuizzes.get(), wanted);
    if (opening.kind === 'ask') return setView({ kind: 'ask', settings: read.settings, wanted, active: opening.active, named });
    // A finished quiz's link opens its result; taking it again is the trainee's choice.
    const done = opening.kind === 'start' ? lastResultOf($quizHistory.get(), quizIdOf(read.settings)) : null;
    if (done) return reopen(read.settings, wanted, named, done);
    await begin(read.settings, opening.params, named);
  };

  const takeAgain = (again: Finished['again']) => {
    setFinished(null);
    void begin(again.settings, again.params, again.named).then(() => focus('quiz-item-title'));
  };

  /** Goes to a quiz's address in this tab and opens it there. */
  const go = (href: string) => {
    history.pushState(null, '', href);
    void open(location.search).then(() => focus('quiz-item-title'));
  };

  useEffect(() => {
    void open(location.search);
    flushLrs();
  }, []);

  const focus = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  const ruleHref = (id: string) => `${paths.rules}${id}/`;
  const handbookHref = (page: string, anchor: string) => `${paths.handbook}${page}/#${anchor}`;
  const weakRules = useMemo(() => dueRules($reviewQueue.get().queue, Date.now(), 10), [finished]);

  const notices = <StorageNotices strings={s} />;

  if (finished) {
    const title = resultTitle(resultTitleStrings, finished.module, finished.quiz.settings.seed);
    return (
      <>
        {notices}
        <finished.view
          lang={lang}
          locale={locale}
          quiz={finished.quiz}
          result={finished.result}
          answers={finished.answers}
          title={title}
          reopened={finished.reopened}
          takeAgain={() => takeAgain(finished.again)}
          durationMs={Date.parse(finished.result.finishedAt) - Date.parse(finished.result.startedAt)}
          ruleHref={ruleHref}
          handbookHref={handbookHref}
          next={finished.module ? { href: `${paths.course}${finished.module.id}/`, label: s['quiz.backToModule'] } : { href: paths.quiz, label: s['quiz.another'] }}
          strings={s}
        />
      </>
    );
  }
  if (!view) return <p class="quiz-loading">{s['quiz.loading']}</p>;
  if (view.kind === 'setup')
    return (
      <>
        {notices}
        {view.unserved && (
          <p class="note problem" role="alert">
            {fillText(s['quiz.notServed'], { platform: s[`quiz.platform.${view.unserved}`] })}
          </p>
        )}
        {view.problems.length > 0 && (
          <div class="note problem" role="alert">
            <p>{s['quiz.linkProblems']}</p>
            <ul>
              {saidOnce(view.problems).map((p) => (
                <li key={`${p.param} ${p.code}`} title={p.detail}>
                  <code>{p.param}</code>
                  {`${colon(lang)}${s[`quiz.linkProblem.${p.code}`]}`}
                </li>
              ))}
            </ul>
          </div>
        )}
        <QuizzesUnderway
          lang={lang}
          locale={locale}
          modules={modules}
          resume={(underway, module) => {
            // A set-aside quiz comes back in place of the one in progress, which is set aside in turn.
            openQuiz(underway.params);
            go(quizHref(paths.quiz, underway.params, module?.id));
          }}
          strings={s}
        />
        <QuizSetup lang={lang} strings={s} platforms={platforms} weakRules={weakRules} start={(params) => go(quizHref(paths.quiz, params.toString()))} />
      </>
    );
  if (view.kind === 'ask') {
    const current = describeQuiz(view.active.params, modules, lang, s);
    return (
      <>
        {notices}
        <QuizConflict
          current={current}
          answered={Object.keys(view.active.answers).length}
          wanted={describeQuiz(view.wanted, modules, lang, s).title}
          resume={() => {
            history.replaceState(null, '', quizHref(paths.quiz, view.active.params, current.module?.id));
            void open(location.search).then(() => focus('quiz-item-title'));
          }}
          start={() => {
            // The wanted quiz may wait among the set-aside ones: it then comes back with its answers.
            const target = planOpening(null, $pausedQuizzes.get(), view.wanted);
            void begin(view.settings, 'params' in target ? target.params : view.wanted, view.named).then(() => focus('quiz-item-title'));
          }}
          strings={s}
        />
      </>
    );
  }
  const shown = view;
  if (!session || session.params !== shown.params)
    return (
      <>
        {notices}
        <QuizElsewhere
          title={describeQuiz(shown.params, modules, lang, s).title}
          keptAside={paused.some((p) => p.params === shown.params)}
          resume={() => {
            openQuiz(shown.params);
            focus('quiz-item-title');
          }}
          quizPath={paths.quiz}
          strings={s}
        />
      </>
    );

  const finish = async () => {
    const [{ scoreQuiz }, { QuizResults }] = await scoring();
    const result = scoreQuiz(shown.quiz, session.answers, session.startedAt, new Date().toISOString());
    recordQuiz(result);
    recordFinishedAnswers(result.quizId, result.finishedAt, session.answers);
    recordReviewResult(result);
    if (shown.module) recordCheck(shown.module.id, result);
    finishSession();
    const again = { settings: shown.quiz.settings, params: shown.params, named: null };
    setFinished({ view: QuizResults, quiz: shown.quiz, result, answers: session.answers, module: shown.module, reopened: false, again });
    focus('results-title');
  };

  return (
    <>
      {notices}
      {shown.module && <p class="quiz-module">{fillText(s['quiz.moduleCheck'], { module: shown.module.title[lang] })}</p>}
      {shown.namedModule && <p class="note quiz-not-check">{fillText(s['quiz.notModuleCheck'], { module: shown.namedModule })}</p>}
      <QuizPlayer
        lang={lang}
        quiz={shown.quiz}
        session={session}
        simulatorPath={paths.simulator}
        ruleHref={ruleHref}
        handbookHref={handbookHref}
        finish={() => void finish()}
        strings={s}
      />
    </>
  );
}
