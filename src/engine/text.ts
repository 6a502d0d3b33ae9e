/** The two languages Casebook is written in. English is the default. */
export const langs = ['en', 'zh-cn'] as const;
export type Lang = (typeof langs)[number];

/** A piece of text in both languages. */
export type L10n = Record<Lang, string>;

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && (langs as readonly string[]).includes(value);
