import type { CourseModule } from '../../course/schema';
import type { QuizResult } from '../../engine/quiz/result';
import type { L10n } from '../../engine/text';
import type { ModuleResult, WrittenFile } from '../../results';
import type { CourseProgress } from '../../stores/course-progress';

/** The course's ID in result files and xAPI activity IDs. */
export const COURSE_ID = 'casebook-onboarding';

/** The full quiz result of a check attempt: the same quiz, finished at the same moment (an older attempt may share the quiz ID). */
function resultOf(history: readonly QuizResult[], quizId: string, at: string): QuizResult | undefined {
  return history.find((r) => r.quizId === quizId && r.finishedAt === at);
}

/**
 * Each module check taken, at its best attempt, as a result file carries it. An attempt counts
 * only when its full result is still in the quiz history (attempts stored before the quiz ID
 * was kept, or pushed out of the history, cannot be exported).
 */
export function moduleResults(modules: readonly CourseModule[], progress: CourseProgress, history: readonly QuizResult[]): ModuleResult[] {
  return modules.flatMap((m) => {
    const found = (progress.modules[m.id]?.checks ?? []).flatMap((attempt) => {
      const result = attempt.quizId ? resultOf(history, attempt.quizId, attempt.at) : undefined;
      return result ? [result] : [];
    });
    // The best score; among equal scores, the later attempt.
    const best = found.reduce<QuizResult | undefined>((b, r) => (!b || r.score >= b.score ? r : b), undefined);
    return best ? [{ moduleId: m.id, title: m.title, result: best }] : [];
  });
}

/** The day the course was completed: when the last module was first passed. Null until every module is. */
export function completedAt(modules: readonly CourseModule[], progress: CourseProgress): string | null {
  const firstPasses = modules.map((m) => progress.modules[m.id]?.checks.find((c) => c.passed)?.at);
  if (firstPasses.some((at) => at === undefined)) return null;
  return (firstPasses as string[]).reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}

/** The certificate's date in the page's language (`locale`, a BCP 47 tag): the stored completion day, never the day it is viewed. */
export const certificateDate = (completed: string, locale: string): string => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(completed));

export interface CourseResultInput {
  traineeName: string;
  title: L10n;
  modules: ModuleResult[];
  durationMs: number;
  homePage: string;
  now: Date;
}

/**
 * The course result file, or the same result as xAPI statements. The result code is loaded only
 * when asked for, so the progress page stays light until then.
 */
export async function courseResultFile(input: CourseResultInput, as: 'file' | 'xapi'): Promise<WrittenFile> {
  const { readResultFile, statementsFor, writeResultFile } = await import('../../results');
  const written = await writeResultFile(
    { kind: 'course', trainee: { name: input.traineeName }, title: input.title, durationMs: Math.round(input.durationMs), courseId: COURSE_ID, modules: input.modules },
    input.now,
  );
  if (as === 'file') return written;
  const read = await readResultFile(written.text);
  if (!read.ok) throw new Error(read.problems.join('; '));
  const statements = statementsFor(read.file, { homePage: input.homePage });
  return { name: written.name.replace(/\.json$/, '-xapi.json'), text: `${JSON.stringify(statements, null, 2)}\n` };
}
