import { describe, expect, it } from 'vitest';
import { resultTitle } from '../../src/components/quiz/result-title';
import { stringsWith } from '../../src/i18n';

const strings = { en: stringsWith('en', 'resultFile.'), 'zh-cn': stringsWith('zh-cn', 'resultFile.') };

describe('a result file’s title, in both languages from the catalog', () => {
  it('names a module check by its module, any other quiz by its seed, as files have always said', () => {
    expect(resultTitle(strings, { title: { en: 'Returns', 'zh-cn': '退货' } }, 's1')).toEqual({ en: 'Module check: Returns', 'zh-cn': '单元测验：退货' });
    expect(resultTitle(strings, null, 'k3x9')).toEqual({ en: 'Quiz k3x9', 'zh-cn': '测验 k3x9' });
  });

  it('takes a title with braces in it as it is', () => {
    expect(resultTitle(strings, { title: { en: 'A {b}', 'zh-cn': '甲 {乙}' } }, 's1')['zh-cn']).toBe('单元测验：甲 {乙}');
  });
});
