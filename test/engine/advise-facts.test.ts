import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advise, judge, type Advice } from '../../src/engine/advise';
import { returnReasons } from '../../src/engine/case-choices';
import { figureOf, policy } from '../../src/engine/loaded-policy';
import type { CaseFactsInput } from '../../src/engine/case';
import { claim, facts, message, order, returnRequest } from './fixtures';

/**
 * Branches read against FACTS.md: each test is named after the fact it holds the engine to,
 * and each failed on the advice as it stood before these branches were corrected.
 */

const keys = (items: Advice['recommended']) => items.map((i) => i.key);
const citing = (advice: Advice, ruleId: string) => advice.recommended.filter((i) => i.citations.some((c) => c.ruleId === ruleId)).map((i) => i.key);
const HOUR = 3_600_000;
const after = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * HOUR).toISOString();

describe('Amazon return requests are advised (RET-1 … RET-5, PROD-6)', () => {
  const received = '2026-03-10T10:00:00Z';
  const answerWithin = figureOf('RET-5', 'answerWithin').value;

  it('every open return request gets at least one recommendation, whatever its reason, address, fault, age and price', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...returnReasons),
        fc.constantFrom('china' as const, 'buyer-country' as const),
        fc.boolean(),
        fc.integer({ min: 0, max: 24 * 30 }),
        fc.double({ min: 0.5, max: 5000, noNaN: true }),
        (reason, returnAddress, sellerAtFault, ageHours, price) => {
          const advice = advise(
            policy,
            returnRequest({ reason, returnAddress, sellerAtFault, receivedAt: received, asOf: after(received, ageHours), order: order({ price }) }),
          );
          expect(advice.recommended.length).toBeGreaterThan(0);
          expect(advice.ruleIds).toContain('RET-5');
        },
      ),
    );
  });

  it('RET-3: a seller at fault is told to offer a return at the seller’s cost', () => {
    const advice = advise(policy, returnRequest({ reason: 'defective', returnAddress: 'buyer-country', sellerAtFault: true }));
    expect(citing(advice, 'RET-3')).toContain('authorize-return|payer=seller');
    expect(keys(advice.wrong)).toContain('authorize-return|payer=buyer');
  });

  it('RET-3: an unwanted item with a return address in China is returned at the seller’s cost, never the buyer’s', () => {
    const advice = advise(policy, returnRequest({ reason: 'unwanted', returnAddress: 'china' }));
    expect(keys(advice.recommended)).toContain('authorize-return|payer=seller');
    expect(judge(policy, returnRequest({ reason: 'unwanted', returnAddress: 'china' }), { type: 'authorize-return', payer: 'buyer' }).verdict).toBe('wrong');
  });

  it('RET-1 with PROD-6: an unwanted item is met with the reason asked and a discount to keep it, as a message would be', () => {
    for (const returnAddress of ['china', 'buyer-country'] as const) {
      const advice = advise(policy, returnRequest({ reason: 'unwanted', returnAddress }));
      expect(citing(advice, 'PROD-6')).toEqual(expect.arrayContaining(['ask-reason', 'partial-refund']));
    }
  });

  it('RET-1: a return request whose solution was already given is not re-opened by the product rules', () => {
    const advice = advise(policy, returnRequest({ reason: 'unwanted', solutionGiven: 'refunded' }));
    expect(advice.ruleIds).not.toContain('PROD-6');
  });

  it('RET-1 with PROD-2: a defective item the seller has not confirmed is not refunded at once', () => {
    const advice = advise(policy, returnRequest({ reason: 'defective', returnAddress: 'buyer-country', sellerAtFault: false }));
    expect(keys(advice.recommended)).toEqual(expect.arrayContaining(['ask-details', 'confirm-with-product-team']));
    expect(keys(advice.wrong)).toContain('full-refund');
  });

  it('RET-5: an open request may not be left waiting, and one past the deadline is answered now with an apology', () => {
    const justBefore = advise(policy, returnRequest({ receivedAt: received, asOf: after(received, answerWithin - 1) }));
    expect(keys(justBefore.wrong)).toContain('wait-for-decision');
    expect(citing(justBefore, 'RET-5')).not.toContain('apologize');
    const late = advise(policy, returnRequest({ receivedAt: received, asOf: after(received, answerWithin + 1) }));
    expect(citing(late, 'RET-5')).toContain('apologize');
  });

  it('RET-4: a cheap item with a return address in China is refunded without a return', () => {
    const advice = advise(policy, returnRequest({ reason: 'unwanted', returnAddress: 'china', order: order({ price: 12, highValue: false }) }));
    expect(keys(advice.recommended)).toContain('refund-without-return');
  });
});

describe('SHIP-4: cancelled after shipping', () => {
  const usual = figureOf('SHIP-4', 'maxCompensation').value;
  const highValueShare = figureOf('SHIP-4', 'highValueCompensation').value;

  it('a high-value order is offered around the smaller share, never the usual maximum', () => {
    const highValue = message({ topic: 'cancel-after-shipping', order: order({ price: 900, highValue: true, shippedAt: '2026-03-02T10:00:00Z' }) });
    const advice = advise(policy, highValue);
    expect(keys(advice.recommended)).toContain(`partial-refund|<=${highValueShare}`);
    expect(keys(advice.recommended)).not.toContain(`partial-refund|<=${usual}`);
    expect(judge(policy, highValue, { type: 'partial-refund', percent: usual }).verdict).toBe('wrong');
    expect(judge(policy, highValue, { type: 'partial-refund', percent: highValueShare }).verdict).toBe('recommended');
  });

  it('an ordinary order may still be offered up to the usual maximum', () => {
    const ordinary = message({ topic: 'cancel-after-shipping', order: order({ price: 20, highValue: false, shippedAt: '2026-03-02T10:00:00Z' }) });
    expect(judge(policy, ordinary, { type: 'partial-refund', percent: usual }).verdict).toBe('recommended');
  });
});

describe('A-to-z claims', () => {
  const opened = '2026-03-20T10:00:00Z';
  const unreachableAfter = figureOf('AZ-11', 'unreachableAfter').value;
  const direct = (days: number) => claim({ filedWithoutContact: true, buyerReachable: false, claimOpenedAt: opened, asOf: after(opened, days * 24) });
  const appealOnAttempts = { type: 'appeal-claim', ground: 'contact-attempts' } as const;

  it('AZ-11: an unreachable buyer is appealed against only after the waiting period, read from its own figure', () => {
    expect(judge(policy, direct(1), appealOnAttempts).verdict).toBe('wrong');
    expect(keys(advise(policy, direct(1)).recommended)).toContain('contact-buyer-all-channels');
    expect(judge(policy, direct(unreachableAfter), appealOnAttempts).verdict).toBe('wrong');
    expect(judge(policy, direct(unreachableAfter + 0.5), appealOnAttempts).verdict).toBe('recommended');
  });

  it('AZ-11: nobody is asked to withdraw while they cannot be reached', () => {
    expect(keys(advise(policy, direct(1)).recommended)).not.toContain('ask-claim-withdrawal');
    expect(keys(advise(policy, direct(unreachableAfter + 1)).recommended)).not.toContain('ask-claim-withdrawal');
  });

  it('AZ-7: an unreachable buyer is refunded on the seller’s own initiative, not apologised to or asked to withdraw', () => {
    const gone = advise(policy, claim({ buyerReachable: false, tracking: { state: 'delivered', carrierRecognized: false } }));
    expect(keys(gone.recommended)).toEqual(['full-refund']);
  });

  it('AZ-8 with AZ-3: a size claim where the listing states the size is appealed, not refunded', () => {
    const sized = claim({ reason: 'size', sizeInListing: true });
    const advice = advise(policy, sized);
    expect(keys(advice.recommended)).toEqual(expect.arrayContaining(['explain-listing', 'appeal-claim|ground=product-fine']));
    expect(judge(policy, sized, { type: 'full-refund' }).verdict).toBe('wrong');
    // Without the size in the listing the seller is not in the right, and AZ-3 says refund.
    expect(keys(advise(policy, claim({ reason: 'size', sizeInListing: false })).recommended)).toContain('full-refund');
  });

  it('a claim never recommends asking an unreachable buyer for anything', () => {
    const asks = ['ask-claim-withdrawal', 'apologize', 'ask-details', 'ask-photos', 'ask-reason', 'ask-check-neighbours'];
    fc.assert(
      fc.property(
        fc.constantFrom('not-received', 'damaged-on-arrival', 'broke-after-use', 'size', 'not-as-described', 'defective', 'return-dispute') as fc.Arbitrary<'size'>,
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: 20 }),
        (reason, carrierRecognized, filedWithoutContact, days) => {
          const advice = advise(
            policy,
            claim({ reason, filedWithoutContact, buyerReachable: false, tracking: { state: 'delivered', carrierRecognized }, asOf: after(opened, days * 24) }),
          );
          expect(keys(advice.recommended).filter((k) => asks.includes(k))).toEqual([]);
        },
      ),
    );
  });
});

describe('FB-4: asking for removal once the buyer is satisfied', () => {
  const feedback = (over: Record<string, unknown>) =>
    facts({ kind: 'amazon-feedback', rating: 'negative', feedbackLeftAt: '2026-03-10T10:00:00Z', problemSolved: true, order: order(), ...over } as CaseFactsInput);
  const removeWindow = figureOf('FB-1', 'removeWindow').value;

  it('is recommended when the feedback’s age is not given, as well as inside the removal window', () => {
    expect(keys(advise(policy, feedback({})).recommended)).toContain('ask-feedback-removal');
    expect(keys(advise(policy, feedback({ asOf: after('2026-03-10T10:00:00Z', 24 * (removeWindow - 1)) })).recommended)).toContain('ask-feedback-removal');
  });

  it('is wrong once the removal window is over (FB-1)', () => {
    const late = feedback({ asOf: after('2026-03-10T10:00:00Z', 24 * (removeWindow + 1)) });
    expect(judge(policy, late, { type: 'ask-feedback-removal' }).verdict).toBe('wrong');
  });
});
