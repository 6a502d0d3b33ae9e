import { afterEach, describe, expect, it, vi } from 'vitest';
import { certificateDate, completedAt } from '../../src/components/course/course-result';
import type { CourseModule } from '../../src/course/schema';
import type { CourseProgress } from '../../src/stores/course-progress';

const l = { en: 'x', 'zh-cn': 'x' };
const modules: CourseModule[] = [
  { id: 'one', title: l, summary: l, reading: ['start/a'], practice: ['c1', 'c2'], check: { areas: ['messages'] } },
  { id: 'two', title: l, summary: l, reading: ['start/b'], practice: ['c3', 'c4'], check: { areas: ['shipping'] } },
];
const check = (score: number, at: string) => ({ score, passed: score >= 80, at });
const progress = (one: ReturnType<typeof check>[], two: ReturnType<typeof check>[]): CourseProgress => ({
  traineeName: 'Lin',
  modules: { one: { readPages: ['start/a'], checks: one, timeSpentMs: 0 }, two: { readPages: ['start/b'], checks: two, timeSpentMs: 0 } },
});

afterEach(() => vi.useRealTimers());

describe('the certificate date', () => {
  it('is the day the last module was first passed: not a failed attempt, not a later retake, not the viewing day', () => {
    // Module one: failed on the 1st, passed on the 2nd, passed again on the 20th. Module two: passed on the 5th.
    const p = progress([check(50, '2026-03-01T12:00:00Z'), check(90, '2026-03-02T12:00:00Z'), check(100, '2026-03-20T12:00:00Z')], [check(85, '2026-03-05T12:00:00Z')]);
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2027-01-15T12:00:00Z'));
    expect(completedAt(modules, p)).toBe('2026-03-05T12:00:00Z');
    // The order modules were finished in does not matter: the later first pass wins.
    const reversed = progress([check(85, '2026-03-05T12:00:00Z')], [check(90, '2026-03-02T12:00:00Z')]);
    expect(completedAt(modules, reversed)).toBe('2026-03-05T12:00:00Z');
  });

  it('is null while any module has no passed check', () => {
    expect(completedAt(modules, progress([check(90, '2026-03-02T12:00:00Z')], [check(70, '2026-03-05T12:00:00Z')]))).toBeNull();
    expect(completedAt(modules, { traineeName: '', modules: {} })).toBeNull();
  });

  it('is written by the language', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2027-01-15T12:00:00Z'));
    expect(certificateDate('2026-03-05T12:00:00Z', 'en')).toBe('March 5, 2026');
    expect(certificateDate('2026-03-05T12:00:00Z', 'zh-CN')).toBe('2026年3月5日');
  });
});
