import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advise, judge } from '../../src/engine/advise';
import { currencies } from '../../src/engine/case-choices';
import { describe as describeCondition } from '../../src/engine/condition-words';
import { holds, settles } from '../../src/engine/conditions';
import { viewOf } from '../../src/engine/facts-view';
import { fillFigures, formatFigure } from '../../src/engine/figures';
import { highValueLine, highValueRef, isHighValue } from '../../src/engine/high-value';
import { highValueWords } from '../../src/engine/high-value-words';
import { amountIn, formatMoney } from '../../src/engine/money';
import { moneyCurrencies, perUsd, referenceCurrency } from '../../src/engine/policy/money';
import { figureOf, ruleOf, rules, policy } from '../../src/engine/loaded-policy';
import { teamSetFigures } from '../../src/engine/policy/rule-files';
import type { Condition, Figure, FigureRef } from '../../src/engine/policy/types';
import { factsFromAnswers, questionsFor } from '../../src/engine/questions';
import { caseSituation } from '../../src/engine/quiz/situation';
import { claim, facts, message, order, returnRequest } from './fixtures';

const reshipLimit = figureOf('PROD-1', 'reshipPriceLimit');
const keys = (items: { key: string }[]) => items.map((i) => i.key);
const branchOf = (ruleId: string, key: string) => ruleOf(ruleId).branches!.find((b) => b.key === key)!;
const severeDamage = (price: number, currency: string, marketplace = 'amazon.com') =>
  message({ topic: 'damaged', damage: 'severe', marketplace: marketplace as 'amazon.com', order: order({ price, currency: currency as 'USD' }) });

/** Every money figure of the policy, the team's high-value line among them. */
const moneyFigures: [string, Figure][] = rules.flatMap((rule) =>
  Object.entries(rule.figures ?? {})
    .filter(([, f]) => f.unit === 'money')
    .map(([name, f]): [string, Figure] => [`${rule.id}.${name}`, f]),
);

/** Every comparison of a fact with a money figure in the rules' branches, with its owner. */
function moneyComparisons(): { owner: string; leaf: Extract<Condition, { fact: string }>; ref: FigureRef }[] {
  const out: { owner: string; leaf: Extract<Condition, { fact: string }>; ref: FigureRef }[] = [];
  const walk = (c: Condition, owner: string): void => {
    if ('all' in c) return c.all.forEach((p) => walk(p, owner));
    if ('any' in c) return c.any.forEach((p) => walk(p, owner));
    if ('not' in c) return walk(c.not, owner);
    const ref = 'above' in c ? c.above : 'atMost' in c ? c.atMost : undefined;
    if (ref && typeof ref !== 'number' && figureOf(ref.rule ?? owner, ref.figure).unit === 'money') out.push({ owner, leaf: c, ref });
  };
  for (const rule of rules) for (const branch of rule.branches ?? []) walk(branch.when, rule.id);
  return out;
}

describe('money limits in the order currency', () => {
  it('PROD-1: ¥3,000 on amazon.co.jp is under the price limit, so a reship is allowed', () => {
    const advice = advise(policy, severeDamage(3000, 'JPY', 'amazon.co.jp'));
    expect(keys(advice.recommended)).toEqual(expect.arrayContaining(['full-refund', 'reship']));
    expect(keys(advice.wrong)).not.toContain('reship');
    expect(judge(policy, severeDamage(3000, 'JPY', 'amazon.co.jp'), { type: 'reship' }).verdict).toBe('recommended');
  });

  it('PROD-1: ¥25 is cheap', () => {
    const view = viewOf(policy, severeDamage(25, 'JPY', 'amazon.co.jp'));
    expect(holds(policy, branchOf('PROD-1', 'severe-cheap').when, view, 'PROD-1')).toBe(true);
    expect(holds(policy, branchOf('PROD-1', 'severe-expensive').when, view, 'PROD-1')).toBe(false);
  });

  it('PROD-1: £31, 31 USD and 31 EUR are above the price limit: refund only, no reship', () => {
    for (const [currency, marketplace] of [
      ['GBP', 'amazon.co.uk'],
      ['USD', 'amazon.com'],
      ['EUR', 'amazon.de'],
    ] as const) {
      const advice = advise(policy, severeDamage(31, currency, marketplace));
      expect(keys(advice.recommended), currency).toContain('full-refund');
      expect(keys(advice.recommended), currency).not.toContain('reship');
      expect(keys(advice.wrong), currency).toContain('reship');
    }
  });

  it('PROD-1: the decision helper on amazon.co.jp, from the form’s answers to the advice, allows a reship at ¥3,000', () => {
    const answers = {
      marketplace: 'amazon.co.jp',
      topic: 'damaged',
      damage: 'severe',
      receivedAt: '2026-03-05T10:00:00Z',
      'order.price': 3000,
      'order.currency': 'JPY',
      'order.orderedAt': '2026-03-01T10:00:00Z',
    };
    const parsed = factsFromAnswers(policy, 'amazon-message', answers, 'advice', '2026-03-05T12:00:00Z');
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && keys(advise(policy, parsed.facts).recommended)).toContain('reship');
  });

  it('PROD-1, PROD-2: for every currency, a price just below or at the limit and one just above fall on opposite sides of the branch', () => {
    const pairs = [
      ['PROD-1', 'severe-cheap', 'severe-expensive'],
      ['PROD-2', 'confirmed-cheap', 'confirmed-expensive'],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...currencies), fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.boolean(), (currency, fraction, atLimit) => {
        const limit = amountIn(reshipLimit, currency)!;
        const below = atLimit ? limit : Math.max(0.01, Math.round((limit - fraction) * 100) / 100);
        const above = Math.round((limit + fraction) * 100) / 100;
        return pairs.every(([ruleId, cheap, expensive]) => {
          const at = (price: number) =>
            viewOf(
              policy,
              ruleId === 'PROD-1' ? severeDamage(price, currency) : message({ topic: 'not-working', faultConfirmed: true, order: order({ price, currency, inStock: true }) }),
            );
          const side = (price: number) => [holds(policy, branchOf(ruleId, cheap).when, at(price), ruleId), holds(policy, branchOf(ruleId, expensive).when, at(price), ruleId)];
          return side(below).join() === 'true,false' && side(above).join() === 'false,true';
        });
      }),
      { numRuns: 300 },
    );
  });

  it('every money comparison in the rules flips between just below and just above its limit, in every order currency', () => {
    const comparisons = moneyComparisons();
    expect(comparisons.length).toBeGreaterThanOrEqual(5);
    for (const { owner, leaf, ref } of comparisons)
      for (const currency of currencies) {
        const figure = figureOf(ref.rule ?? owner, ref.figure);
        // A figure fixed in one currency (Amazon's US-dollar claim limit) is compared with a fact in that currency.
        const limit = figure.amounts ? figure.amounts[currency] : figure.value;
        const view = (value: number) => ({ [leaf.fact]: value, currency });
        expect(holds(policy, leaf, view(limit - 0.01), owner), `${owner} ${leaf.fact} ${currency}`).not.toBe(holds(policy, leaf, view(limit + 0.01), owner));
      }
  });

  it('CLAIM-2: the US-dollar limit stays in US dollars whatever the order currency', () => {
    const propertyClaim = (claimAmountUsd: number) =>
      facts({
        kind: 'amazon-property-claim',
        claimType: 'property-damage',
        noticeReceivedAt: '2026-03-20T10:00:00Z',
        claimAmountUsd,
        compliantAndInsured: true,
        order: order({ price: 9800, currency: 'JPY' }),
      });
    const settles = branchOf('CLAIM-2', 'amazon-settles').when;
    const limit = figureOf('CLAIM-2', 'selfSettleLimit').value;
    expect(holds(policy, settles, viewOf(policy, propertyClaim(limit)), 'CLAIM-2')).toBe(true);
    expect(holds(policy, settles, viewOf(policy, propertyClaim(limit + 1)), 'CLAIM-2')).toBe(false);
  });

  it('a price with no known currency satisfies no money comparison, and a form still has the currency to ask', () => {
    const leaf: Condition = { fact: 'price', atMost: { rule: 'PROD-1', figure: 'reshipPriceLimit' } };
    expect(holds(policy, leaf, { price: 1 }, 'PROD-1')).toBe(false);
    expect(settles(policy, leaf, { price: 1 }, new Set(['currency']), 'PROD-1')).toBeUndefined();
    expect(settles(policy, leaf, { price: 1, currency: 'USD' }, new Set(), 'PROD-1')).toBe(true);
    // A comparison that is not about money does not wait for the currency.
    expect(settles(policy, { fact: 'hoursSinceReceived', above: 1 }, { hoursSinceReceived: 2 }, new Set(['currency']), 'RET-5')).toBe(true);
  });
});

describe('the money tables', () => {
  const tables = moneyFigures.flatMap(([name, f]) => (f.amounts ? [[name, f.amounts] as const] : []));

  it('give an amount in every order currency, in every table: a new currency without its limits fails', () => {
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const [name, table] of tables)
      for (const currency of currencies) {
        const amount = (table as Record<string, number | undefined>)[currency];
        expect(typeof amount === 'number' && amount > 0, `${name}: ${currency}`).toBe(true);
      }
    for (const currency of currencies) expect(perUsd[currency as keyof typeof perUsd], `working rate for ${currency}`).toBeGreaterThan(0);
  });

  it('list at least USD, GBP, EUR, CAD, AUD, JPY and MXN, each once', () => {
    expect(moneyCurrencies).toEqual(expect.arrayContaining(['USD', 'GBP', 'EUR', 'CAD', 'AUD', 'JPY', 'MXN', ...currencies]));
    expect(new Set(moneyCurrencies).size).toBe(moneyCurrencies.length);
  });

  it('hold about the same money in every currency (within a fifth of the working rate), so a typo such as 45,000 JPY fails', () => {
    for (const [name, table] of tables)
      for (const currency of moneyCurrencies) {
        const expected = table[referenceCurrency] * perUsd[currency];
        expect(Math.abs(table[currency] / expected - 1), `${name}: ${currency}`).toBeLessThan(0.2);
      }
  });

  it('every money figure of a rule is either a table or fixed in a stated currency', () => {
    expect(moneyFigures.length).toBeGreaterThanOrEqual(3);
    for (const [name, f] of moneyFigures) {
      expect(f.currency, name).toBeDefined();
      if (f.amounts) expect(f.value, name).toBe(f.amounts[f.currency!]);
    }
  });
});

describe('money figures in words', () => {
  it('are shown in the order currency when a case is known, and as the whole table when none is', () => {
    expect(formatFigure(reshipLimit, 'en', 'JPY')).toBe(formatMoney(reshipLimit.amounts!.JPY, 'JPY', 'en'));
    expect(formatMoney(4500, 'JPY', 'en')).toBe('4,500 JPY');
    expect(formatMoney(4500, 'JPY', 'zh-cn')).toBe('4,500 日元');
    expect(formatMoney(42.9, 'EUR', 'en')).toBe('42.90 EUR');
    const table = formatFigure(reshipLimit, 'en');
    expect(table.split(' / ')).toEqual(moneyCurrencies.map((c) => formatMoney(reshipLimit.amounts![c], c, 'en')));
    expect(table).toContain('4,500 JPY');
    expect(formatFigure(reshipLimit, 'zh-cn')).toContain('4,500 日元');
  });

  it('describe says the limit in the case’s currency, or in every currency', () => {
    const severeExpensive = branchOf('PROD-1', 'severe-expensive').when;
    expect(describeCondition(policy, severeExpensive, 'en', 'PROD-1', 'JPY')).toContain(`above ${formatMoney(reshipLimit.amounts!.JPY, 'JPY', 'en')}`);
    expect(describeCondition(policy, severeExpensive, 'en', 'PROD-1', 'USD')).toMatch(/price \(order currency\) above 30 USD$/);
    expect(describeCondition(policy, severeExpensive, 'en', 'PROD-1')).toContain(`above ${formatFigure(reshipLimit, 'en')}`);
    expect(describeCondition(policy, severeExpensive, 'zh-cn', 'PROD-1', 'JPY')).toContain('4,500 日元');
  });

  it('CLAIM-2: a figure fixed in US dollars is shown in dollars, with its rough equivalent in the order currency', () => {
    const limit = figureOf('CLAIM-2', 'selfSettleLimit');
    expect(formatFigure(limit, 'en')).toBe('1,000 USD');
    expect(formatFigure(limit, 'en', 'USD')).toBe('1,000 USD');
    expect(formatFigure(limit, 'en', 'JPY')).toMatch(/^1,000 USD \(about [\d,]+ JPY\)$/);
    expect(formatFigure(limit, 'zh-cn', 'JPY')).toMatch(/^1,000 美元（约 [\d,]+ 日元）$/);
    expect(fillFigures(policy, '{selfSettleLimit}', 'CLAIM-2', 'en', 'GBP')).toMatch(/^1,000 USD \(about [\d,]+ GBP\)$/);
  });

  it('advice reasons show money in the case’s currency', () => {
    const propertyClaim = facts({
      kind: 'amazon-property-claim',
      claimType: 'property-damage',
      noticeReceivedAt: '2026-03-20T10:00:00Z',
      claimAmountUsd: 5000,
      compliantAndInsured: true,
      order: order({ price: 9800, currency: 'JPY' }),
    });
    const reasons = [...advise(policy, propertyClaim).wrong, ...advise(policy, propertyClaim).recommended].flatMap((i) =>
      i.citations.filter((c) => c.ruleId === 'CLAIM-2').map((c) => c.why.en),
    );
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.join(' ')).toMatch(/1,000 USD \(about [\d,]+ JPY\)/);
  });

  it('the quiz shows a case’s price formatted in its currency', () => {
    const situation = caseSituation(policy, severeDamage(3000, 'JPY', 'amazon.co.jp'), ['PROD-1']);
    expect(situation.en).toContain('3,000 JPY');
    expect(situation['zh-cn']).toContain('3,000 日元');
  });
});

describe('high value: the case’s own word, else the price against the team’s line', () => {
  it('is a money figure of the rules that the team sets in team.yaml, and every rule that asks it reads the same line', () => {
    const ref = `${highValueRef.rule}.${highValueRef.figure}`;
    expect(teamSetFigures().has(ref)).toBe(true);
    expect(moneyFigures.map(([name]) => name)).toContain(ref);
    expect(highValueLine(policy)).toBe(figureOf(highValueRef.rule, highValueRef.figure));
  });

  const faulty = (price: number, currency = 'USD', highValue?: boolean) =>
    claim({ reason: 'defective', order: order({ price, currency: currency as 'USD', ...(highValue !== undefined && { highValue }) }) });

  it('AZ-3: a 5,000 USD faulty item with no high-value answer is high value: appeal, asking for the item back', () => {
    const f = faulty(5000);
    expect(f.order.highValue).toBeUndefined();
    expect(viewOf(policy, f).highValue).toBe(true);
    const advice = advise(policy, f);
    expect(keys(advice.recommended)).toContain('appeal-claim|ground=return-then-refund');
    expect(advice.recommended.some((i) => i.key === 'full-refund' && i.citations.some((c) => c.ruleId === 'AZ-3'))).toBe(false);
  });

  it('RET-4: a 5,000 USD item with no high-value answer is high value: check the return cost first', () => {
    const advice = advise(policy, returnRequest({ reason: 'defective', sellerAtFault: true, order: order({ price: 5000 }) }));
    expect(keys(advice.recommended)).toContain('check-return-cost');
  });

  it('the case’s own answer wins over the price', () => {
    expect(viewOf(policy, faulty(5000, 'USD', false)).highValue).toBe(false);
    expect(viewOf(policy, faulty(1, 'USD', true)).highValue).toBe(true);
    expect(keys(advise(policy, faulty(5000, 'USD', false)).recommended)).not.toContain('appeal-claim|ground=return-then-refund');
  });

  it('for every currency, just below or at the line is not high value and just above is', () => {
    fc.assert(
      fc.property(fc.constantFrom(...currencies), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (currency, fraction) => {
        const line = amountIn(highValueLine(policy), currency)!;
        return (
          isHighValue(policy, { price: line, currency }) === false &&
          isHighValue(policy, { price: line - fraction, currency }) === false &&
          isHighValue(policy, { price: line + fraction, currency }) === true
        );
      }),
    );
    expect(isHighValue(policy, { currency: 'USD' })).toBeUndefined();
  });

  it('is asked where it matters, and may stay unanswered: the form then judges by the price', () => {
    const question = questionsFor(policy, 'amazon-atoz', { reason: 'defective' }, 'advice').find((q) => q.path === 'order.highValue');
    expect(question).toMatchObject({ input: 'yes-no', required: false });
    expect(question?.fallback).toBeUndefined();
    const answers = {
      marketplace: 'amazon.com',
      reason: 'defective',
      claimOpenedAt: '2026-03-20T10:00:00Z',
      'order.price': 5000,
      'order.currency': 'USD',
      'order.orderedAt': '2026-03-01T10:00:00Z',
    };
    const parsed = factsFromAnswers(policy, 'amazon-atoz', answers, 'advice', '2026-03-21T10:00:00Z');
    expect(parsed.ok && viewOf(policy, parsed.facts).highValue).toBe(true);
  });

  it('is no longer false by default: the parsed facts leave it out, the facts view derives it', () => {
    expect(order().highValue).toBeUndefined();
    expect(viewOf(policy, faulty(20)).highValue).toBe(false);
  });

  it('says in words what the case counts as and why, in the order currency', () => {
    expect(highValueWords(policy, { price: 5000, currency: 'USD' }, 'en')).toBe(
      `High-value item: yes — the price, 5,000 USD, is above the team’s line of ${formatFigure(highValueLine(policy), 'en', 'USD')}.`,
    );
    expect(highValueWords(policy, { price: 3000, currency: 'JPY' }, 'zh-cn')).toContain('3,000 日元');
    expect(highValueWords(policy, { price: 3000, currency: 'JPY', highValue: true }, 'en')).toMatch(/^High-value item: yes, as the case says/);
    expect(highValueWords(policy, { currency: 'JPY' }, 'en')).toBeNull();
  });
});
