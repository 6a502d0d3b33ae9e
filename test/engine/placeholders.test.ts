import { describe, expect, it } from 'vitest';
import { fillNamed, PlaceholderError } from '../../src/engine/placeholders';
import { fill } from '../../src/engine/simulator/words';

describe('filling named placeholders', () => {
  it('fills every parameter, also twice, and keeps braces that a value brings', () => {
    expect(fillNamed('{n} of {n}, file {file}', { n: 2, file: 'a{b}.json' }, 'UI string')).toBe('2 of 2, file a{b}.json');
    expect(fill({ en: 'Missed: {label}.', 'zh-cn': '已超时：{label}。' }, { label: { en: 'reply', 'zh-cn': '回复' } })).toEqual({
      en: 'Missed: reply.',
      'zh-cn': '已超时：回复。',
    });
  });

  it('refuses a placeholder without a value, or one it cannot fill, naming the text and the placeholder', () => {
    expect(() => fillNamed('Module {n}', {}, 'UI string')).toThrow(PlaceholderError);
    expect(() => fillNamed('Module {toString}', {}, 'UI string')).toThrow('UI string "Module {toString}": {toString} has no value');
    expect(() => fill({ en: 'Met: {label}.', 'zh-cn': '已按时完成：{label}。' }, { n: 1 })).toThrow(/engine text "Met: \{label\}\.": \{label\} has no value/);
    expect(() => fill({ en: 'About {CB-1.decisionAfter}.', 'zh-cn': '约 {CB-1.decisionAfter}。' }, {})).toThrow(
      /\{CB-1\.decisionAfter\} is not a placeholder this text can fill/,
    );
  });
});
