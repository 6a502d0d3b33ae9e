import fc from 'fast-check';
import { sayBoth } from '../../../src/i18n/say-both';
import { describe, expect, it } from 'vitest';
import {
  bestDecision,
  caseStateIn,
  endShift,
  generateShift,
  inboxStatus,
  initialShiftState,
  leaveCase,
  openCase,
  resumeCase,
  shiftCase,
  shiftReport,
  stepShift,
  waitForNext,
  workRank,
  NEVER_DO_CAP,
  PASS_MARK,
  SHIFT_MAX_CASES,
  SHIFT_MIN_CASES,
  type Decision,
  type Shift,
  type ShiftState,
} from '../../../src/engine/simulator';
import { shiftPassed } from '../../../src/course/status';
import { policy } from '../../../src/engine/loaded-policy';

const waiting = (shift: Shift, state: ShiftState) => shift.cases.map((_, i) => i).filter((i) => inboxStatus(policy, shift, state, i) === 'waiting');

/** Plays a whole day: `choose` picks the next case from those waiting; every case is played by the rules' best path, unless `decide` puts something else in its place. */
function playDay(
  shift: Shift,
  choose: (shift: Shift, state: ShiftState, waiting: number[]) => number,
  decide = (best: Decision, _case: number): Decision => best,
): ShiftState {
  let state = initialShiftState(shift);
  for (let guard = 0; guard < 1_000; guard++) {
    if (state.current === null) {
      const open = waiting(shift, state);
      if (open.length) state = openCase(policy, shift, state, choose(shift, state, open)).state;
      else {
        const next = waitForNext(shift, state);
        if (!next.accepted) return endShift(state);
        state = next.state;
      }
      continue;
    }
    const result = stepShift(
      policy,
      shift,
      state,
      decide(bestDecision(policy, shiftCase(shift, state, state.current), caseStateIn(policy, shift, state, state.current))!, state.current),
    );
    expect(result.accepted).toBe(true);
    state = result.state;
  }
  throw new Error('the day did not end');
}

const byWorkOrder = (shift: Shift, _: ShiftState, open: number[]) =>
  [...open].sort((a, b) => workRank(policy, shift.cases[a]!.scenario) - workRank(policy, shift.cases[b]!.scenario))[0]!;
const backwards = (shift: Shift, _: ShiftState, open: number[]) =>
  [...open].sort((a, b) => workRank(policy, shift.cases[b]!.scenario) - workRank(policy, shift.cases[a]!.scenario))[0]!;

describe('shift mode', () => {
  it('draws the same day from the same seed, with 8 to 15 cases in order of arrival', () => {
    for (const seed of [1, 2, 3, 40, 977]) {
      const shift = generateShift(policy, seed);
      expect(generateShift(policy, seed)).toEqual(shift);
      expect(shift.cases.length).toBeGreaterThanOrEqual(SHIFT_MIN_CASES);
      expect(shift.cases.length).toBeLessThanOrEqual(SHIFT_MAX_CASES);
      expect(shift.cases.map((c) => c.arrivesAt)).toEqual([...shift.cases.map((c) => c.arrivesAt)].sort());
      expect(shift.cases.every((c) => c.scenario.platform === 'amazon')).toBe(true);
    }
    expect(generateShift(policy, 1)).not.toEqual(generateShift(policy, 2));
  });

  // Three whole days scored: more than the default few seconds on a busy machine.
  it('worked in the order of MSG-1 by the rules, the day has no slips, every reply in time and full marks', () => {
    for (const seed of [1, 5, 9]) {
      const shift = generateShift(policy, seed);
      const report = shiftReport(policy, shift, playDay(shift, byWorkOrder));
      expect(report.slips).toEqual([]);
      expect(report.responseInTime.met).toBe(report.responseInTime.of);
      expect(report.averageScore).toBe(100);
      expect(report.cases.every((c) => c.status === 'closed')).toBe(true);
    }
  }, 60_000);

  it('a never-do in one case fails that case, and caps the day below the pass mark', () => {
    const shift = generateShift(policy, 5);
    // The first reply of the day blames the buyer and ties the refund to a withdrawal (AZ-9).
    let spoiled: number | undefined;
    const reply = 'We are sorry, but it is your own fault: you did not read the listing. Withdraw the claim and we refund you.';
    const day = playDay(shift, byWorkOrder, (best, index) => {
      if (spoiled !== undefined || best.type !== 'pick-draft') return best;
      spoiled = index;
      return { type: 'write-reply', text: reply };
    });
    const report = shiftReport(policy, shift, day);
    const spoiledCase = report.cases[spoiled!]!.report!;
    expect(spoiledCase.passed).toBe(false);
    expect(spoiledCase.total).toBeLessThanOrEqual(NEVER_DO_CAP);
    expect(spoiledCase.neverDo.map((n) => n.ruleId)).toEqual(expect.arrayContaining(['MSG-10', 'AZ-9']));
    // Every other case was played by the rules and passes.
    expect(report.cases.filter((c) => c.index !== spoiled).every((c) => c.report?.passed)).toBe(true);
    expect(report.neverDoCases).toEqual([spoiled]);
    expect(report.averageScore).toBeLessThanOrEqual(NEVER_DO_CAP);
    expect(report.averageScore).toBeLessThan(PASS_MARK);
    expect(shiftPassed(report.averageScore)).toBe(false);
    expect(sayBoth(report.capNote!)['zh-cn']).toContain(String(NEVER_DO_CAP));
  }, 60_000);

  it('opening a return while a cancellation waits is a slip against the order of work', () => {
    const shift = generateShift(policy, 7);
    const report = shiftReport(policy, shift, playDay(shift, backwards));
    expect(report.slips.length).toBeGreaterThan(0);
    for (const slip of report.slips) expect(workRank(policy, shift.cases[slip.before]!.scenario)).toBeLessThan(workRank(policy, shift.cases[slip.opened]!.scenario));
  });

  it('a day ended early counts the unanswered cases as late where a reply was due', () => {
    const shift = generateShift(policy, 3);
    const report = shiftReport(policy, shift, endShift(initialShiftState(shift)));
    expect(report.responseInTime.met).toBe(0);
    expect(report.responseInTime.of).toBeGreaterThan(0);
    expect(report.averageScore).toBeNull();
  });

  it('ended at 9:35, counts a case that had not arrived yet as not arrived, never as late', () => {
    const shift = generateShift(policy, 7);
    let state = openCase(policy, shift, initialShiftState(shift), 0).state;
    while (state.current !== null) {
      state = stepShift(policy, shift, state, bestDecision(policy, shiftCase(shift, state, 0), caseStateIn(policy, shift, state, 0))).state;
      // The buyer's answers do not carry the case ahead of the inbox's clock.
      expect(Date.parse(caseStateIn(policy, shift, state, 0).now)).toBe(Date.parse(state.now));
    }
    expect(caseStateIn(policy, shift, state, 0).round).toBeGreaterThan(1);
    const ended = endShift(state);
    expect(ended.now).toBe('2026-03-09T09:35:00Z');
    const report = shiftReport(policy, shift, ended);
    const later = report.cases.filter((c) => shift.cases[c.index]!.arrivesAt > ended.now);
    expect(later.length).toBeGreaterThan(0);
    for (const c of later) expect(c).toMatchObject({ status: 'not-arrived', reply: 'not-arrived', replyMet: null });
    const arrived = report.cases.filter((c) => c.status !== 'not-arrived' && c.replyMet !== null);
    expect(report.responseInTime.of).toBe(arrived.length);
    expect(report.cases[0]).toMatchObject({ reply: 'in-time', replyMet: true });
  });

  it('counts return requests left unanswered as return dissatisfaction', () => {
    const shift = generateShift(policy, 7);
    const start = initialShiftState(shift);
    const returns = shift.cases.filter((c, i) => c.scenario.facts.kind === 'amazon-return' && inboxStatus(policy, shift, start, i) === 'waiting');
    expect(returns.length).toBeGreaterThanOrEqual(2);
    expect(shiftReport(policy, shift, endShift(start)).returnDissatisfied).toEqual({ count: returns.length, of: returns.length });
  });

  it('keeps one clock: the case and the inbox show the same time after every step', () => {
    const move = fc.oneof(
      fc.record({ open: fc.nat(20) }),
      fc.record({ best: fc.constant(true) }),
      fc.record({
        decision: fc.constantFrom(
          { type: 'hint' },
          { type: 'check', check: 'check-stock' },
          { type: 'resolve', action: { type: 'full-refund' } },
          { type: 'pick-draft', draft: 0 },
        ),
      }),
      fc.constant({ wait: true }),
    );
    fc.assert(
      fc.property(fc.nat(500), fc.array(move, { maxLength: 60 }), (seed, moves) => {
        const shift = generateShift(policy, seed);
        let state = initialShiftState(shift);
        for (const m of moves) {
          const index = state.current;
          const result =
            'open' in m
              ? openCase(policy, shift, state, m.open % shift.cases.length)
              : 'wait' in m
                ? waitForNext(shift, state)
                : index === null
                  ? stepShift(policy, shift, state, { type: 'hint' })
                  : stepShift(policy, shift, state, 'best' in m ? bestDecision(policy, shiftCase(shift, state, index), caseStateIn(policy, shift, state, index)) : m.decision);
          state = result.state;
          const shown = state.current ?? index;
          if (shown !== null && state.openedAt[shown] !== null && result.accepted)
            expect(Date.parse(caseStateIn(policy, shift, state, shown).now)).toBe(Date.parse(state.now));
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('refuses what the inbox does not allow and changes nothing', () => {
    const shift = generateShift(policy, 4);
    const start = initialShiftState(shift);
    const later = shift.cases.findIndex((c) => c.arrivesAt > shift.startsAt);
    expect(openCase(policy, shift, start, later)).toMatchObject({ accepted: false, reason: 'not-waiting', state: start });
    expect(stepShift(policy, shift, start, { type: 'hint' })).toMatchObject({ accepted: false, reason: 'no-case', state: start });
    const opened = openCase(policy, shift, start, waiting(shift, start)[0]!).state;
    expect(openCase(policy, shift, opened, waiting(shift, opened)[0] ?? 0)).toMatchObject({ accepted: false, state: opened });
    expect(waitForNext(shift, opened)).toMatchObject({ accepted: false, reason: 'case-open' });
  });

  it('keeps more than one case in progress: back to the inbox, another case opened, the first resumed where it was', () => {
    const shift = generateShift(policy, 4);
    const start = initialShiftState(shift);
    const [a, b] = waiting(shift, start) as [number, number];
    const best = (st: ShiftState) => bestDecision(policy, shiftCase(shift, st, st.current!), caseStateIn(policy, shift, st, st.current!));
    let state = openCase(policy, shift, start, a).state;
    state = stepShift(policy, shift, state, best(state)).state;
    const traceA = state.traces[a];
    state = leaveCase(state);
    expect(state.current).toBeNull();
    expect(inboxStatus(policy, shift, state, a)).toBe('open');
    state = openCase(policy, shift, state, b).state;
    expect(state.current).toBe(b);
    state = stepShift(policy, shift, state, best(state)).state;
    state = leaveCase(state);
    const resumed = resumeCase(policy, shift, state, a);
    expect(resumed).toMatchObject({ accepted: true });
    expect(resumed.state.current).toBe(a);
    expect(resumed.state.traces[a]).toEqual(traceA);
    expect(inboxStatus(policy, shift, resumed.state, b)).toBe('open');
    expect(caseStateIn(policy, shift, resumed.state, a).phase).toBe(caseStateIn(policy, shift, state, a).phase);
    // Only an opened, unclosed case resumes.
    const stillWaiting = waiting(shift, state)[0];
    if (stillWaiting !== undefined) expect(resumeCase(policy, shift, state, stillWaiting)).toMatchObject({ accepted: false, reason: 'not-open', state });
    expect(resumeCase(policy, shift, endShift(state), a)).toMatchObject({ accepted: false, reason: 'ended' });
  });

  it('random days never throw, never stall, and always end', () => {
    const move = fc.oneof(
      fc.record({ open: fc.nat(20) }),
      fc.record({
        decision: fc.constantFrom(
          { type: 'hint' },
          { type: 'check', check: 'check-stock' },
          { type: 'resolve', action: { type: 'full-refund' } },
          { type: 'pick-draft', draft: 0 },
          { type: 'triage', kind: 'amazon-message', deadline: null, urgency: 'open' },
          { nonsense: true },
        ),
      }),
      fc.constant({ wait: true }),
    );
    fc.assert(
      fc.property(fc.nat(500), fc.array(move, { maxLength: 60 }), (seed, moves) => {
        const shift = generateShift(policy, seed);
        let state = initialShiftState(shift);
        for (const m of moves) {
          const result =
            'open' in m
              ? openCase(policy, shift, state, m.open % shift.cases.length)
              : 'decision' in m
                ? stepShift(policy, shift, state, m.decision)
                : waitForNext(shift, state);
          if (result.accepted) expect(result.state).not.toBe(state);
          else expect(result.state).toBe(state);
          state = result.state;
        }
        const report = shiftReport(policy, shift, endShift(state));
        expect(report.cases).toHaveLength(shift.cases.length);
      }),
      { numRuns: 40 },
    );
  });
});
