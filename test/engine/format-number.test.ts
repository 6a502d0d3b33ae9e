import { describe, expect, it } from 'vitest';
import { formatCount, formatDaysSpoken, formatPercent, formatScorePercent } from '../../src/engine/format-number';

describe('formatPercent', () => {
  it('rounds as the language writes a percentage', () => {
    expect(formatPercent(2 / 3, 'en')).toBe('67%');
    expect(formatPercent(2 / 3, 'zh-cn')).toBe('67%');
    expect(formatPercent(1, 'en')).toBe('100%');
    expect(formatPercent(0.125, 'en', 1)).toBe('12.5%');
  });
});

describe('formatScorePercent', () => {
  it('rounds 2 of 3 to 67%', () => {
    expect(formatScorePercent(2, 3, 80, 'en')).toBe('67%');
  });

  it('never reads as reaching a pass mark the score missed', () => {
    // 39 of 49 is 79.59%: "80%" would read as passed.
    expect(formatScorePercent(39, 49, 80, 'en')).toBe('79.6%');
    expect(formatScorePercent(40, 50, 80, 'en')).toBe('80%');
    for (let total = 1; total <= 60; total++)
      for (let right = 0; right <= total; right++) {
        const shown = Number.parseFloat(formatScorePercent(right, total, 80, 'en'));
        expect(shown >= 80, `${right} of ${total}`).toBe((100 * right) / total >= 80);
      }
  });
});

describe('formatCount', () => {
  const checks = { one: '{n} check', other: '{n} checks' };
  it('picks the plural form by the language’s rules', () => {
    expect(formatCount(1, checks, 'en')).toBe('1 check');
    expect(formatCount(2, checks, 'en')).toBe('2 checks');
    expect(formatCount(0, checks, 'en')).toBe('0 checks');
    expect(formatCount(1200, checks, 'en')).toBe('1,200 checks');
    expect(formatCount(1, { other: '{n} 项' }, 'zh-cn')).toBe('1 项');
  });
});

describe('formatDaysSpoken', () => {
  it('says a fraction of a day in hours or minutes, and days with their hours', () => {
    expect(formatDaysSpoken(0.33, 'en')).toBe('8 hours');
    expect(formatDaysSpoken(1 / 24, 'en')).toBe('1 hour');
    expect(formatDaysSpoken(0.01, 'en')).toBe('14 minutes');
    expect(formatDaysSpoken(3, 'en')).toBe('3 days');
    expect(formatDaysSpoken(1, 'en')).toBe('1 day');
    expect(formatDaysSpoken(60.04, 'en')).toBe('60 days and 1 hour');
    expect(formatDaysSpoken(0.33, 'zh-cn')).toBe('8 小时');
    expect(formatDaysSpoken(2.5, 'zh-cn')).toBe('2 天 12 小时');
  });

  it('never rounds up into a day not reached', () => {
    expect(formatDaysSpoken(59.99, 'en')).toBe('59 days and 23 hours');
    expect(formatDaysSpoken(0.999, 'en')).toBe('23 hours');
  });
});
