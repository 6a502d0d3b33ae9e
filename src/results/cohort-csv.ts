import type { L10n, Lang } from '../engine/text';
import type { CohortRow, RuleMiss } from './cohort';
import { csvOf, type CsvCell } from './csv';

/**
 * The cohort table and the rule miss rates as CSV, headed in the trainer's language. Times are
 * whole seconds and rates percentages with one decimal, so a spreadsheet reads them as numbers.
 * A spreadsheet opening Chinese text wants the file saved with a UTF-8 byte-order mark.
 */

const cohortColumns: { label: L10n; cell: (row: CohortRow, lang: Lang) => CsvCell }[] = [
  { label: { en: 'Trainee', 'zh-cn': '学员' }, cell: (row) => row.trainee },
  { label: { en: 'Trainee ID', 'zh-cn': '学员编号' }, cell: (row) => row.traineeId ?? '' },
  { label: { en: 'Type', 'zh-cn': '类型' }, cell: (row, lang) => (row.kind === 'quiz' ? { en: 'Quiz', 'zh-cn': '测验' } : { en: 'Course', 'zh-cn': '课程' })[lang] },
  { label: { en: 'Title', 'zh-cn': '名称' }, cell: (row, lang) => row.title[lang] },
  { label: { en: 'Quiz ID', 'zh-cn': '测验编号' }, cell: (row) => row.quizId },
  { label: { en: 'Score', 'zh-cn': '得分' }, cell: (row) => row.score },
  { label: { en: 'Passed', 'zh-cn': '是否通过' }, cell: (row, lang) => (row.passed ? { en: 'yes', 'zh-cn': '是' } : { en: 'no', 'zh-cn': '否' })[lang] },
  { label: { en: 'Time (s)', 'zh-cn': '用时（秒）' }, cell: (row) => Math.round(row.durationMs / 1000) },
  { label: { en: 'Finished at', 'zh-cn': '完成时间' }, cell: (row) => row.finishedAt },
  { label: { en: 'File', 'zh-cn': '文件' }, cell: (row) => row.fileName },
];

const ruleColumns: { label: L10n; cell: (miss: RuleMiss, titles: Readonly<Record<string, string>>) => CsvCell }[] = [
  { label: { en: 'Rule', 'zh-cn': '规则' }, cell: (miss) => miss.rule },
  { label: { en: 'Rule title', 'zh-cn': '规则名称' }, cell: (miss, titles) => titles[miss.rule] ?? '' },
  { label: { en: 'Missed', 'zh-cn': '答错次数' }, cell: (miss) => miss.missed },
  { label: { en: 'Answered', 'zh-cn': '作答次数' }, cell: (miss) => miss.answered },
  { label: { en: 'Miss rate (%)', 'zh-cn': '错误率（%）' }, cell: (miss) => Math.round(miss.rate * 1000) / 10 },
];

export const cohortCsv = (rows: CohortRow[], lang: Lang): string =>
  csvOf([cohortColumns.map((column) => column.label[lang]), ...rows.map((row) => cohortColumns.map((column) => column.cell(row, lang)))]);

/** `titles`: each rule's title in `lang`, figures filled in (the page sends them; the trainer's islands do not fetch the rules file). */
export const ruleMissesCsv = (misses: RuleMiss[], lang: Lang, titles: Readonly<Record<string, string>>): string =>
  csvOf([ruleColumns.map((column) => column.label[lang]), ...misses.map((miss) => ruleColumns.map((column) => column.cell(miss, titles)))]);
