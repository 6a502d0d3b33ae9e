import type { CourseModule } from '../../course/schema';
import type { Lang } from '../../engine/text';
import { moduleHref, type CoursePaths } from './course-links';
import { fillText } from '../site/fill-text';
import { StateBadge } from './StateBadge';
import { UnlockQuestion } from './UnlockQuestion';
import type { CourseStrings } from './strings';
import { useCourseStatus } from './use-course-status';
import { useHydrated } from './use-hydrated';
import { colon } from '../../engine/punctuation';

interface Props {
  lang: Lang;
  modules: CourseModule[];
  paths: CoursePaths;
  strings: CourseStrings;
}

/** `/course/`: the modules in order, each with its state, and a trainer's unlock link asked about. */
export function CourseOverview({ lang, modules, paths, strings: s }: Props) {
  const hydrated = useHydrated();
  const { statuses, unlocked } = useCourseStatus(modules);

  return (
    <div class="course-overview">
      <UnlockQuestion strings={s} />
      {hydrated && unlocked && <p class="note">{s['course.unlockedNote']}</p>}
      <ol class="course-modules">
        {modules.map((m, i) => {
          const status = statuses[i]!;
          return (
            <li key={m.id} class="course-module card" data-module={m.id}>
              <h2>
                <a href={moduleHref(paths, m.id)}>
                  <span class="module-number">{fillText(s['course.moduleNumber'], { n: i + 1 })}</span> {m.title[lang]}
                </a>
              </h2>
              <p>{m.summary[lang]}</p>
              {hydrated ? (
                <ul class="module-facts">
                  <li>
                    <StateBadge state={status.state} label={s[`course.state.${status.state}`]} />
                  </li>
                  <li>{fillText(s['course.readCount'], { n: status.read, total: status.reading })}</li>
                  {status.practice > 0 && <li>{fillText(s['course.practiceCount'], { n: status.practised, total: status.practice })}</li>}
                  <li>
                    {s['course.bestScore']}
                    {colon(lang)}
                    {status.bestScore === null ? s['course.notTaken'] : `${status.bestScore}%`}
                  </li>
                </ul>
              ) : (
                <p class="module-facts">{s['course.loading']}</p>
              )}
            </li>
          );
        })}
      </ol>
      <p>
        <a href={paths.progress}>{s['course.progressLink']}</a>
      </p>
    </div>
  );
}
