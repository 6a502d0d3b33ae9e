import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fillFiguresFrom, type FigureSource } from '../engine/figures';
import { rulesInLang, type RuleInLang } from '../engine/policy/rules-in-lang';
import { isLang, langs, type Lang } from '../engine/text';
import type { Figure, Rule } from '../engine/policy/types';
import { filesUnder } from './files';
import { builtPages, type BuiltPage } from './site-check';

/**
 * No `{name}` reaches a reader: after the build, a placeholder nobody filled fails it, naming the
 * page and the placeholder. What is read, and so checked:
 *
 * - the text of every page: every text node outside `<script>` and `<style>`, `<title>` and
 *   `<code>`/`<pre>` included (the site shows trainees no code, so a brace-name there is as
 *   wrong as anywhere), and the attributes read out to a reader (`alt`, `title`, `aria-label`,
 *   `placeholder`, the description). Other attribute values are not: an island's props carry UI
 *   strings such as `Module {n}`, which the island fills (`fillText`, which refuses a missing value).
 * - every JSON file the site serves (the search index): every string in it is shown as it is.
 *   The rules it serves (`/policy/rules.json`, which the engine reads in the browser, and
 *   `/policy/<lang>.json`) are templates the engine fills from their own figures: each text, in
 *   each language, must fill, and a placeholder that names no figure fails.
 */

/** A name in braces: `{decisionAfter}`, `{CLAIM-1.replyWithin}`. */
const namedPlaceholder = /\{(?:[A-Z][A-Z0-9]*-\d+\.)?[A-Za-z_]\w*\}/g;

const rawTextElements = /<(script|style)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>/gi;
const comments = /<!--[\s\S]*?-->/g;
const tags = /<\/?[A-Za-z][^\s/>]*(?:\s+[^\s"'=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
const attributes = /\s([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const readAloud = new Set(['alt', 'title', 'aria-label', 'placeholder']);

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', lbrace: '{', lcub: '{', rbrace: '}', rcub: '}' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) =>
    code[0] === '#' ? String.fromCodePoint(code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10)) : (named[code.toLowerCase()] ?? whole),
  );

/** What a reader sees of a page: its text, and the attributes read out to them. */
export function readerText(html: string): string[] {
  const body = html.replace(rawTextElements, ' ').replace(comments, ' ');
  const read: string[] = [];
  for (const [tag] of body.matchAll(tags)) {
    const description = /^<meta\b/i.test(tag) && /\sname=["']?description\b/i.test(tag);
    for (const [, name = '', ...values] of tag.matchAll(attributes)) {
      const value = values.find((v) => v !== undefined);
      if (value !== undefined && (readAloud.has(name.toLowerCase()) || (description && name.toLowerCase() === 'content'))) read.push(decode(value));
    }
  }
  read.unshift(decode(body.replace(tags, ' ')));
  return read;
}

/** Each placeholder in the texts once, with a little of the text around it. */
function placeholdersIn(texts: string[]): { placeholder: string; context: string }[] {
  const found = new Map<string, string>();
  for (const text of texts)
    for (const match of text.matchAll(namedPlaceholder)) {
      const at = match.index;
      if (!found.has(match[0]))
        found.set(
          match[0],
          text
            .slice(Math.max(0, at - 30), at + match[0].length + 30)
            .replace(/\s+/g, ' ')
            .trim(),
        );
    }
  return [...found].map(([placeholder, context]) => ({ placeholder, context }));
}

/** Placeholders that will reach a reader of one built page; each problem names the page and the placeholder. */
export function pagePlaceholderProblems(page: Pick<BuiltPage, 'url' | 'html'>): string[] {
  return placeholdersIn(readerText(page.html)).map(({ placeholder, context }) => `${page.url}: ${placeholder} in the page's text ("${context}")`);
}

/** Strings in a JSON value. */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(stringsIn) : value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : [];

/** Rules served in one language are templates the engine fills from their own figures: each text must fill. */
export function servedRulesProblems(url: string, rules: readonly RuleInLang[], lang: Lang): string[] {
  const byRule = new Map<string, Record<string, Figure>>(rules.map((rule) => [rule.id, (rule.figures ?? {}) as unknown as Record<string, Figure>]));
  const figures: FigureSource = (ruleId, name) => byRule.get(ruleId)?.[name];
  const problems: string[] = [];
  for (const rule of rules)
    for (const text of stringsIn(rule))
      try {
        fillFiguresFrom(figures, text, rule.id, lang);
      } catch (error) {
        problems.push(`${url}: ${(error as Error).message.replace(/ in "[\s\S]*"$/, '')}`);
      }
  return problems;
}

/** Every placeholder that will reach a reader of the built site: in its pages and in the JSON files it serves. */
export function placeholderProblems(dist: string): string[] {
  const pages = builtPages(dist).flatMap(pagePlaceholderProblems);
  const served = filesUnder(dist, '.json').flatMap((file) => {
    const url = `/${relative(dist, file).split(sep).join('/')}`;
    const policyLang = /^\/policy\/([\w-]+)\.json$/.exec(url)?.[1];
    if (policyLang === 'rules') {
      const rules = JSON.parse(readFileSync(file, 'utf8')) as Rule[];
      return langs.flatMap((lang) => servedRulesProblems(`${url} (${lang})`, rulesInLang(rules, lang), lang));
    }
    if (policyLang && isLang(policyLang)) return servedRulesProblems(url, JSON.parse(readFileSync(file, 'utf8')) as RuleInLang[], policyLang);
    return placeholdersIn(stringsIn(JSON.parse(readFileSync(file, 'utf8')))).map(({ placeholder, context }) => `${url}: ${placeholder} in a text it serves ("${context}")`);
  });
  return [...pages, ...served];
}
