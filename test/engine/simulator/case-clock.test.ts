import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadlinesFor } from '../../../src/engine/clock';
import { caseDeadlines, replyMeets } from '../../../src/engine/simulator/case-clock';
import { bestPath, generateScenario, initialState, knownFacts, play, scoreTrace, type Scenario, type SimState } from '../../../src/engine/simulator';
import { authoredScenarios } from './authored-scenarios';
import { choiceArbitrary, decisionFor, scenarioArbitrary, scenarioSweep } from './walk';
import { policy } from '../../../src/engine/loaded-policy';
import { sayBoth } from '../../../src/i18n/say-both';

/** The score's deadline notes, as "Met: label." / "Missed: label." */
const scoreSays = (scenario: Scenario, trace: readonly unknown[]) => scoreTrace(policy, scenario, trace).dimensions.timeliness.notes.map((n) => sayBoth(n).en);

/** What the case file says of each due date, in the score's words. */
const clockSays = (scenario: Scenario, state: SimState) =>
  caseDeadlines(policy, scenario, state)
    .filter((d) => d.type === 'due')
    .map((d) => `${d.status === 'met' ? 'Met' : d.status === 'missed' ? 'Missed' : d.status}: ${d.label.en}.`);

describe('the case clock in play', () => {
  it('says "met" after a reply sent in time, where the playbook’s clock alone says overdue, as the score does', () => {
    // A cancellation answered at once by the rules; the buyer’s answers carry the case past the reply deadline.
    const scenario = generateScenario(policy, { seed: 3, kind: 'amazon-message', topic: 'cancel-before-shipping' });
    const trace = bestPath(policy, scenario);
    const { state } = play(policy, scenario, trace, initialState(scenario));
    expect(state.phase).toBe('closed');
    expect(deadlinesFor(policy, knownFacts(scenario, state), state.now).find((d) => d.ruleId === 'MSG-2')!.status).toBe('overdue');
    expect(caseDeadlines(policy, scenario, state).find((d) => d.ruleId === 'MSG-2')!.status).toBe('met');
    expect(scoreSays(scenario, trace)).toContain('Met: Reply to the buyer.');
    expect(clockSays(scenario, state)).toContain('Met: Reply to the buyer.');
  });

  it('keeps the live status before any reply, and says "missed" for a reply sent too late', () => {
    const scenario = generateScenario(policy, { seed: 3, kind: 'amazon-message', topic: 'damaged' });
    const start = initialState(scenario);
    expect(caseDeadlines(policy, scenario, start)).toEqual(deadlinesFor(policy, knownFacts(scenario, start), start.now));
    const due = deadlinesFor(policy, knownFacts(scenario, start), start.now).find((d) => d.type === 'due')!;
    const late = { ...start, firstReplyAt: new Date(Date.parse(due.closesAt) + 60_000).toISOString() };
    expect(caseDeadlines(policy, scenario, late).find((d) => d.key === due.key)!.status).toBe('missed');
    expect(replyMeets(due, due.closesAt)).toBe(true);
    expect(replyMeets(due, undefined)).toBe(false);
  });

  it('agrees with the score on every due date, for every written case and the generated ones played by the rules', () => {
    let settledPastDeadline = 0;
    for (const scenario of [...authoredScenarios, ...scenarioSweep(2)]) {
      const trace = bestPath(policy, scenario);
      const { state } = play(policy, scenario, trace, initialState(scenario));
      const said = scoreSays(scenario, trace);
      for (const line of clockSays(scenario, state).filter((l) => l.startsWith('Met') || l.startsWith('Missed'))) {
        // The score speaks of the dates still open when the case opened; the clock of all of them.
        if (said.some((s) => s.endsWith(line.slice(line.indexOf(':'))))) expect(said).toContain(line);
      }
      for (const d of caseDeadlines(policy, scenario, state)) if (d.type === 'due') expect(['met', 'missed']).toContain(d.status);
      if (deadlinesFor(policy, knownFacts(scenario, state), state.now).some((d) => d.type === 'due' && d.status === 'overdue' && replyMeets(d, state.firstReplyAt)))
        settledPastDeadline++;
    }
    // The sweep holds cases whose clock runs past a date the reply met: the old case file said "Overdue" there.
    expect(settledPastDeadline).toBeGreaterThan(0);
  }, 60_000);

  it('never calls a due date met before a reply has gone out, whatever is played', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.array(choiceArbitrary, { minLength: 1, maxLength: 12 }), (scenario, choices) => {
        let state = initialState(scenario);
        for (const choice of choices) {
          state = play(policy, scenario, [decisionFor(state, choice)], state).state;
          const clock = caseDeadlines(policy, scenario, state).filter((d) => d.type === 'due');
          if (state.firstReplyAt === undefined) expect(clock.every((d) => d.status !== 'met' && d.status !== 'missed')).toBe(true);
          else for (const d of clock) expect(d.status).toBe(replyMeets(d, state.firstReplyAt) ? 'met' : 'missed');
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
