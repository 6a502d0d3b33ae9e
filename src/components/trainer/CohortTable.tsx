import type { Lang } from '../../engine/text';
import type { CohortRow } from '../../results/cohort';
import { formatDuration } from '../case-clock/duration';
import type { TrainerStrings } from './trainer-strings';

interface Props {
  rows: CohortRow[];
  lang: Lang;
  /** Locale tag for numbers and dates, e.g. `en` or `zh-CN`. */
  locale: string;
  strings: TrainerStrings;
}

/** One row per result loaded. Passed or not is a word and a symbol; the colour only repeats them. */
export function CohortTable({ rows, lang, locale, strings: s }: Props) {
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  const finished = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  // Every row's date passed dateProblem, so this formats; should one still not, its own text shows rather than nothing.
  const finishedText = (iso: string): string => {
    try {
      return finished.format(new Date(iso));
    } catch {
      return iso;
    }
  };
  return (
    <div class="table-wrap" role="region" aria-labelledby="trainer-cohort-caption" tabIndex={0}>
      <table id="trainer-cohort" class="cohort-table">
        <caption id="trainer-cohort-caption">{s['trainer.cohortCaption']}</caption>
        <thead>
          <tr>
            <th scope="col">{s['trainer.col.trainee']}</th>
            <th scope="col">{s['trainer.col.title']}</th>
            <th scope="col" class="number">
              {s['trainer.col.score']}
            </th>
            <th scope="col">{s['trainer.col.result']}</th>
            <th scope="col" class="number">
              {s['trainer.col.time']}
            </th>
            <th scope="col">{s['trainer.col.finished']}</th>
          </tr>
        </thead>
        <tbody>
          {/* Two folders can hold different files of the same name, so the key is the place in the table. */}
          {rows.map((row, i) => (
            <tr key={i} data-file={row.fileName}>
              <th scope="row" class="trainee">
                {row.trainee}
                {row.traineeId && <span class="trainee-id">{row.traineeId}</span>}
              </th>
              <td class="quiz-title">{row.title[lang]}</td>
              <td class="number">{percent.format(row.score / 100)}</td>
              <td class={row.passed ? 'result-passed' : 'result-failed'} data-passed={String(row.passed)}>
                <span aria-hidden="true">{row.passed ? '✓' : '✕'}</span> {row.passed ? s['trainer.passed'] : s['trainer.failed']}
              </td>
              <td class="number">{formatDuration(row.durationMs, lang, s)}</td>
              <td>
                <time dateTime={row.finishedAt}>{finishedText(row.finishedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
