import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facts as parsedFacts } from '../engine/fixtures';
import { encodeFacts } from '../../src/engine/facts-link';
import { factsFromAnswers, type Purpose } from '../../src/engine/questions';
import { settle } from '../../src/components/facts-form/case-form';
import { caseFromLocation } from '../../src/components/tools/link-state';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { caseFactsArbitrary } from '../engine/case-arbitrary';
import { policy } from '../../src/engine/loaded-policy';

/** A case opened from a link in a tool, as the tool rebuilds it to share it again. */
function reshared(facts: unknown, purpose: Purpose) {
  const found = caseFromLocation(`?case=${encodeFacts(facts as Record<string, unknown>)}`);
  if (!found || !('form' in found)) throw new Error('the link did not open');
  const { answers } = settle(found.form, purpose, '2026-01-01T00:00:00Z');
  return factsFromAnswers(policy, found.form.kind, answers, purpose, purpose === 'advice' ? found.asOf : undefined, found.form.carried);
}

describe('a case opened from a link and shared again is the same case', () => {
  for (const purpose of ['clock', 'advice'] as const) {
    it(`in the ${purpose === 'clock' ? 'case clock' : 'decision helper'}, for any valid case`, () => {
      fc.assert(
        fc.property(caseFactsArbitrary, (input) => {
          const facts = parsedFacts(input);
          const again = reshared(facts, purpose);
          expect(again.ok && again.facts).toEqual(facts);
        }),
        { numRuns: 400 },
      );
    });
  }

  it('keeps the full A-to-z example: price, tracking, dates, order ID and as-of', () => {
    const example = JSON.parse(readFileSync(fileURLToPath(new URL('../../examples/amazon-atoz.json', import.meta.url)), 'utf8'));
    const facts = parsedFacts(example);
    for (const purpose of ['clock', 'advice'] as const) {
      const again = reshared(facts, purpose);
      expect(again.ok && again.facts).toEqual(facts);
    }
  });
});
