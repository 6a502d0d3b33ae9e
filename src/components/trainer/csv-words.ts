import { cohortCsvWords, type CohortCsvWords } from '../../results/cohort-csv';
import type { KeysWith } from '../../i18n';

/** The CSV files' words in the page's language: each code's `trainer.csv.<code>` string. */
export const csvWordsOf = (s: Record<KeysWith<'trainer.csv.'>, string>): CohortCsvWords =>
  Object.fromEntries(cohortCsvWords.map((word) => [word, s[`trainer.csv.${word}`]])) as CohortCsvWords;
