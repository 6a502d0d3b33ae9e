import { describe, expect, it } from 'vitest';
import { checkSettings, courseStatus, mostMissed, shiftPassed } from '../../src/course/status';
import type { CourseModule } from '../../src/course/schema';
import { quizSettings } from '../../src/engine/quiz';

const l = { en: 'x', 'zh-cn': 'x' };
const course: CourseModule[] = [
  { id: 'one', title: l, summary: l, reading: ['start/a', 'start/b'], practice: ['c1', 'c2'], check: { areas: ['messages'] } },
  { id: 'two', title: l, summary: l, reading: ['start/c'], practice: ['c3', 'c4'], check: { areas: ['shipping'] } },
  { id: 'last', title: l, summary: l, reading: ['start/d'], practice: [], check: { shift: 7 } },
];
const attempt = (score: number) => ({ score, passed: score >= 80 });

describe('course status', () => {
  it('opens the first module only, until its check is passed', () => {
    expect(courseStatus(course, { modules: {} }, new Set(), false).map((m) => m.state)).toEqual(['open', 'locked', 'locked']);
    const failed = { modules: { one: { readPages: ['start/a'], checks: [attempt(50)], timeSpentMs: 1000 } } };
    expect(courseStatus(course, failed, new Set(['c1']), false).map((m) => m.state)).toEqual(['started', 'locked', 'locked']);
    const passed = { modules: { one: { readPages: ['start/a'], checks: [attempt(50), attempt(90)], timeSpentMs: 1000 } } };
    const status = courseStatus(course, passed, new Set(['c1', 'c3']), false);
    expect(status.map((m) => m.state)).toEqual(['passed', 'started', 'locked']);
    expect(status[0]).toMatchObject({ read: 1, reading: 2, practised: 1, practice: 2, attempts: 2, bestScore: 90, timeSpentMs: 1000 });
  });

  it('opens every module when a trainer unlocked the course', () => {
    expect(courseStatus(course, { modules: {} }, new Set(), true).map((m) => m.state)).toEqual(['open', 'open', 'open']);
  });

  it('gives each attempt at a check its own quiz, and none for the shift', () => {
    const first = quizSettings(checkSettings(course[0]!, 1)!);
    const second = quizSettings(checkSettings(course[0]!, 2)!);
    expect(first.areas).toEqual(['messages']);
    expect(first.seed).not.toBe(second.seed);
    expect(checkSettings(course[2]!, 1)).toBeNull();
  });

  it('passes the shift at the course pass mark', () => {
    expect([shiftPassed(null), shiftPassed(79), shiftPassed(80)]).toEqual([false, false, true]);
  });

  it('lists the rules missed most often first', () => {
    const item = (rules: string[], correct: boolean) => ({ itemId: 'i', kind: 'fact' as const, area: 'messages' as const, rules, correct });
    const history = [{ items: [item(['MSG-1'], false), item(['MSG-2'], false), item(['MSG-2', 'MSG-3'], false), item(['MSG-4'], true)] }];
    expect(mostMissed(history, 2)).toEqual([
      { rule: 'MSG-2', missed: 2, asked: 2 },
      { rule: 'MSG-1', missed: 1, asked: 1 },
    ]);
  });
});

describe('the final shift as a module check', () => {
  it('scores the day by its average case, one item per case, and passes at the pass mark', async () => {
    const { generateShift, initialShiftState, endShift, shiftReport } = await import('../../src/engine/simulator');
    const { shiftResult } = await import('../../src/course/shift-result');
    const shift = generateShift(5);
    const state = endShift(initialShiftState(shift));
    const result = shiftResult(shift, shiftReport(shift, state), state.now);
    expect(result.items).toHaveLength(shift.cases.length);
    expect(result.items.every((i) => !i.correct && i.rules.length > 0)).toBe(true);
    expect(result).toMatchObject({ quizId: 'shift-5', score: 0, passed: false });
    // It is stored in the quiz history, which reads it back through this schema.
    const { quizResultSchema } = await import('../../src/engine/quiz/result-schema');
    expect(quizResultSchema.safeParse(result).success).toBe(true);
  });
});
