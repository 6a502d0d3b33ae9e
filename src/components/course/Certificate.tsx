import type { ModuleStatus } from '../../course/status';
import type { CourseModule } from '../../course/schema';
import type { Lang } from '../../engine/text';
import { fillParts, fillText } from '../site/fill-text';
import { certificateDate } from './course-result';
import type { ProgressStrings } from './strings';

interface Props {
  lang: Lang;
  /** BCP 47 tag for the date. */
  locale: string;
  name: string;
  /** The team's name (team.yaml). */
  team: string;
  modules: readonly CourseModule[];
  statuses: readonly ModuleStatus[];
  /** When the last module was first passed; null while any module is not. */
  completedAt: string | null;
  strings: ProgressStrings;
}

/** The completion certificate: the trainee's name, the date, each module's best score; printable on its own. */
export function Certificate({ lang, locale, name, team, modules, statuses, completedAt, strings: s }: Props) {
  const passed = statuses.filter((status) => status.state === 'passed').length;
  if (completedAt === null)
    return (
      <section aria-labelledby="certificate-title" class="no-print">
        <h2 id="certificate-title">{s['progress.certificate']}</h2>
        <p>{fillText(s['progress.certificateNotYet'], { n: passed, total: modules.length })}</p>
      </section>
    );

  const date = certificateDate(completedAt, locale);
  return (
    <section aria-labelledby="certificate-title" class="certificate">
      <h2 id="certificate-title">{s['progress.certificate']}</h2>
      {name ? (
        <p class="certificate-text">
          {fillParts(s['progress.certifies'], {
            name: <strong class="certificate-name">{name}</strong>,
            team: <strong class="certificate-team">{team}</strong>,
            date: <time dateTime={completedAt}>{date}</time>,
          })}
        </p>
      ) : (
        <p class="note">{s['progress.certificateNeedsName']}</p>
      )}
      <table class="certificate-scores">
        <caption>{s['progress.certificateScores']}</caption>
        <thead>
          <tr>
            <th scope="col">{s['progress.module']}</th>
            <th scope="col">{s['course.bestScore']}</th>
          </tr>
        </thead>
        <tbody>
          {modules.map((m, i) => (
            <tr key={m.id} data-module={m.id}>
              <th scope="row">
                {i + 1}. {m.title[lang]}
              </th>
              <td class="score">{statuses[i]?.bestScore ?? 0}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      {name && (
        <p class="no-print">
          <button type="button" onClick={() => window.print()}>
            {s['progress.print']}
          </button>
        </p>
      )}
    </section>
  );
}
