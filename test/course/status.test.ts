import { describe, expect, it } from 'vitest';
import { checkSettings, courseStatus, gateStatus, mostMissed, resumeModule, shiftPassed } from '../../src/course/status';
import { courseModule, type CourseModule } from '../../src/course/schema';
import { quizSettings } from '../../src/engine/quiz';
import { policy } from '../../src/engine/loaded-policy';

const l = { en: 'x', 'zh-cn': 'x' };
const course: CourseModule[] = [
  { id: 'one', title: l, summary: l, reading: ['start/a', 'start/b'], practice: ['c1', 'c2'], check: { areas: ['messages'] } },
  { id: 'two', title: l, summary: l, reading: ['start/c'], practice: ['c3', 'c4'], check: { areas: ['shipping'] } },
  { id: 'last', title: l, summary: l, reading: ['start/d'], practice: [], check: { shift: 7 } },
];
const attempt = (score: number) => ({ score, passed: score >= 80 });

describe('course status', () => {
  it('opens the first module only, until its readings, practice and check are all done', () => {
    expect(courseStatus(course, { modules: {} }, new Set(), false).map((m) => m.state)).toEqual(['open', 'locked', 'locked']);
    const failed = { modules: { one: { readPages: ['start/a'], checks: [attempt(50)], timeSpentMs: 1000 } } };
    expect(courseStatus(course, failed, new Set(['c1']), false).map((m) => m.state)).toEqual(['started', 'locked', 'locked']);
    // The check passed with 1 of 2 readings and 1 of 2 cases: the module is not passed, the next stays locked.
    const checkOnly = { modules: { one: { readPages: ['start/a'], checks: [attempt(50), attempt(90)], timeSpentMs: 1000 } } };
    const status = courseStatus(course, checkOnly, new Set(['c1', 'c3']), false);
    expect(status.map((m) => m.state)).toEqual(['started', 'locked', 'locked']);
    expect(status[0]).toMatchObject({ read: 1, reading: 2, practised: 1, practice: 2, attempts: 2, bestScore: 90, timeSpentMs: 1000 });
    expect(status[0]!.gate).toEqual({ readingsNeeded: 2, practiceNeeded: 2, checkPassed: true, met: false });
    const done = { modules: { one: { readPages: ['start/a', 'start/b'], checks: [attempt(90)], timeSpentMs: 1000 } } };
    expect(courseStatus(course, done, new Set(['c1', 'c2', 'c3']), false).map((m) => m.state)).toEqual(['passed', 'started', 'locked']);
  });

  it('holds a module shut on each part of its gate alone', () => {
    const all = { readPages: ['start/a', 'start/b'], checks: [attempt(90)], timeSpentMs: 0 };
    const cases = new Set(['c1', 'c2']);
    const stateOf = (p: typeof all, practised: Set<string>) => courseStatus(course, { modules: { one: p } }, practised, false)[0]!.state;
    expect(stateOf(all, cases)).toBe('passed');
    expect(stateOf({ ...all, readPages: ['start/a'] }, cases)).toBe('started');
    expect(stateOf(all, new Set(['c1']))).toBe('started');
    expect(stateOf({ ...all, checks: [attempt(70)] }, cases)).toBe('started');
  });

  it('counts a reading only once it is marked read, never a page of another module or a case of another', () => {
    const opened = { modules: { one: { readPages: ['start/c'], checks: [], timeSpentMs: 60_000 } } };
    const [one] = courseStatus(course, opened, new Set(['c3']), false);
    expect(one).toMatchObject({ read: 0, practised: 0, state: 'open' });
    const read = { modules: { one: { readPages: ['start/b'], checks: [], timeSpentMs: 0 } } };
    expect(courseStatus(course, read, new Set(), false)[0]).toMatchObject({ read: 1, state: 'started' });
  });

  it('asks what the course setting asks: a count or all, each part defaulting, never more than the module lists', () => {
    const module = { reading: ['a/a', 'a/b', 'a/c'], practice: ['c1', 'c2', 'c3'] };
    expect(gateStatus(module, 3, 2, true)).toEqual({ readingsNeeded: 3, practiceNeeded: 2, checkPassed: true, met: true });
    expect(gateStatus({ ...module, gate: { readings: 1, practice: 'all', check: 'pass' } }, 1, 2, true)).toMatchObject({ readingsNeeded: 1, practiceNeeded: 3, met: false });
    expect(gateStatus({ ...module, gate: { readings: 'all', practice: 0, check: 'pass' } }, 3, 0, true).met).toBe(true);
    expect(gateStatus({ ...module, gate: { readings: 'all', practice: 0, check: 'pass' } }, 3, 0, false).met).toBe(false);
    // A module with no practice (the final shift) needs none.
    expect(gateStatus({ reading: ['a/a'], practice: [] }, 1, 0, true)).toMatchObject({ practiceNeeded: 0, met: true });
  });

  it('refuses a gate that asks for more than the module has, naming the field', () => {
    const base = { id: 'one', title: l, summary: l, reading: ['start/a'], practice: ['c1', 'c2'], check: { areas: ['messages'] } };
    expect(courseModule.parse(base).gate).toBeUndefined();
    expect(courseModule.parse({ ...base, gate: { practice: 1 } }).gate).toEqual({ readings: 'all', practice: 1, check: 'pass' });
    const tooMany = courseModule.safeParse({ ...base, gate: { practice: 3 } });
    expect(tooMany.success).toBe(false);
    expect(tooMany.error?.issues.map((i) => i.path.join('.'))).toEqual(['gate.practice']);
    expect(courseModule.safeParse({ ...base, gate: { readings: 2 } }).error?.issues.map((i) => i.path.join('.'))).toEqual(['gate.readings']);
    expect(courseModule.safeParse({ ...base, gate: { check: 'attempt' } }).success).toBe(false);
  });

  it('sends a returning trainee to the first module not yet passed', () => {
    const fresh = courseStatus(course, { modules: {} }, new Set(), false);
    expect(resumeModule(course, fresh)).toEqual({ id: 'one', number: 1, started: false });
    const done = { modules: { one: { readPages: ['start/a', 'start/b'], checks: [attempt(90)], timeSpentMs: 0 } } };
    expect(resumeModule(course, courseStatus(course, done, new Set(['c1', 'c2']), false))).toEqual({ id: 'two', number: 2, started: true });
    const midway = { modules: { one: { readPages: ['start/a'], checks: [], timeSpentMs: 0 } } };
    expect(resumeModule(course, courseStatus(course, midway, new Set(), false))).toEqual({ id: 'one', number: 1, started: true });
  });

  it('opens every module when a trainer unlocked the course', () => {
    expect(courseStatus(course, { modules: {} }, new Set(), true).map((m) => m.state)).toEqual(['open', 'open', 'open']);
  });

  it('gives each attempt at a check its own quiz, and none for the shift', () => {
    const first = quizSettings(policy, checkSettings(course[0]!, 1)!);
    const second = quizSettings(policy, checkSettings(course[0]!, 2)!);
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
    const shift = generateShift(policy, 5);
    const state = endShift(initialShiftState(shift));
    const result = shiftResult(shift, shiftReport(policy, shift, state), state.now);
    expect(result.items).toHaveLength(shift.cases.length);
    expect(result.items.every((i) => !i.correct && i.rules.length > 0)).toBe(true);
    expect(result).toMatchObject({ quizId: 'shift-5', score: 0, passed: false });
    // It is stored in the quiz history, which reads it back through this schema.
    const { quizResultSchema } = await import('../../src/engine/quiz/result-schema');
    expect(quizResultSchema.safeParse(result).success).toBe(true);
  });
});
