import { checkSettings } from '../../course/status';
import type { CourseModule } from '../../course/schema';
import { paramsOf, quizSettings } from '../../engine/quiz/settings';
import { policy } from '../../engine/loaded-policy';

/** The site's sections the course links to, in the page's language (`/quiz/` or `/zh-cn/quiz/`). */
export interface CoursePaths {
  course: string;
  progress: string;
  quiz: string;
  simulator: string;
  rules: string;
}

export const moduleHref = (paths: CoursePaths, moduleId: string): string => `${paths.course}${moduleId}/`;

/**
 * Where a module's check is taken: the `attempt`-th quiz of its areas (each attempt its own
 * seed), or for the final module the assessed shift day. `module=` tells the quiz or the shift
 * which module's progress to record the result in.
 */
export function checkHref(paths: CoursePaths, module: CourseModule, attempt: number): string {
  if ('shift' in module.check) return `${paths.simulator}shift/?seed=${module.check.shift}&module=${module.id}`;
  const settings = checkSettings(module, attempt);
  if (!settings) throw new Error(`module ${module.id} has no quiz check`);
  return `${paths.quiz}?${paramsOf(quizSettings(policy, settings))}&module=${module.id}`;
}
