import type { Lang } from '../engine/text';
import type { CohortRow, RuleMiss } from './cohort';
import { csvOf, type CsvCell } from './csv';

/**
 * The cohort table and the rule miss rates as CSV, headed in the trainer's language. Times are
 * whole seconds and rates percentages with one decimal, so a spreadsheet reads them as numbers.
 * A spreadsheet opening Chinese text wants the file saved with a UTF-8 byte-order mark.
 */

/** The words the files are written with, by code: the trainer page gives them from the catalog (`trainer.csv.<code>`). */
export const cohortCsvWords = [
  'trainee',
  'traineeId',
  'type',
  'title',
  'quizId',
  'score',
  'passed',
  'time',
  'finishedAt',
  'file',
  'quiz',
  'course',
  'yes',
  'no',
  'rule',
  'ruleTitle',
  'missed',
  'answered',
  'missRate',
] as const;
export type CohortCsvWord = (typeof cohortCsvWords)[number];
export type CohortCsvWords = Readonly<Record<CohortCsvWord, string>>;

const cohortColumns: { label: CohortCsvWord; cell: (row: CohortRow, lang: Lang, words: CohortCsvWords) => CsvCell }[] = [
  { label: 'trainee', cell: (row) => row.trainee },
  { label: 'traineeId', cell: (row) => row.traineeId ?? '' },
  { label: 'type', cell: (row, _lang, words) => words[row.kind === 'quiz' ? 'quiz' : 'course'] },
  { label: 'title', cell: (row, lang) => row.title[lang] },
  { label: 'quizId', cell: (row) => row.quizId },
  { label: 'score', cell: (row) => row.score },
  { label: 'passed', cell: (row, _lang, words) => words[row.passed ? 'yes' : 'no'] },
  { label: 'time', cell: (row) => Math.round(row.durationMs / 1000) },
  { label: 'finishedAt', cell: (row) => row.finishedAt },
  { label: 'file', cell: (row) => row.fileName },
];

const ruleColumns: { label: CohortCsvWord; cell: (miss: RuleMiss, titles: Readonly<Record<string, string>>) => CsvCell }[] = [
  { label: 'rule', cell: (miss) => miss.rule },
  { label: 'ruleTitle', cell: (miss, titles) => titles[miss.rule] ?? '' },
  { label: 'missed', cell: (miss) => miss.missed },
  { label: 'answered', cell: (miss) => miss.answered },
  { label: 'missRate', cell: (miss) => Math.round(miss.rate * 1000) / 10 },
];

/** `lang` picks each result's title (the file holds both); `words` are the headers and values in the same language. */
export const cohortCsv = (rows: CohortRow[], lang: Lang, words: CohortCsvWords): string =>
  csvOf([cohortColumns.map((column) => words[column.label]), ...rows.map((row) => cohortColumns.map((column) => column.cell(row, lang, words)))]);

/** `titles`: each rule's title in the page's language, figures filled in (the page sends them; the trainer's islands do not fetch the rules file). */
export const ruleMissesCsv = (misses: RuleMiss[], words: CohortCsvWords, titles: Readonly<Record<string, string>>): string =>
  csvOf([ruleColumns.map((column) => words[column.label]), ...misses.map((miss) => ruleColumns.map((column) => column.cell(miss, titles)))]);
