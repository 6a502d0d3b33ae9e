import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaseFacts } from '../../src/engine/check-case-facts';
import { answersOf, decodeFacts, encodeFacts, FACTS_LINK_VERSION } from '../../src/engine/facts-link';
import { nest } from '../../src/engine/questions';
import { caseFactsArbitrary } from './case-arbitrary';

const valid = (input: unknown) => {
  const parsed = parseCaseFacts(input);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.facts;
};

describe('facts in a link', () => {
  it('round-trips any valid case, buyer names in any script included', () => {
    fc.assert(
      fc.property(caseFactsArbitrary, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), (input, name) => {
        const facts = valid({ ...input, buyerName: name });
        const code = encodeFacts(facts);
        expect(code).toMatch(/^v\d+\.[A-Za-z0-9_-]+$/);
        const back = decodeFacts(code);
        expect(back).toEqual({ ok: true, facts });
      }),
      { numRuns: 500 },
    );
  });

  it('answers taken from facts give the same facts again', () => {
    fc.assert(
      fc.property(caseFactsArbitrary, (input) => {
        const facts = valid(input);
        expect(valid(nest(facts.kind, answersOf(facts)))).toEqual(facts);
      }),
      { numRuns: 300 },
    );
  });

  const sample = valid({ kind: 'amazon-chargeback', disputeOpenedAt: '2026-03-02', order: { price: 20, currency: 'EUR', orderedAt: '2026-03-01' } });

  it('a cut-off link is damaged, not a crash', () => {
    const code = encodeFacts(sample);
    for (const cut of [code.slice(0, -7), code.slice(0, 5), `${code}%%`, code.replace('.', '')]) {
      const result = decodeFacts(cut);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(['damaged', 'invalid']).toContain(result.problem);
    }
  });

  it('a hand-edited link that breaks the case lists every problem by field', () => {
    const edited = encodeFacts({ ...sample, order: { ...sample.order, price: -5 }, disputeOpenedAt: '2026-02-30' });
    const result = decodeFacts(edited);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toBe('invalid');
    expect(result.details.some((d) => d.startsWith('order.price:'))).toBe(true);
    expect(result.details.some((d) => d.startsWith('disputeOpenedAt:'))).toBe(true);
  });

  it('an older or newer version is named as such', () => {
    const body = encodeFacts(sample).split('.')[1];
    const older = decodeFacts(`v${FACTS_LINK_VERSION - 1}.${body}`);
    const newer = decodeFacts(`v${FACTS_LINK_VERSION + 1}.${body}`);
    expect(older.ok || older.problem).toBe('outdated');
    expect(newer.ok || newer.problem).toBe('newer');
  });

  it('any string at all is read without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `v${FACTS_LINK_VERSION}.${s}`),
          fc.base64String().map((s) => `v${FACTS_LINK_VERSION}.${s}`),
        ),
        (junk) => {
          const result = decodeFacts(junk);
          if (!result.ok) expect(result.details.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
