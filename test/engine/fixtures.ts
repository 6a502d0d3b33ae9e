import type { CaseFacts, CaseFactsInput } from '../../src/engine/case';
import { parseCaseFacts } from '../../src/engine/check-case-facts';

/** Parses facts for a test, failing loudly if the fixture itself is invalid. */
export function facts(input: CaseFactsInput): CaseFacts {
  const parsed = parseCaseFacts(input);
  if (!parsed.ok) throw new Error(`invalid fixture: ${parsed.problems.join('; ')}`);
  return parsed.facts;
}

export const order = (over: Partial<CaseFactsInput['order']> = {}): CaseFactsInput['order'] => ({
  price: 20,
  currency: 'USD',
  orderedAt: '2026-03-01T10:00:00Z',
  ...over,
});

export const message = (over: Partial<Extract<CaseFactsInput, { kind: 'amazon-message' }>>): CaseFacts =>
  facts({ kind: 'amazon-message', topic: 'where-is-my-order', receivedAt: '2026-03-05T10:00:00Z', order: order(), ...over } as CaseFactsInput);

export const claim = (over: Partial<Extract<CaseFactsInput, { kind: 'amazon-atoz' }>>): CaseFacts =>
  facts({ kind: 'amazon-atoz', reason: 'not-received', claimOpenedAt: '2026-03-20T10:00:00Z', order: order(), ...over } as CaseFactsInput);

export const returnRequest = (over: Partial<Extract<CaseFactsInput, { kind: 'amazon-return' }>>): CaseFacts =>
  facts({
    kind: 'amazon-return',
    reason: 'unwanted',
    returnAddress: 'china',
    sellerAtFault: false,
    receivedAt: '2026-03-10T10:00:00Z',
    order: order(),
    ...over,
  } as CaseFactsInput);
