import { cohortCsvWords, type CohortCsvWords } from '../../results/cohort-csv';
import type { TrainerStrings } from './trainer-strings';

/** The CSV files' words in the page's language: each code's `trainer.csv.<code>` string. */
export const csvWordsOf = (s: TrainerStrings): CohortCsvWords => Object.fromEntries(cohortCsvWords.map((word) => [word, s[`trainer.csv.${word}`]])) as CohortCsvWords;
