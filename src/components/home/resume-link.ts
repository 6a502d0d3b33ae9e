import { courseStatus, resumeModule, type CourseGateInput } from '../../course/module-state';
import { $caseResults } from '../../stores/case-results';
import { $courseProgress } from '../../stores/course-progress';
import { $courseSettings } from '../../stores/course-settings';
import { fillText } from '../site/fill-text';
import { practisedCases } from '../course/practised-cases';

interface ResumeConfig {
  course: CourseGateInput[];
  titles: string[];
  coursePath: string;
  resume: string;
}

/**
 * Points the returning trainee's card at the module to go on with, from the stored progress.
 * A trainee with nothing stored keeps the server's link and words: module 1.
 */
export function pointAtResume(link: HTMLAnchorElement, configText: string): void {
  const config = JSON.parse(configText) as ResumeConfig;
  const statuses = courseStatus(config.course, $courseProgress.get(), practisedCases(config.course, $caseResults.get()), $courseSettings.get().unlocked);
  const resume = resumeModule(config.course, statuses);
  if (!resume.started) return;
  link.href = `${config.coursePath}${resume.id}/`;
  link.textContent = fillText(config.resume, { n: resume.number, title: config.titles[resume.number - 1]! });
}
