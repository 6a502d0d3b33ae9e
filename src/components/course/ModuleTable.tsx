import type { ModuleStatus } from '../../course/status';
import type { CourseModule } from '../../course/schema';
import type { Lang } from '../../engine/text';
import { moduleHref, type CoursePaths } from './course-links';
import { fillText } from '../site/fill-text';
import { StateBadge } from './StateBadge';
import type { ProgressStrings } from './strings';
import { formatTimeSpent } from './time-spent';

interface Props {
  lang: Lang;
  modules: readonly CourseModule[];
  statuses: readonly ModuleStatus[];
  paths: CoursePaths;
  strings: ProgressStrings;
}

/** Each module's state, best score, attempts and time spent. */
export function ModuleTable({ lang, modules, statuses, paths, strings: s }: Props) {
  const time = { hoursMinutes: s['course.hoursMinutes'], minutes: s['course.minutes'] };
  return (
    <section aria-labelledby="modules-title" class="no-print">
      <h2 id="modules-title">{s['progress.modules']}</h2>
      <div class="table-wrap" role="region" aria-labelledby="modules-title" tabIndex={0}>
        <table class="progress-table">
          <thead>
            <tr>
              <th scope="col">{s['progress.module']}</th>
              <th scope="col">{s['course.state']}</th>
              <th scope="col">{s['course.bestScore']}</th>
              <th scope="col">{s['course.attempts']}</th>
              <th scope="col">{s['course.timeSpent']}</th>
            </tr>
          </thead>
          <tbody>
            {modules.map((m, i) => {
              const status = statuses[i]!;
              return (
                <tr key={m.id} data-module={m.id}>
                  <th scope="row">
                    <a href={moduleHref(paths, m.id)}>
                      {i + 1}. {m.title[lang]}
                    </a>
                  </th>
                  <td>
                    <StateBadge state={status.state} label={s[`course.state.${status.state}`]} />
                    <span class="table-detail">{fillText(s['course.readCount'], { n: status.read, total: status.reading })}</span>
                    {status.practice > 0 && <span class="table-detail">{fillText(s['course.practiceCount'], { n: status.practised, total: status.practice })}</span>}
                  </td>
                  <td class="score">{status.bestScore === null ? s['course.notTaken'] : `${status.bestScore}%`}</td>
                  <td>{status.attempts}</td>
                  <td>{formatTimeSpent(status.timeSpentMs, time)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
