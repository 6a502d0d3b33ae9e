import { useState } from 'preact/hooks';
import { areaLabels } from '../../engine/policy/area-labels';
import { breakdown, type ItemAnswer, type Quiz, type QuizResult } from '../../engine/quiz';
import type { L10n, Lang } from '../../engine/text';
import { statementsFor, writeResultFile, type ResultFileInput } from '../../results';
import { $courseProgress, setTraineeName } from '../../stores/course-progress';
import { $quizHistory } from '../../stores/quiz-history';
import { download } from '../storage/download';
import { useStore } from '../storage/use-store';
import { HistoryChart } from './HistoryChart';
import { ItemView } from './ItemView';
import { sendToLrs } from './lrs';
import { say } from '../../i18n/say';
import { fillText } from '../site/fill-text';
import { formatPercent, formatScorePercent } from '../../engine/format-number';
import type { QuizStrings } from './strings';
import { policy } from '../../engine/loaded-policy';

interface Props {
  lang: Lang;
  locale: string;
  quiz: Quiz;
  result: QuizResult;
  /** Null when a reopened result's answers are no longer kept: each item then shows only right or wrong. */
  answers: Record<string, ItemAnswer> | null;
  /** Opened again from its link, not finished just now. */
  reopened: boolean;
  /** Starts a new attempt at the same quiz. */
  takeAgain: () => void;
  title: L10n;
  durationMs: number;
  ruleHref: (id: string) => string;
  handbookHref: (page: string, anchor: string) => string;
  /** Where to go next: the course module, or a new quiz. */
  next: { href: string; label: string };
  strings: QuizStrings;
}

/** A finished quiz: the score, where points were lost by area and by rule, every item with why, the history, and the result to take away. */
export function QuizResults({ lang, locale, quiz, result, answers, reopened, takeAgain, title, durationMs, ruleHref, handbookHref, next, strings: s }: Props) {
  const history = useStore($quizHistory);
  const progress = useStore($courseProgress);
  const [name, setName] = useState(progress.traineeName);
  const [exportProblem, setExportProblem] = useState(false);
  const { byArea, byRule } = breakdown(policy, result);
  const rightCount = result.items.filter((i) => i.correct).length;

  const resultFile = async () => {
    if (!name.trim()) {
      setExportProblem(true);
      document.getElementById('trainee-name')?.focus();
      return null;
    }
    setExportProblem(false);
    setTraineeName(name);
    const input: ResultFileInput = { kind: 'quiz', trainee: { name: name.trim() }, title, durationMs, result };
    return writeResultFile(input, new Date());
  };

  return (
    <section class="quiz-results" aria-labelledby="results-title">
      <h2 id="results-title" tabIndex={-1}>
        {s['quiz.results']}
      </h2>
      {reopened && (
        <p class="quiz-reopened">
          {fillText(s['quiz.finishedOn'], { date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(result.finishedAt)) })}
        </p>
      )}
      <p class={`quiz-score ${result.passed ? 'is-right' : 'is-wrong'}`} role="status">
        <strong>
          {result.passed ? '✓' : '✗'}{' '}
          {fillText(s['quiz.scoreLine'], {
            right: rightCount,
            total: result.items.length,
            percent: formatScorePercent(rightCount, result.items.length, result.passMark, locale),
          })}{' '}
          — {result.passed ? s['quiz.passed'] : s['quiz.failed']}
        </strong>{' '}
        {fillText(s['quiz.passMark'], { n: formatPercent(result.passMark / 100, locale) })}
      </p>
      <p class="actions quiz-next">
        <a class="button-link" href={next.href}>
          {next.label}
        </a>
        <button type="button" class="quiz-button" data-action="again" onClick={takeAgain}>
          {s['quiz.again']}
        </button>
      </p>
      <div class="table-scroll">
        <table>
          <caption>{s['quiz.byArea']}</caption>
          <thead>
            <tr>
              <th scope="col">{s['quiz.area']}</th>
              <th scope="col">{s['quiz.correct']}</th>
              <th scope="col">%</th>
            </tr>
          </thead>
          <tbody>
            {byArea.map((a) => (
              <tr key={a.area}>
                <th scope="row">{say(s, lang, areaLabels[a.area].name)}</th>
                <td>
                  {a.correct} / {a.total}
                </td>
                <td>{formatPercent(a.correct / a.total, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>{s['quiz.byRule']}</caption>
          <thead>
            <tr>
              <th scope="col">{s['quiz.rule']}</th>
              <th scope="col">{s['quiz.correct']}</th>
            </tr>
          </thead>
          <tbody>
            {byRule.map((r) => (
              <tr key={r.rule}>
                <th scope="row">
                  <a href={ruleHref(r.rule)}>{r.rule}</a>
                </th>
                <td>
                  {r.correct === r.total ? '✓' : '✗'} {r.correct} / {r.total}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{s['quiz.review']}</h3>
      {answers === null && <p class="hint">{s['quiz.answersNotKept']}</p>}
      <ol class="quiz-review">
        {quiz.items.map((item, i) => {
          const given = answers?.[item.id];
          return (
            <li key={item.id}>
              {item.kind === 'case' ? (
                <p>
                  {item.prompt[lang]} <strong>{given && !Array.isArray(given) ? fillText(s['quiz.case.counted'], { score: given.caseScore }) : s['quiz.unanswered']}</strong>{' '}
                  {result.items[i]?.correct ? `✓ ${s['quiz.right']}` : `✗ ${s['quiz.wrong']}`}
                </p>
              ) : (
                <ItemView
                  lang={lang}
                  item={item}
                  chosen={Array.isArray(given) ? given : []}
                  outcome={answers === null ? (result.items[i]?.correct ?? false) : undefined}
                  revealed
                  ruleHref={ruleHref}
                  handbookHref={handbookHref}
                  strings={s}
                />
              )}
            </li>
          );
        })}
      </ol>
      <HistoryChart history={history} locale={locale} strings={s} />
      <section class="quiz-export controls" aria-labelledby="export-title">
        <h3 id="export-title">{s['quiz.export']}</h3>
        <p class="hint">{s['quiz.exportHint']}</p>
        <label>
          {s['quiz.traineeName']}
          <input
            id="trainee-name"
            type="text"
            value={name}
            autocomplete="name"
            aria-invalid={exportProblem}
            aria-describedby={exportProblem ? 'name-problem' : undefined}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        {exportProblem && (
          <p id="name-problem" class="problem">
            {s['quiz.nameNeeded']}
          </p>
        )}
        <div class="actions">
          <button
            type="button"
            onClick={async () => {
              const file = await resultFile();
              if (file) download(file.name, file.text);
            }}
          >
            {s['quiz.downloadResult']}
          </button>
          <button
            type="button"
            onClick={async () => {
              const file = await resultFile();
              if (!file) return;
              const statements = statementsFor(JSON.parse(file.text), { homePage: location.origin });
              sendToLrs(statements);
              download(file.name.replace(/\.json$/, '.xapi.json'), `${JSON.stringify(statements, null, 2)}\n`);
            }}
          >
            {s['quiz.downloadXapi']}
          </button>
        </div>
      </section>
    </section>
  );
}
