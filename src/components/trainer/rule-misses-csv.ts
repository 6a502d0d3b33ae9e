import type { Lang } from '../../engine/text';
import type { RuleMiss } from '../../results/cohort';
import { ruleMissesCsv } from '../../results/cohort-csv';
import { csvOf } from '../../results/csv';

/**
 * The rule-miss CSV in the browser. `ruleMissesCsv` reads each rule's title from the registry,
 * and the browser's copy of the registry has no titles (see src/build/browser-policy.ts), so
 * the page hands the titles in. The header still comes from `ruleMissesCsv` (with no rows it
 * reads no rule), and the end-to-end test holds the whole file equal to what it writes in Node.
 */
export function ruleMissesCsvWith(misses: RuleMiss[], lang: Lang, titles: Record<string, string>): string {
  const rows = misses.map((miss) => [miss.rule, titles[miss.rule] ?? '', miss.missed, miss.answered, Math.round(miss.rate * 1000) / 10]);
  return ruleMissesCsv([], lang) + csvOf(rows);
}
