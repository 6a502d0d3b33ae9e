import type { Words } from '../../engine/message';
import type { L10n, Lang } from '../../engine/text';
import { say, type Catalog } from '../../i18n/say';

/**
 * The engine's words a quiz writes into its items (the actions' names), in both languages: an
 * item keeps its texts in both, as it is stored and as its ID was always made from. The page
 * hands them over (`stringsWith(lang, 'engine.action.', 'engine.list.')` for each language, the lists for their joins), plain data, so they
 * can be posted to the worker that draws the quiz.
 */
export type QuizWords = Record<Lang, Catalog>;

/** The quiz's `say` (`SayBoth`): a message in both languages, from the words the page handed over. */
export const sayingBoth =
  (words: QuizWords) =>
  (message: Words): L10n => ({ en: say(words.en, 'en', message), 'zh-cn': say(words['zh-cn'], 'zh-cn', message) });
