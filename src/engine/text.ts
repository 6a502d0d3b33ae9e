/** The two languages Casebook is written in. English is the default. */
export const langs = ['en', 'zh-cn'] as const;
export type Lang = (typeof langs)[number];

/** A piece of text in both languages. */
export type L10n = Record<Lang, string>;

/** Whether a value is a text in both languages (and nothing else): what the rule data's texts are. */
export const isL10n = (value: unknown): value is L10n =>
  !!value &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value).length === langs.length &&
  langs.every((lang) => typeof (value as L10n)[lang] === 'string');

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && (langs as readonly string[]).includes(value);
