import { isMessage, type Message, type Words } from '../engine/message';
import { isL10n, type L10n, type Lang } from '../engine/text';
import { en } from './en';
import { say } from './say';
import { zhCn } from './zh-cn';

/**
 * The engine's messages in both languages, from both catalogs: for Node only (the command
 * line, build-time pages, tests), since it loads both. An island says its own language with
 * `say` and the strings its page hands it.
 */

export const sayBoth = (words: Words): L10n => ({ en: say(en, 'en', words), 'zh-cn': say(zhCn, 'zh-cn', words) });

/** What the engine says, in `lang`, from its whole catalog: for what a page draws at build time. */
export const sayIn = (lang: Lang, words: Words): string => say(lang === 'en' ? en : zhCn, lang, words);

/** A value's type once its messages are said in both languages. */
export type InBothLangs<T> = T extends Message ? L10n : T extends readonly (infer U)[] ? InBothLangs<U>[] : T extends object ? { [K in keyof T]: InBothLangs<T[K]> } : T;

/**
 * A value (an engine result) with every message in it said in both languages, as `{ en, 'zh-cn' }`,
 * and everything else as it was, in the same order: what the result looked like when the
 * engine wrote its words itself.
 */
export function inBothLangs<T>(value: T): InBothLangs<T> {
  if (Array.isArray(value)) return value.map(inBothLangs) as InBothLangs<T>;
  if (isMessage(value)) return sayBoth(value) as InBothLangs<T>;
  if (!value || typeof value !== 'object' || isL10n(value)) return value as InBothLangs<T>;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, inBothLangs(inner)])) as InBothLangs<T>;
}
