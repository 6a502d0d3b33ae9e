import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/engine';
import { ruleTitles } from '../../src/engine/rule-titles';
import { cohortCsv, csvCell, loadCohort, ruleMissesCsv, type CohortRow } from '../../src/results';
import { cohortFiles } from './fixtures';
import { policy } from '../../src/engine/loaded-policy';
import { csvWordsOf } from '../../src/components/trainer/csv-words';
import { stringsWith } from '../../src/i18n';

const words = (lang: Lang) => csvWordsOf(stringsWith(lang, 'trainer.'));

/** A strict RFC 4180 reader: CRLF between records, quotes doubled inside quoted fields; anything else throws. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unclosed quote');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') break;
        else field += text[i++];
      }
      i++;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error('quote in an unquoted field');
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else throw new Error(`expected , or CRLF at ${i}`);
  }
  if (record.length > 0) throw new Error('last record has no line end');
  return records;
}

const row = (over: Partial<CohortRow>): CohortRow => ({
  trainee: 'Ana',
  kind: 'quiz',
  title: { en: 'Returns quiz', 'zh-cn': '退货测验' },
  quizId: 'q1',
  score: 85,
  passed: true,
  durationMs: 754_400,
  finishedAt: '2026-03-02T09:00:00.000Z',
  fileName: 'ana.json',
  ...over,
});

const dangerous = /^[=+\-@\t\r]/;

describe('cohort CSV', () => {
  it('any text survives the trip through CSV, with an apostrophe before what a spreadsheet would run', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\r', '\n', '\t', '=', '+', '-', '@', "'", ' ') }),
        fc.string(),
        fc.constantFrom<Lang>('en', 'zh-cn'),
        (name, id, lang) => {
          const records = readCsv(cohortCsv([row({ trainee: name, traineeId: id })], lang, words(lang)));
          expect(records).toHaveLength(2);
          expect(records[1]![0]).toBe(dangerous.test(name) ? `'${name}` : name);
          expect(records[1]![1]).toBe(dangerous.test(id) ? `'${id}` : id);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('formula starts are neutralised, and only at the start', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}HYPERLINK("http://x")`).replace(/^"/, '').startsWith(`'${start}`)).toBe(true);
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('Li, "Lily" Wei')).toBe('"Li, ""Lily"" Wei"');
  });

  it('one header row in the chosen language, one record per row, numbers as numbers', async () => {
    const { rows } = await loadCohort(await cohortFiles(20, 2, 'csv'));
    const en = readCsv(cohortCsv(rows, 'en', words('en')));
    const zh = readCsv(cohortCsv(rows, 'zh-cn', words('zh-cn')));
    expect(en).toHaveLength(rows.length + 1);
    expect(en[0]).not.toEqual(zh[0]);
    expect(zh[0]!.every((label) => /\p{Script=Han}/u.test(label))).toBe(true);
    for (const record of en) expect(record).toHaveLength(en[0]!.length);
    const scoreColumn = en[0]!.indexOf('Score');
    expect(en.slice(1).map((record) => Number(record[scoreColumn]))).toEqual(rows.map((r) => r.score));
    expect(zh.slice(1).map((record) => record[zh[0]!.indexOf('名称')])).toEqual(rows.map((r) => r.title['zh-cn']));
  });

  it('headers keep their words (spreadsheets and scripts read them): the catalog gives exactly these', () => {
    expect(readCsv(cohortCsv([], 'en', words('en')))[0]).toEqual(['Trainee', 'Trainee ID', 'Type', 'Title', 'Quiz ID', 'Score', 'Passed', 'Time (s)', 'Finished at', 'File']);
    expect(readCsv(cohortCsv([], 'zh-cn', words('zh-cn')))[0]).toEqual(['学员', '学员编号', '类型', '名称', '测验编号', '得分', '是否通过', '用时（秒）', '完成时间', '文件']);
    expect(readCsv(ruleMissesCsv([], words('en'), {}))[0]).toEqual(['Rule', 'Rule title', 'Missed', 'Answered', 'Miss rate (%)']);
    expect(readCsv(ruleMissesCsv([], words('zh-cn'), {}))[0]).toEqual(['规则', '规则名称', '答错次数', '作答次数', '错误率（%）']);
    expect(readCsv(cohortCsv([row({}), row({ kind: 'course', passed: false })], 'zh-cn', words('zh-cn'))).map((r) => [r[2], r[6]])).toEqual([
      ['类型', '是否通过'],
      ['测验', '是'],
      ['课程', '否'],
    ]);
  });

  it('rule miss rates as CSV: rule, its title in the language, counts and the rate in percent', async () => {
    const { ruleMisses } = await loadCohort(await cohortFiles(20, 0, 'rules-csv'));
    for (const lang of ['en', 'zh-cn'] as const) {
      const records = readCsv(ruleMissesCsv(ruleMisses, words(lang), ruleTitles(policy, lang)));
      expect(records).toHaveLength(ruleMisses.length + 1);
      records.slice(1).forEach(([rule, title, missed, answered, rate], i) => {
        const miss = ruleMisses[i]!;
        expect([rule, Number(missed), Number(answered)]).toEqual([miss.rule, miss.missed, miss.answered]);
        expect(title).toBe(ruleTitles(policy, lang)[miss.rule]);
        expect(Math.abs(Number(rate) - miss.rate * 100)).toBeLessThanOrEqual(0.05);
      });
    }
  });
});
