import fc from 'fast-check';
import { actionTypes, appealGrounds, closeReasons, payers, type Action } from '../../../src/engine/actions';
import { caseKinds } from '../../../src/engine/case';
import { checksLeft, generateScenario, legalDecisionTypes, topicsFor, urgencies, type Decision, type Scenario, type SimState } from '../../../src/engine/simulator';
import { policy } from '../../../src/engine/loaded-policy';

/** Replies no page should choke on: markup, very long text, emoji, right-to-left script. */
export const hostileTexts = [
  '<img src=x onerror=alert(1)>',
  'x'.repeat(5000),
  'Sorry!! 😡🔥📦 we will refund 👍🏽 within 2 days',
  'مرحبا، نعتذر عن التأخير. سنرسل لك بديلا خلال يومين.',
  'שלום, אנחנו מצטערים',
  '\u202Eevil\u202C reversed',
  'Please wait. You should have read the listing. Visit www.shop.com or mail help@shop.com, or use PayPal.',
];

/** Every generated scenario the tests sweep: each kind, each topic, a few seeds. */
export function scenarioSweep(seedsPerTopic: number): Scenario[] {
  const out: Scenario[] = [];
  for (const kind of caseKinds)
    for (const topic of topicsFor(kind)) for (let seed = 1; seed <= seedsPerTopic; seed++) out.push(generateScenario(policy, { seed: seed * 7919, kind, topic }));
  return out;
}

export const scenarioArbitrary = fc
  .record({ seed: fc.nat(), kind: fc.constantFrom(...caseKinds) })
  .chain(({ seed, kind }) => fc.constantFrom(...topicsFor(kind)).map((topic) => generateScenario(policy, { seed, kind, topic })));

const percentArbitrary = fc.oneof(fc.integer({ min: 1, max: 99 }), fc.double({ min: 0.5, max: 99.5, noNaN: true }));

export const actionArbitrary: fc.Arbitrary<Action> = fc.record(
  {
    type: fc.constantFrom(...actionTypes),
    percent: percentArbitrary,
    payer: fc.constantFrom(...payers),
    reason: fc.constantFrom(...closeReasons),
    ground: fc.constantFrom(...appealGrounds),
  },
  { requiredKeys: ['type'] },
);

/** One raw choice; turned into a decision that fits the state at the moment it is played. */
export const choiceArbitrary = fc.record({
  pick: fc.nat(),
  action: actionArbitrary,
  text: fc.oneof(fc.constantFrom(...hostileTexts), fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 })),
  draft: fc.integer({ min: -1, max: 4 }),
  /** Now and then, something the state machine must refuse without breaking. */
  junk: fc.oneof(
    { weight: 9, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>(
        null,
        42,
        { type: 'teleport' },
        { type: 'resolve', action: { type: 'check-stock' } },
        { type: 'resolve', action: { type: 'partial-refund' } },
        { type: 'write-reply', text: '   ' },
      ),
    },
  ),
});
export type Choice = typeof choiceArbitrary extends fc.Arbitrary<infer T> ? T : never;

export function decisionFor(state: SimState, choice: Choice): unknown {
  if (choice.junk !== undefined) return choice.junk;
  const legal = legalDecisionTypes(state);
  const type = legal[choice.pick % Math.max(1, legal.length)];
  switch (type) {
    case 'triage':
      return {
        type,
        kind: caseKinds[choice.pick % caseKinds.length],
        deadline: choice.pick % 3 ? null : 'MSG-2.reply',
        urgency: urgencies[choice.pick % urgencies.length],
      } satisfies Decision;
    case 'check': {
      const left = checksLeft(state);
      return { type, check: left[choice.pick % left.length]! } satisfies Decision;
    }
    case 'resolve':
      return { type, action: choice.action };
    case 'pick-draft':
      return { type, draft: choice.draft };
    case 'write-reply':
      return { type, text: choice.text };
    case 'hint':
      return { type };
    default:
      return { type: 'hint' };
  }
}
