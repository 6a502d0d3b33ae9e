import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { halfWidthPunctuation, refusedTerms, zhTextProblems } from '../../src/i18n/zh-text-check';
import { zhTerms } from '../../src/i18n/zh-terms';
import { allZhTexts, codeTexts, mdxTexts, yamlTexts, type ZhText } from './zh-texts';

const problemsOf = (texts: ZhText[]) => texts.flatMap((t) => zhTextProblems(t.text, t.english).map((p) => `${t.where}: ${p}`));

describe('one Chinese terminology, full-width punctuation', () => {
  const texts = allZhTexts();

  it('reads every kind of Chinese text', () => {
    for (const where of [
      'src/content/handbook/zh-cn/',
      'src/engine/policy/rules/',
      'src/content/reply-templates.yaml',
      'src/content/course.yaml',
      'src/content/glossary.yaml',
      'src/content/scenarios/',
      'src/i18n/zh-cn.ts',
      'src/engine/fact-words-both.ts',
    ])
      expect(
        texts.some((t) => t.where.startsWith(where)),
        where,
      ).toBe(true);
    expect(texts.length).toBeGreaterThan(2000);
  });

  it('no Chinese text uses a refused term or a half-width mark beside a Han character', () => {
    expect(problemsOf(texts)).toEqual([]);
  });

  it('every refused variant names a different term from the one preferred', () => {
    for (const term of zhTerms) expect(refusedTerms(term.preferred), term.preferred).toEqual([]);
  });
});

describe('the Chinese text checks bite', () => {
  const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/zh-text/${name}`, import.meta.url));

  it('a handbook page: refused term and half-width marks, by line; code, links and ratios left alone', () => {
    const problems = problemsOf(mdxTexts(fixture('bad-page.mdx')));
    expect(problems).toEqual([
      expect.stringMatching(/bad-page\.mdx:2: half-width ":" in ".*坏页面: 标题.*" \(use ：\)$/),
      expect.stringMatching(/bad-page\.mdx:8: refused "撤诉" \(use 撤销索赔/),
      expect.stringMatching(/bad-page\.mdx:10: half-width ":" .*\(use ：\)$/),
    ]);
  });

  it('a data file: by line and key; search aliases and English punctuation left alone', () => {
    const problems = problemsOf(yamlTexts(fixture('bad-data.yaml')));
    expect(problems).toEqual([
      expect.stringMatching(/bad-data\.yaml:2 \(0\.title\.zh-cn\): refused "撤诉"/),
      expect.stringMatching(/bad-data\.yaml:6 \(0\.text\.zh-cn\): half-width "\(" /),
      expect.stringMatching(/bad-data\.yaml:6 \(0\.text\.zh-cn\): half-width "\)" /),
    ]);
  });

  it('a string dictionary: by line and key, template literals included', () => {
    const problems = problemsOf(codeTexts(fixture('bad-strings.ts')));
    expect(problems).toEqual([
      expect.stringMatching(/bad-strings\.ts:3 \(handbook\.lastReviewed\): half-width ":"/),
      expect.stringMatching(/bad-strings\.ts:4 \(sim\.temperament\): half-width "\("/),
      expect.stringMatching(/bad-strings\.ts:4 \(sim\.temperament\): half-width "\)"/),
      expect.stringMatching(/bad-strings\.ts:5 \(feedback\.rate\): refused "好评率" \(use 留评率/),
    ]);
  });

  it('punctuation: only marks beside Han characters, never code, URLs, placeholders, ratios or MDX', () => {
    expect(halfWidthPunctuation('比例 1:2，见 https://sellercentral.amazon.com/help?x=1,2 与 {AZ-2.respondWithin}')).toEqual([]);
    expect(halfWidthPunctuation('在 <Figure of="AZ-11.contactTo" />内，写 `Hi, there`。')).toEqual([]);
    expect(halfWidthPunctuation('“The second one, please” 就结束了')).toEqual([]);
    expect(halfWidthPunctuation('见[规则](#a-b)。标题 \\{#x-y}')).toEqual([]);
    expect(halfWidthPunctuation('真的吗?').map((f) => f.fullWidth)).toEqual(['？']);
    expect(halfWidthPunctuation('A-to-z 索赔 (claim)').map((f) => f.fullWidth)).toEqual(['（']);
    expect(halfWidthPunctuation('好的! 谢谢; 再见, 朋友').map((f) => f.fullWidth)).toEqual(['！', '；', '，']);
  });
});
