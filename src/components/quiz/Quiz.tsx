import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AuthoredCase, ItemAnswer, Quiz as QuizData, QuizResult } from '../../engine/quiz';
import { dueRules } from '../../engine/quiz/review-queue';
import { settingsFromParams, type QuizSettings } from '../../engine/quiz/settings';
import { pageEngineText } from '../../build/engine-text-data';
import { pageRuleData } from '../../build/rule-data';
import { pageRuleProse } from '../../build/rule-prose-data';
import type { QuizRequest } from './quiz-worker';
import type { L10n, Lang } from '../../engine/text';
import { recordCheck } from '../../stores/course-progress';
import { recordQuiz } from '../../stores/quiz-history';
import { $quizSession, finishSession, startSession } from '../../stores/quiz-session';
import { $reviewQueue, recordReviewResult } from '../../stores/review-queue';
import { StorageNotices } from '../storage/StorageNotices';
import { useStore } from '../storage/use-store';
import { flushLrs } from './lrs';
import { splitQuizSearch } from './quiz-link';
import { QuizPlayer } from './QuizPlayer';
import { QuizSetup } from './QuizSetup';
import { fillText } from '../site/fill-text';
import type { QuizStrings } from './strings';

interface Props {
  lang: Lang;
  locale: string;
  paths: { quiz: string; simulator: string; rules: string; handbook: string; course: string };
  scenarios: AuthoredCase[];
  modules: { id: string; title: L10n }[];
  strings: QuizStrings;
}

type Loaded = { problems: string[] } | { quiz: QuizData; params: string; module: { id: string; title: L10n } | null } | null;
interface Finished {
  view: typeof import('./QuizResults').QuizResults;
  quiz: QuizData;
  result: QuizResult;
  answers: Record<string, ItemAnswer>;
  module: { id: string; title: L10n } | null;
}

// What only a finished quiz needs loads when it ends.
const scoring = () => Promise.all([import('../../engine/quiz/score'), import('./QuizResults')]);

/** The quiz for settings, drawn in a worker so the page stays responsive (in the page where workers are missing). */
function drawQuiz(settings: QuizSettings, scenarios: AuthoredCase[]): Promise<QuizData> {
  const prose = pageRuleProse();
  if (typeof Worker === 'undefined') return import('../../engine/quiz/generate').then(({ generateQuiz }) => generateQuiz(settings, { scenarios }));
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
    const request: QuizRequest = { settings, scenarios, prose, text: pageEngineText(), rules: pageRuleData() };
    worker.postMessage(request);
  });
}

/** The quiz page: settings (or a quiz link) → the questions → the results. */
export function Quiz({ lang, locale, paths, scenarios, modules, strings: s }: Props) {
  const session = useStore($quizSession);
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [finished, setFinished] = useState<Finished | null>(null);

  const open = async (search: string) => {
    const { params, module: moduleId } = splitQuizSearch(search);
    if (![...params.keys()].length) return setLoaded({ problems: [] });
    const read = settingsFromParams(params);
    if ('problems' in read) return setLoaded({ problems: read.problems });
    const quiz = await drawQuiz(read.settings, scenarios);
    const key = params.toString();
    if ($quizSession.get()?.params !== key) startSession(key);
    setLoaded({ quiz, params: key, module: modules.find((m) => m.id === moduleId) ?? null });
  };

  useEffect(() => {
    void open(location.search);
    flushLrs();
  }, []);

  const focus = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  const ruleHref = (id: string) => `${paths.rules}${id}/`;
  const handbookHref = (page: string, anchor: string) => `${paths.handbook}${page}/#${anchor}`;
  const weakRules = useMemo(() => dueRules($reviewQueue.get().queue, Date.now(), 10), [finished]);

  const notices = <StorageNotices lang={lang} strings={{ title: s['storage.title'], keptAs: s['storage.keptAs'], dismiss: s['storage.dismiss'] }} />;

  if (finished) {
    const title: L10n = finished.module
      ? { en: `Module check: ${finished.module.title.en}`, 'zh-cn': `单元测验：${finished.module.title['zh-cn']}` }
      : { en: `Quiz ${finished.quiz.settings.seed}`, 'zh-cn': `测验 ${finished.quiz.settings.seed}` };
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
          durationMs={Date.parse(finished.result.finishedAt) - Date.parse(finished.result.startedAt)}
          ruleHref={ruleHref}
          handbookHref={handbookHref}
          next={finished.module ? { href: `${paths.course}${finished.module.id}/`, label: s['quiz.backToModule'] } : { href: paths.quiz, label: s['quiz.another'] }}
          strings={s}
        />
      </>
    );
  }
  if (!loaded) return <p class="quiz-loading">{s['quiz.loading']}</p>;
  if ('problems' in loaded)
    return (
      <>
        {notices}
        {loaded.problems.length > 0 && (
          <div class="note problem" role="alert">
            <p>{s['quiz.linkProblems']}</p>
            <ul>
              {loaded.problems.map((p) => (
                <li key={p}>
                  <code>{p}</code>
                </li>
              ))}
            </ul>
          </div>
        )}
        <QuizSetup
          lang={lang}
          strings={s}
          weakRules={weakRules}
          start={(params) => {
            history.pushState(null, '', `${paths.quiz}?${params.toString()}`);
            void open(`?${params.toString()}`).then(() => focus('quiz-item-title'));
          }}
        />
      </>
    );
  if (!session || session.params !== loaded.params) return <p class="quiz-loading">{s['quiz.loading']}</p>;

  const finish = async () => {
    const [{ scoreQuiz }, { QuizResults }] = await scoring();
    const result = scoreQuiz(loaded.quiz, session.answers, session.startedAt, new Date().toISOString());
    recordQuiz(result);
    recordReviewResult(result);
    if (loaded.module) recordCheck(loaded.module.id, result);
    finishSession();
    setFinished({ view: QuizResults, quiz: loaded.quiz, result, answers: session.answers, module: loaded.module });
    focus('results-title');
  };

  return (
    <>
      {notices}
      {loaded.module && <p class="quiz-module">{fillText(s['quiz.moduleCheck'], { module: loaded.module.title[lang] })}</p>}
      <QuizPlayer lang={lang} quiz={loaded.quiz} session={session} simulatorPath={paths.simulator} ruleHref={ruleHref} handbookHref={handbookHref} finish={() => void finish()} strings={s} />
    </>
  );
}
