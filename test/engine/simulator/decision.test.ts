import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionTypes, appealGrounds, closeReasons, isAction, payers } from '../../../src/engine/actions';
import { caseKinds } from '../../../src/engine/case-kinds';
import { isDecision, MAX_REPLY_CHARS, type Decision } from '../../../src/engine/simulator/decision';
import { investigations, urgencies } from '../../../src/engine/simulator/vocabulary';

const action = fc.record(
  {
    type: fc.constantFrom(...actionTypes),
    percent: fc.double({ min: 0.01, max: 99.99, noNaN: true }),
    payer: fc.constantFrom(...payers),
    reason: fc.constantFrom(...closeReasons),
    ground: fc.constantFrom(...appealGrounds),
  },
  { requiredKeys: ['type'] },
);

const decision: fc.Arbitrary<Decision> = fc.oneof(
  fc.record({
    type: fc.constant('triage' as const),
    kind: fc.constantFrom(...caseKinds),
    deadline: fc.option(fc.string({ minLength: 1 }), { nil: null }),
    urgency: fc.constantFrom(...urgencies),
  }),
  fc.record({ type: fc.constant('check' as const), check: fc.constantFrom(...investigations) }),
  fc.record({ type: fc.constant('resolve' as const), action }),
  fc.record({ type: fc.constant('pick-draft' as const), draft: fc.nat() }),
  fc.record({ type: fc.constant('write-reply' as const), text: fc.string({ minLength: 1, maxLength: 200 }).filter((t) => t.trim().length > 0) }),
  fc.constant({ type: 'hint' as const }),
);

/** Values no field of a decision accepts in place of a valid one (each field below is checked against its own bad values). */
const badValues: Record<string, unknown[]> = {
  type: ['triage-all', 1, null],
  kind: ['amazon', '', 3],
  deadline: ['', 7, undefined],
  urgency: ['soon', null],
  check: ['everything', 1],
  action: [{ type: 'send-flowers' }, { type: 'full-refund', extra: 1 }, { type: 'partial-refund', percent: 100 }, { type: 'partial-refund', percent: 0 }, 'full-refund'],
  draft: [-1, 1.5, '0', Number.NaN],
  text: ['   ', '', 'x'.repeat(MAX_REPLY_CHARS + 1), 5],
};

describe('decisions from outside the simulator', () => {
  it('accepts every well-formed decision', () => {
    fc.assert(fc.property(decision, (d) => isDecision(d)));
  });

  it('refuses a decision with any field wrong, missing or added', () => {
    fc.assert(
      fc.property(decision, fc.nat(), fc.nat(), (d, pick, badPick) => {
        const keys = Object.keys(d);
        const key = keys[pick % keys.length]!;
        const bad = badValues[key]!;
        const wrong = { ...d, [key]: bad[badPick % bad.length] };
        const { [key]: _dropped, ...missing } = d as Record<string, unknown>;
        return !isDecision(wrong) && !isDecision(missing) && !isDecision({ ...d, extra: true });
      }),
    );
    expect([null, 'hint', [], 42].some(isDecision)).toBe(false);
  });

  it("checks an action's parameters, and lets an optional one be absent", () => {
    expect(isAction({ type: 'partial-refund', percent: 35 })).toBe(true);
    expect(isAction({ type: 'partial-refund', percent: undefined })).toBe(true);
    expect(isAction({ type: 'return-then-refund', payer: 'amazon' })).toBe(false);
    expect(isAction({ type: 'appeal', ground: 'buyer-fault', reason: 'nope' })).toBe(false);
  });
});
