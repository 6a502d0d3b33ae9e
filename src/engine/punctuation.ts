import type { Lang } from './text';

/**
 * The punctuation that joins words built from parts, in each language: Chinese writes it
 * full-width and without the spaces English puts around it ("来源：000", "Sophie Clarke（急躁）").
 * Held by test/content/zh-text.test.ts over the texts, and over the built pages by the site check.
 */

/** After a label: "Sources: 000", "来源：000". */
export const colon = (lang: Lang): string => (lang === 'en' ? ': ' : '：');

/** Between items of a list said in a sentence: "7 days, from …", "7 天，起算点 …". */
export const comma = (lang: Lang): string => (lang === 'en' ? ', ' : '，');

/** Between clauses: "…; opens after 1 day", "…；开始于 1 天". */
export const semicolon = (lang: Lang): string => (lang === 'en' ? '; ' : '；');

/** An aside after what it qualifies: "Sophie Clarke (impatient)", "Sophie Clarke（急躁）". */
export const aside = (lang: Lang, inner: string): string => (lang === 'en' ? ` (${inner})` : `（${inner}）`);

/** A group in brackets with nothing before it: "(a or b)", "（甲，或乙）". */
export const bracketed = (lang: Lang, inner: string): string => (lang === 'en' ? `(${inner})` : `（${inner}）`);
