import type { Rule } from '../engine/policy/types';
import { ruleProse } from './rule-prose-data';

/**
 * In the browser, the registry's rules are page data (see registry-from-page.ts): the JSON
 * in `<script id="rule-data">`, written by RuleData.astro, or the copy a worker is handed
 * before it loads the engine. The rules are plain data, and JSON costs the browser far less
 * to parse than the same data as script. Prose stays out (RuleProse.astro carries it where
 * shown): a rule's `title` and `text` read it when asked.
 */
export const RULE_DATA_ID = 'rule-data';
/** In the reader's error, and so in its built code: how the site checks find the pages that read the rules. */
export const MISSING_RULE_DATA = 'the page needs <RuleData />';

export type RuleData = Omit<Rule, 'title' | 'text' | 'checked' | 'platformToday'>[];

let handed: string | null = null;

/** The page's rules as JSON text, for a worker (null on a page without them). */
export const pageRuleData = (): string | null => (typeof document === 'undefined' ? null : (document.getElementById(RULE_DATA_ID)?.textContent ?? null));

/** A worker has no page: it is handed the JSON before it imports the engine. */
export function setRuleData(next: string | null): void {
  handed = next;
}

export function pageRules(): Rule[] {
  const data = handed ?? pageRuleData();
  if (!data) throw new Error(`the rules are not on this page: ${MISSING_RULE_DATA}`);
  return (JSON.parse(data) as RuleData).map(
    (rule) =>
      ({
        ...rule,
        get title() {
          return ruleProse(rule.id, 'title');
        },
        get text() {
          return ruleProse(rule.id, 'text');
        },
      }) as Rule,
  );
}
