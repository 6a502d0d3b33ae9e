import { zhTerms, type ZhTerm } from './zh-terms';

/**
 * Checks over one piece of Chinese text: refused terms (zh-terms.ts) and half-width punctuation
 * next to Han characters. Pure, so the test that reads every Chinese text and its fixtures share them.
 */

const han = /\p{Script=Han}/u;

/** Whether a text holds any Han character (only those are Chinese text to check). */
export const hasHan = (text: string): boolean => han.test(text);

export interface TermFinding {
  found: string;
  preferred: string;
  why: string;
}

/** Every refused variant in `text`, with the term to use instead. */
export function refusedTerms(text: string, terms: readonly ZhTerm[] = zhTerms): TermFinding[] {
  return terms.flatMap((term) =>
    term.refused.flatMap((variant) => {
      const found = typeof variant === 'string' ? (text.includes(variant) ? variant : undefined) : variant.exec(text)?.[0];
      return found === undefined ? [] : [{ found, preferred: term.preferred, why: term.why }];
    }),
  );
}

/** The half-width marks Chinese text writes full-width, and their full-width forms. */
export const fullWidth: Readonly<Record<string, string>> = { ':': '：', ',': '，', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

/**
 * What is not prose in a text, replaced by a neutral Latin letter so that it neither counts as
 * Han nor hides a mark: URLs, `code`, `{placeholder}`s, MDX and HTML tags and comments, heading
 * IDs `\{#id}`, and a Markdown link's target (its text stays).
 */
export function proseOf(text: string): string {
  return text
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, 'x')
    .replace(/<!--[\s\S]*?-->/g, 'x')
    .replace(/`[^`]*`/g, 'x')
    .replace(/\]\([^)\s]*\)/g, ']')
    .replace(/https?:\/\/[^\s)）>"'，。]+/g, 'x')
    .replace(/\\\{#[^}]*\}/g, 'x')
    .replace(/<\/?[A-Za-z][^<>]*?\/?>/g, 'x')
    .replace(/\{[^{}]*\}/g, 'x');
}

export interface PunctuationFinding {
  mark: string;
  /** The mark with what stands on either side, for the message. */
  context: string;
  fullWidth: string;
}

/**
 * Every half-width mark (: , ; ? ! ( )) whose nearest neighbour on either side, past spaces, is a
 * Han character: "最近审核: 2026", "Sophie Clarke (急躁)". A mark between Latin letters, digits
 * or symbols (1:2, "Hi, there", a URL) is not Chinese text's and is left alone.
 */
export function halfWidthPunctuation(text: string): PunctuationFinding[] {
  const prose = proseOf(text);
  const findings: PunctuationFinding[] = [];
  for (const match of prose.matchAll(/[:,;?!()]/g)) {
    const at = match.index!;
    const before = prose.slice(0, at).trimEnd().slice(-1);
    const after = prose
      .slice(at + 1)
      .trimStart()
      .charAt(0);
    if (!han.test(before) && !han.test(after)) continue;
    findings.push({ mark: match[0], context: prose.slice(Math.max(0, at - 6), at + 7).replace(/\s+/g, ' '), fullWidth: fullWidth[match[0]]! });
  }
  return findings;
}

/** Both checks over one text (terms only for an English text quoting Chinese), as messages: `refused "撤诉" (use 撤销索赔: …)`, `half-width ":" in "审核: 2026" (use ：)`. */
export function zhTextProblems(text: string, english = false): string[] {
  if (!hasHan(text)) return [];
  return [
    ...refusedTerms(text).map((f) => `refused "${f.found}" (use ${f.preferred}: ${f.why})`),
    // An English text that quotes Chinese keeps English punctuation.
    ...(english ? [] : halfWidthPunctuation(text)).map((f) => `half-width "${f.mark}" in "${f.context}" (use ${f.fullWidth})`),
  ];
}
