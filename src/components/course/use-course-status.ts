import { courseStatus, type ModuleStatus } from '../../course/status';
import type { CourseModule } from '../../course/schema';
import { $caseResults, type CaseResults } from '../../stores/case-results';
import { $courseProgress, type CourseProgress } from '../../stores/course-progress';
import { $courseSettings } from '../../stores/course-settings';
import { authoredKey } from '../simulator/practice';
import { useStore } from '../storage/use-store';
import { practisedCases } from './practised-cases';

export interface CourseView {
  progress: CourseProgress;
  caseResults: CaseResults;
  unlocked: boolean;
  statuses: ModuleStatus[];
}

/** The best score of a written case, or null before the trainee has closed it. */
export const caseBest = (results: CaseResults, caseId: string): number | null => results[authoredKey(caseId)]?.best ?? null;

/** Where the trainee stands in every module, from the stores, kept current (this tab or another). */
export function useCourseStatus(modules: readonly CourseModule[]): CourseView {
  const progress = useStore($courseProgress);
  const caseResults = useStore($caseResults);
  const { unlocked } = useStore($courseSettings);
  const practised = practisedCases(modules, caseResults);
  return { progress, caseResults, unlocked, statuses: courseStatus(modules, progress, practised, unlocked) };
}
