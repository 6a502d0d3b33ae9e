import { describe, expect, it } from 'vitest';
import { fillFiguresFrom, formatFigure, formatFigureRange } from '../../src/engine/figures';
import type { Figure } from '../../src/engine/policy/types';
import { readableRuleOf } from '../../src/engine/readable-rule';
import { describeAction } from '../../src/engine/action-labels';
import { sayBoth } from '../../src/i18n/say-both';
import { policy } from '../../src/engine/loaded-policy';

const label = { en: '', 'zh-cn': '' };
const days = (value: number): Figure => ({ value, unit: 'days', label });
const hours = (value: number): Figure => ({ value, unit: 'hours', label });

describe('figures read naturally in each language', () => {
  it('a range says its unit once: "2 to 3 days", "2 至 3 天"', () => {
    expect(formatFigureRange(days(2), days(3), 'en')).toBe('2 to 3 days');
    expect(formatFigureRange(days(2), days(3), 'zh-cn')).toBe('2 至 3 天');
    expect(formatFigureRange(days(1), hours(48), 'en')).toBe('1 day to 48 hours');
  });

  it('a rule text with "{from} to {to}" / "{from} 到 {to}" fills as a range (AZ-11)', () => {
    const text = readableRuleOf(policy, 'AZ-11').text;
    expect(text.en).toMatch(/\b2 to 3 days\b/);
    expect(text['zh-cn']).toContain('2 至 3 天内');
    expect(text['zh-cn']).not.toMatch(/天\s*到/);
    const figures = (_: string, name: string) => ({ a: days(2), b: days(3) })[name as 'a' | 'b'];
    expect(fillFiguresFrom(figures, '{a}至{b}内', 'X-1', 'zh-cn')).toBe('2 至 3 天内');
    expect(() => fillFiguresFrom(figures, '{a} to {nope}', 'X-1', 'en')).toThrow(/\{nope\} names no figure/);
  });

  it('single figures keep their form, with English plurals by Intl.PluralRules', () => {
    expect(formatFigure(days(1), 'en')).toBe('1 day');
    expect(formatFigure(hours(48), 'en')).toBe('48 hours');
    expect(formatFigure(hours(48), 'zh-cn')).toBe('48 小时');
    expect(formatFigure({ value: 1500, unit: 'count', label }, 'en')).toBe('1,500');
  });

  it('an action with details puts them in full-width brackets in Chinese', () => {
    const action = { type: 'appeal-claim', ground: ['proof-of-delivery'] } as unknown as Parameters<typeof describeAction>[0];
    expect(sayBoth(describeAction(action))['zh-cn']).toMatch(/^申诉（.+）$/);
    expect(sayBoth(describeAction(action)).en).toMatch(/^\S.* \(.+\)$/);
  });
});
