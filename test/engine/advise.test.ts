import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/engine/actions';
import { advise, judge, type AdvisedAction, type Advice } from '../../src/engine/advise';
import { facts as parsedFacts } from './fixtures';
import { holds } from '../../src/engine/conditions';
import { amountIn } from '../../src/engine/money';
import { viewOf } from '../../src/engine/facts-view';
import { figureOf, ruleById, rules, policy } from '../../src/engine/loaded-policy';
import { caseFactsArbitrary } from './case-arbitrary';
import { claim, message, order, returnRequest } from './fixtures';

const validCase = caseFactsArbitrary.map((input) => parsedFacts(input));
const keys = (items: Advice['recommended']) => items.map((i) => i.key);
const cites = (advice: Advice, key: string, ruleId: string) =>
  [...advice.recommended, ...advice.acceptable, ...advice.wrong].some((i) => i.key === key && i.citations.some((c) => c.ruleId === ruleId));

const limitFigure = figureOf('PROD-1', 'reshipPriceLimit');
/** The limit in US dollars, the currency of the fixtures' orders. */
const limit = limitFigure.value;
const maxShare = figureOf('PROD-1', 'maxCompensation').value;

describe('advise, case by case', () => {
  it('PROD-1: minor damage gets compensation within the limit first; a full refund or a reship stays open to a buyer who declines it', () => {
    const advice = advise(policy, message({ topic: 'damaged', damage: 'minor' }));
    expect(keys(advice.recommended)).toContain(`partial-refund|<=${maxShare}`);
    expect(keys(advice.wrong)).toContain(`partial-refund|>${maxShare}`);
    // The limit caps what the seller offers; it does not forbid the buyer's refund (source 000).
    expect(keys(advice.wrong)).not.toContain('full-refund');
    expect(keys(advice.acceptable)).toContain('full-refund');
    const cheapInStock = advise(policy, message({ topic: 'damaged', damage: 'minor', order: order({ price: limit, inStock: true }) }));
    expect(keys(cheapInStock.acceptable)).toEqual(expect.arrayContaining(['full-refund', 'reship']));
    expect(keys(cheapInStock.wrong)).not.toContain('reship');
    // Above the price line the price rule, not the damage, rules out a second parcel.
    const expensive = advise(policy, message({ topic: 'damaged', damage: 'minor', order: order({ price: limit + 0.01, inStock: true }) }));
    expect(keys(expensive.wrong)).toContain('reship');
    expect(keys(expensive.acceptable)).toContain('full-refund');
  });

  it('PROD-1: severe damage at the price limit may be reshipped; one cent above may not', () => {
    const atLimit = advise(policy, message({ topic: 'damaged', damage: 'severe', order: order({ price: limit }) }));
    expect(keys(atLimit.recommended)).toEqual(expect.arrayContaining(['full-refund', 'reship']));
    const above = advise(policy, message({ topic: 'damaged', damage: 'severe', order: order({ price: limit + 0.01 }) }));
    expect(keys(above.recommended)).toContain('full-refund');
    expect(keys(above.recommended)).not.toContain('reship');
    expect(cites(above, 'reship', 'PROD-1')).toBe(true);
    expect(keys(above.wrong)).toContain('reship');
  });

  it('PROD-1 does not speak to a message about something else', () => {
    expect(advise(policy, message({ topic: 'where-is-my-order' })).ruleIds).not.toContain('PROD-1');
  });

  it('SHIP-3: out of stock, a reship is wrong whatever else applies', () => {
    const advice = advise(policy, message({ topic: 'damaged', damage: 'severe', order: order({ inStock: false }) }));
    expect(keys(advice.recommended)).not.toContain('reship');
    expect(cites(advice, 'reship', 'SHIP-3')).toBe(true);
  });

  it('SHIP-4: both accepted approaches appear, each saying when it fits', () => {
    const advice = advise(policy, message({ topic: 'cancel-after-shipping', order: order({ shippedAt: '2026-03-02T10:00:00Z' }) }));
    const keep = advice.recommended.find((i) => i.key === `partial-refund|<=${figureOf('SHIP-4', 'maxCompensation').value}`);
    const refuse = advice.recommended.find((i) => i.key === 'ask-refuse-delivery');
    expect(keep?.citations[0]?.fits?.en).toBeTruthy();
    expect(refuse?.citations[0]?.fits?.['zh-cn']).toBeTruthy();
    expect(keys(advice.wrong)).toContain('cancel-order');
  });

  it('SHIP-5: before shipping, cancel as buyer-cancelled and do not refund separately', () => {
    const advice = advise(policy, message({ topic: 'cancel-before-shipping' }));
    expect(keys(advice.recommended)).toEqual(expect.arrayContaining(['ask-cancellation-request', 'cancel-order']));
    expect(keys(advice.wrong)).toContain('full-refund');
  });

  it('SHIP-1: asking to wait is right before the estimated date and wrong after it', () => {
    const base = { topic: 'where-is-my-order' as const, tracking: { state: 'stalled' as const } };
    const early = advise(policy, message({ ...base, asOf: '2026-03-06T00:00:00Z', order: order({ estimatedDeliveryAt: '2026-03-10' }) }));
    expect(keys(early.recommended)).toContain('ask-wait-until-edd');
    const late = advise(policy, message({ ...base, asOf: '2026-03-12T00:00:00Z', order: order({ estimatedDeliveryAt: '2026-03-10' }) }));
    expect(keys(late.wrong)).toContain('ask-wait-until-edd');
    expect(keys(late.recommended)).toContain('contact-carrier');
  });

  it('RET-3: a return to China is paid by the seller; a local one by the buyer unless the seller is at fault', () => {
    const buyerPays: Action = { type: 'authorize-return', payer: 'buyer' };
    expect(judge(policy, returnRequest({ returnAddress: 'china' }), buyerPays).verdict).toBe('wrong');
    expect(judge(policy, returnRequest({ returnAddress: 'buyer-country' }), buyerPays).verdict).toBe('recommended');
    expect(judge(policy, returnRequest({ returnAddress: 'buyer-country', sellerAtFault: true }), buyerPays).verdict).toBe('wrong');
  });

  it('RET-6: closing needs a solution already given, and the reason must match it', () => {
    expect(judge(policy, returnRequest({}), { type: 'close-return-request', reason: 'cancelled-at-buyer-request' }).verdict).toBe('wrong');
    const refunded = returnRequest({ solutionGiven: 'refunded' });
    expect(judge(policy, refunded, { type: 'close-return-request', reason: 'already-refunded' }).verdict).toBe('recommended');
    expect(judge(policy, refunded, { type: 'close-return-request', reason: 'reshipped-no-return-needed' }).verdict).toBe('wrong');
  });

  it('AZ-3/AZ-6: proof of delivery means appeal, not refund', () => {
    const advice = advise(policy, claim({ tracking: { state: 'delivered', carrierRecognized: true } }));
    expect(keys(advice.recommended)).toContain('appeal-claim|ground=proof-of-delivery');
    expect(keys(advice.wrong)).toContain('full-refund');
  });

  it('AZ-7: a carrier Amazon does not recognize leaves only a withdrawal, or a refund when the buyer is gone', () => {
    const reachable = advise(policy, claim({ tracking: { state: 'delivered', carrierRecognized: false } }));
    expect(keys(reachable.recommended)).toContain('ask-claim-withdrawal');
    expect(keys(reachable.wrong)).toContain('appeal-claim|ground=proof-of-delivery');
    const gone = advise(policy, claim({ buyerReachable: false, tracking: { state: 'delivered', carrierRecognized: false } }));
    expect(keys(gone.recommended)).toContain('full-refund');
  });

  it('AZ-9: trading a refund for a withdrawal is always wrong on a claim', () => {
    expect(judge(policy, claim({}), { type: 'tie-refund-to-withdrawal' }).verdict).toBe('wrong');
  });

  it('judges a concrete partial refund against the limit', () => {
    const minor = message({ topic: 'damaged', damage: 'minor' });
    expect(judge(policy, minor, { type: 'partial-refund', percent: maxShare }).verdict).toBe('recommended');
    expect(judge(policy, minor, { type: 'partial-refund', percent: maxShare + 1 }).verdict).toBe('wrong');
    expect(judge(policy, minor, { type: 'escalate' }).verdict).toBe('unjudged');
  });
});

const overlaps = (a: AdvisedAction, b: AdvisedAction): boolean => {
  if (a.type !== b.type) return false;
  const lo = (x: AdvisedAction) => x.percentAbove ?? 0;
  const hi = (x: AdvisedAction) => x.percentAtMost ?? 100;
  if (Math.max(lo(a), lo(b)) >= Math.min(hi(a), hi(b))) return false;
  if (a.payer && b.payer && a.payer !== b.payer) return false;
  if (a.reason && b.reason && !a.reason.some((r) => b.reason!.includes(r))) return false;
  if (a.ground && b.ground && !a.ground.some((g) => b.ground!.includes(g))) return false;
  return true;
};

describe('advise, over 10,000 random valid cases each', { timeout: 120_000 }, () => {
  const runs = { numRuns: 10_000 };

  it('never recommends a reship when the item is out of stock', () => {
    fc.assert(
      fc.property(validCase, (f) => {
        if (f.order.inStock) return true;
        return !advise(policy, f).recommended.some((i) => i.action.type === 'reship' || i.action.type === 'reship-to-new-address');
      }),
      runs,
    );
  });

  it('never recommends a reship for severe damage above the price limit in the order currency', () => {
    fc.assert(
      fc.property(validCase, (f) => {
        if (f.kind !== 'amazon-message' || f.topic !== 'damaged' || f.damage !== 'severe' || f.order.price <= amountIn(limitFigure, f.order.currency)!) return true;
        return !advise(policy, f).recommended.some((i) => i.action.type === 'reship');
      }),
      runs,
    );
  });

  it('cites an existing rule for every recommended and every wrong action', () => {
    fc.assert(
      fc.property(validCase, (f) => {
        const advice = advise(policy, f);
        return [...advice.recommended, ...advice.wrong].every((i) => i.citations.length > 0 && i.citations.every((c) => ruleById.has(c.ruleId)));
      }),
      runs,
    );
  });

  it('never calls an action both right and wrong, in advice or in judgement', () => {
    fc.assert(
      fc.property(validCase, (f) => {
        const advice = advise(policy, f);
        const positive = [...advice.recommended, ...advice.acceptable];
        for (const w of advice.wrong) for (const p of positive) if (overlaps(w.action, p.action)) return false;
        return true;
      }),
      runs,
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(validCase, (f) => {
        expect(JSON.stringify(advise(policy, structuredClone(f)))).toBe(JSON.stringify(advise(policy, f)));
      }),
      runs,
    );
  });
});

describe('every decision branch', { timeout: 120_000 }, () => {
  // A fixed seed keeps this deterministic; the sample is large enough to reach every branch.
  const sample = fc.sample(validCase, { numRuns: 40_000, seed: 20261123 }).map((f) => viewOf(policy, f));
  const branches = rules.flatMap((rule) => (rule.branches ?? []).map((branch) => ({ rule, branch })));

  it.each(branches.map(({ rule, branch }) => [`${rule.id} ${branch.key}`, rule, branch] as const))(
    '%s is triggered by some case and not by another',
    (_name, rule, branch) => {
      const hits = sample.filter((view) => holds(policy, branch.when, view, rule.id)).length;
      expect(hits).toBeGreaterThan(0);
      expect(hits).toBeLessThan(sample.length);
    },
  );
});
