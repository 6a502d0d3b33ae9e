import type { CourseModule } from '../../course/schema';
import type { L10n, Lang } from '../../engine/text';
import { $quizHistory } from '../../stores/quiz-history';
import { useStore } from '../storage/use-store';
import { Certificate } from './Certificate';
import type { CoursePaths } from './course-links';
import { completedAt, moduleResults } from './course-result';
import { ModuleTable } from './ModuleTable';
import { MostMissed } from './MostMissed';
import { ResultExport } from './ResultExport';
import type { ProgressStrings } from './strings';
import { TraineeName } from './TraineeName';
import { useCourseStatus } from './use-course-status';
import { useHydrated } from './use-hydrated';

interface Props {
  lang: Lang;
  locale: string;
  modules: CourseModule[];
  paths: CoursePaths;
  /** The course's name in both languages, for the result file. */
  courseTitle: L10n;
  /** Rule titles in the page's language, sent with the page (the islands do not fetch the rules file for them). */
  ruleTitles: Record<string, string>;
  strings: ProgressStrings;
  /** The team's name (team.yaml), on the certificate. */
  team: string;
}

/** `/progress/`: every module's standing, the most-missed rules, the certificate (once every module's gate is met) and the result for a trainer (the progress file is an island of its own). */
export function ProgressBoard({ lang, locale, modules, paths, courseTitle, ruleTitles, strings: s, team }: Props) {
  const hydrated = useHydrated();
  const { progress, statuses } = useCourseStatus(modules);
  const history = useStore($quizHistory);
  if (!hydrated) return <p class="course-loading">{s['course.loading']}</p>;

  const durationMs = modules.reduce((sum, m) => sum + (progress.modules[m.id]?.timeSpentMs ?? 0), 0);
  return (
    <div class="progress-board">
      <ModuleTable lang={lang} modules={modules} statuses={statuses} paths={paths} strings={s} />
      <MostMissed history={history} ruleTitles={ruleTitles} paths={paths} strings={s} />
      <TraineeName name={progress.traineeName} strings={s} />
      <Certificate
        lang={lang}
        locale={locale}
        name={progress.traineeName}
        team={team}
        modules={modules}
        statuses={statuses}
        completedAt={statuses.every((status) => status.state === 'passed') ? completedAt(modules, progress) : null}
        strings={s}
      />
      <ResultExport
        name={progress.traineeName}
        title={courseTitle}
        modules={moduleResults(modules, progress, history)}
        moduleCount={modules.length}
        durationMs={durationMs}
        strings={s}
      />
    </div>
  );
}
