import { useEffect, useState } from 'preact/hooks';
import type { CourseModule } from '../../course/schema';
import type { Lang } from '../../engine/text';
import { moduleHref, type CoursePaths } from './course-links';
import { fillText } from '../site/fill-text';
import { StateBadge } from './StateBadge';
import type { CourseStrings } from './strings';
import { applyUnlockParam, unlockMessages, type UnlockOutcome } from './unlock-link';
import { useCourseStatus } from './use-course-status';
import { useHydrated } from './use-hydrated';

interface Props {
  lang: Lang;
  modules: CourseModule[];
  paths: CoursePaths;
  strings: CourseStrings;
}

/** `/course/`: the modules in order, each with its state, and the trainer's unlock link applied. */
export function CourseOverview({ lang, modules, paths, strings: s }: Props) {
  const hydrated = useHydrated();
  const { statuses, unlocked } = useCourseStatus(modules);
  const [unlock, setUnlock] = useState<UnlockOutcome | null>(null);
  useEffect(() => setUnlock(applyUnlockParam(location.search)), []);

  return (
    <div class="course-overview">
      <div role="status" class="course-announce">
        {unlock && <p class="note">{s[unlockMessages[unlock]]}</p>}
      </div>
      {hydrated && unlocked && !unlock && <p class="note">{s['course.unlockedNote']}</p>}
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
                    {s['course.bestScore']}: {status.bestScore === null ? s['course.notTaken'] : `${status.bestScore}%`}
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
