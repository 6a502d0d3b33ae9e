import { isCountCode, isListCode } from '../engine/message-codes';
import type { Message, MessageParam, Words } from '../engine/message';
import { fillNamed } from '../engine/placeholders';
import type { Lang } from '../engine/text';

/**
 * The engine's messages in words: the one renderer, pure, for Node (pages at build time, the
 * command line, tests) and islands alike. `strings` is a catalog or the part of one a page
 * hands its island (`stringsWith(lang, 'engine.sim.')`), so a page ships one language.
 */

/** The catalog's strings a message is read from: the whole catalog, or the keys an island was given. */
export type Catalog = Readonly<Record<string, string>>;

/** The catalog key of a message: `engine.<code>`, for a count the form `lang`'s plural rules pick for `n`. */
export function keyOf(lang: Lang, message: Message): string {
  if (!isCountCode(message.code)) return `engine.${message.code}`;
  const n = message.params?.n;
  if (typeof n !== 'number') throw new Error(`engine message ${message.code}: a count needs a number n, got ${JSON.stringify(n)}`);
  // A language code is a locale to Intl (`zh-cn` is zh-CN): each language's own plural rules, as the engine's counts use.
  return `engine.${message.code}.${new Intl.PluralRules(lang).select(n) === 'one' ? 'one' : 'other'}`;
}

/**
 * What the engine says, in `lang`: a message's catalog string with its `{name}` values filled
 * (numbers and strings as they are, a text in both languages in `lang`, a message in turn said;
 * a list code's `items` each said and joined pair by pair as its string says), or a text in both
 * languages in `lang`. A key the catalog lacks, or a value the string needs and the message
 * lacks, throws, naming it.
 */
export function say(catalog: Catalog, lang: Lang, words: Words): string {
  // Words are a message or a text in both languages; only a message has a code.
  if (!('code' in words)) return words[lang];
  const key = keyOf(lang, words);
  const template = Object.hasOwn(catalog, key) ? catalog[key] : undefined;
  if (template === undefined) throw new Error(`engine message ${words.code}: the ${lang} strings given have no "${key}"`);
  const value = (name: string, param: MessageParam): string | number => {
    if (Array.isArray(param)) throw new Error(`engine message ${words.code}: {${name}} is a list; only a list code's items are`);
    return typeof param === 'object' ? say(catalog, lang, param as Words) : (param as string | number);
  };
  if (isListCode(words.code)) {
    const items = words.params?.items;
    if (!Array.isArray(items)) throw new Error(`engine message ${words.code}: a list needs its items, got ${JSON.stringify(items)}`);
    const said = items.map((item: MessageParam, i) => value(`items[${i}]`, item));
    return said.length ? said.slice(1).reduce<string>((a, b) => fillNamed(template, { a, b }, key), String(said[0])) : '';
  }
  const values = Object.fromEntries(Object.entries(words.params ?? {}).map(([name, param]) => [name, value(name, param)]));
  return fillNamed(template, values, key);
}
