import { describe, expect, it } from 'vitest';
import { formatSpan, inboxClock } from '../../../src/components/simulator/inbox-clock';
import { deadlinesFor } from '../../../src/engine/clock';
import { toMs } from '../../../src/engine/dates';
import { generateShift, initialShiftState, openCase, shiftCase, stepShift } from '../../../src/engine/simulator/shift';
import { bestPath } from '../../../src/engine/simulator/best-path';
import { policy } from '../../../src/engine/loaded-policy';

describe('the inbox clock', () => {
  const shift = generateShift(policy, 7);
  const start = initialShiftState(shift);

  it('is the first due date of the engine’s clock, counted from the day’s time', () => {
    let seen = 0;
    shift.cases.forEach((_, i) => {
      const clock = inboxClock(shift, start, i);
      const due = deadlinesFor(policy, shiftCase(shift, start, i).facts, start.now).filter((d) => d.type === 'due');
      if (due.length === 0) return expect(clock).toBeNull();
      seen++;
      const first = due.map((d) => d.closesAt).sort((a, b) => toMs(a) - toMs(b))[0]!;
      expect(clock).toEqual({ closesAt: first, status: expect.any(String), left: toMs(first) - toMs(start.now) });
    });
    expect(seen).toBeGreaterThan(0);
  });

  it('says met once the case is answered in time', () => {
    const index = shift.cases.findIndex((_, i) => inboxClock(shift, start, i) !== null && shift.cases[i]!.arrivesAt <= start.now);
    let state = openCase(policy, shift, start, index).state;
    for (const decision of bestPath(policy, shiftCase(shift, state, index))) state = stepShift(policy, shift, state, decision).state;
    expect(inboxClock(shift, state, index)?.status).toBe('met');
  });

  it('writes a span in minutes, hours or days, rounded down, in the page’s language', () => {
    expect(formatSpan(59 * 60_000, 'en')).toBe('59 minutes');
    expect(formatSpan(5.9 * 3600_000, 'en')).toBe('5 hours');
    expect(formatSpan(-90 * 60_000, 'en')).toBe('1 hour');
    expect(formatSpan(3.5 * 86_400_000, 'en')).toBe('3 days');
    expect(formatSpan(5 * 3600_000, 'zh-CN')).toBe('5小时');
  });
});
