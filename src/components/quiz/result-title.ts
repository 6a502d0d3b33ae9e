import { langs, type L10n, type Lang } from '../../engine/text';
import type { KeysWith } from '../../i18n';
import { fillText } from '../site/fill-text';

/** The `resultFile.*` strings in both languages: a result file carries its title in both (a trainer reads either, xAPI names hold both). */
export type ResultTitleStrings = Record<Lang, Record<KeysWith<'resultFile.'>, string>>;

/** The title of a finished quiz's result file: a module's check by the module's title, any other quiz by its seed. */
export const resultTitle = (s: ResultTitleStrings, module: { title: L10n } | null, seed: string): L10n =>
  Object.fromEntries(
    langs.map((lang) => [lang, module ? fillText(s[lang]['resultFile.moduleCheck'], { title: module.title[lang] }) : fillText(s[lang]['resultFile.quiz'], { seed })]),
  ) as L10n;
