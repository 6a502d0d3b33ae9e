import { moduleOfQuiz, type ModuleCheck } from '../../course/module-check';
import { settingsFromParams } from '../../engine/quiz/settings';
import type { L10n, Lang } from '../../engine/text';
import { fillText } from '../site/fill-text';
import type { QuizStrings } from './strings';
import { policy } from '../../engine/loaded-policy';

/** A course module as the quiz page knows it. */
export type QuizModule = ModuleCheck & { title: L10n };

/** What the trainee is shown of a quiz by its settings: its name, its length, and the module it is the check of. */
export interface QuizDescription {
  title: string;
  /** The questions asked for; null when the settings no longer read. */
  total: number | null;
  module: QuizModule | null;
}

export function describeQuiz(params: string, modules: readonly QuizModule[], lang: Lang, s: QuizStrings): QuizDescription {
  const read = settingsFromParams(policy, new URLSearchParams(params));
  if (!('settings' in read)) return { title: s['quiz.unreadable'], total: null, module: null };
  const module = moduleOfQuiz(modules, read.settings);
  const title = module ? fillText(s['quiz.checkNamed'], { module: module.title[lang] }) : fillText(s['quiz.named'], { seed: read.settings.seed });
  return { title, total: read.settings.count, module };
}
