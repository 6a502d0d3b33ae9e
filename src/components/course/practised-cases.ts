import type { CaseResults } from '../../stores/case-results';
import { authoredKey } from '../simulator/practice';

/** The written cases of these modules the trainee has closed at least once (so the simulator kept a score). */
export const practisedCases = (course: readonly { practice: readonly string[] }[], results: CaseResults): Set<string> =>
  new Set(course.flatMap((m) => m.practice).filter((id) => results[authoredKey(id)] !== undefined));
