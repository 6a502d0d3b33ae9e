import { mostMissed } from '../../course/status';
import type { QuizResult } from '../../engine/quiz/result';
import type { CoursePaths } from './course-links';
import { fillText } from '../site/fill-text';
import type { ProgressStrings } from './strings';

/** How many rules the list shows: enough to act on, few enough to read. */
const SHOWN = 5;

interface Props {
  history: readonly QuizResult[];
  ruleTitles: Record<string, string>;
  paths: CoursePaths;
  strings: ProgressStrings;
}

/** The rules the trainee misses most across quizzes and module checks, each linked to its rule page. */
export function MostMissed({ history, ruleTitles, paths, strings: s }: Props) {
  const missed = mostMissed(history, SHOWN);
  return (
    <section aria-labelledby="missed-title" class="no-print">
      <h2 id="missed-title">{s['progress.missed']}</h2>
      <p>{s['progress.missedLead']}</p>
      {missed.length === 0 ? (
        <p>{s['progress.noMisses']}</p>
      ) : (
        <ol class="missed-rules">
          {missed.map((m) => (
            <li key={m.rule} data-rule={m.rule}>
              <a href={`${paths.rules}${m.rule}/`}>
                <span class="rule-id">{m.rule}</span> {ruleTitles[m.rule] ?? ''}
              </a>{' '}
              — {fillText(s['progress.missedItem'], { missed: m.missed, asked: m.asked })}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
