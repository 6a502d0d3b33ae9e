import type { L10n } from '../engine/text';

/**
 * In the browser, a rule's title and text come from the page (see rule-data.ts): the JSON
 * in `<script id="rule-prose">`, written by RuleProse.astro, or the copy a worker was handed.
 * A page without it has none, and a rule's prose there is undefined.
 */
export const RULE_PROSE_ID = 'rule-prose';

export type RuleProseTable = Record<string, { title: L10n; text: L10n }>;

let table: RuleProseTable | null | undefined;

/** The page's table, parsed once; null when the page carries none. */
export function pageRuleProse(): RuleProseTable | null {
  if (table === undefined) {
    const data = typeof document === 'undefined' ? null : document.getElementById(RULE_PROSE_ID)?.textContent;
    table = data ? (JSON.parse(data) as RuleProseTable) : null;
  }
  return table;
}

/** A worker has no page: it is handed the table. */
export function setRuleProse(next: RuleProseTable | null): void {
  table = next;
}

export function ruleProse(id: string, key: 'title' | 'text'): L10n | undefined {
  return pageRuleProse()?.[id]?.[key];
}
