import { paramsOf, settingsFromParams } from '../../engine/quiz/settings';
import { policy } from '../../engine/loaded-policy';

/**
 * A quiz page's address: the quiz settings (see the engine's `settingsFromParams`), plus
 * `module=<id>` when the quiz is a course module's check. The module is the page's business,
 * not the quiz's, so it is taken off before the settings are read.
 */
export function splitQuizSearch(search: string): { params: URLSearchParams; module: string | null } {
  const params = new URLSearchParams(search);
  const module = params.get('module');
  params.delete('module');
  return { params, module };
}

/** A settings string in the one form `paramsOf` writes, or null when it reads as no quiz. */
export function canonicalQuiz(params: string): string | null {
  const read = settingsFromParams(policy, new URLSearchParams(params));
  return 'settings' in read ? paramsOf(read.settings).toString() : null;
}

/** Whether two settings strings are the same quiz: the same settings, in whatever order a link wrote them. */
export function sameQuiz(a: string, b: string): boolean {
  if (a === b) return true;
  const canonical = canonicalQuiz(a);
  return canonical !== null && canonical === canonicalQuiz(b);
}

/** The address of a quiz under way, with its module when it is one's check (the results page then leads back there). */
export const quizHref = (quizPath: string, params: string, moduleId?: string | null): string =>
  `${quizPath}?${params}${moduleId ? `&module=${encodeURIComponent(moduleId)}` : ''}`;
