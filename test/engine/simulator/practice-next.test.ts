import { describe, expect, it } from 'vitest';
import { caseKinds, platformOf, type CaseKind } from '../../../src/engine/case-kinds';
import type { DecodedFacts } from '../../../src/engine/facts-link';
import { generateScenario } from '../../../src/engine/simulator/generate';
import { nextUnplayedSeed, playedKeys, practiceFromSearch, practiceKey, practiceSearch } from '../../../src/components/simulator/practice';
import { policy } from '../../../src/engine/loaded-policy';

/** No case code is read in these addresses. */
const decodeNothing = (): DecodedFacts => ({ ok: false, problem: 'damaged', details: [] });

describe('the next practice case', () => {
  it('counts a case played once a step is taken or a score kept, not when it was only opened', () => {
    const played = playedKeys(
      { [practiceKey(1)]: { trace: [{ type: 'hint' }] }, [practiceKey(2)]: { trace: [] }, 'shift:1': { state: {} } },
      { [practiceKey(3)]: { best: 80 } },
    );
    expect([...played].sort()).toEqual([practiceKey(1), practiceKey(3)].sort());
  });

  it('is the first number of the same kind and topic not played, from 1', () => {
    const played = new Set([practiceKey(1), practiceKey(2, '', 'amazon-return'), practiceKey(1, '', 'amazon-return'), practiceKey(3, '', 'amazon-return')]);
    expect(nextUnplayedSeed(new Set())).toBe(1);
    expect(nextUnplayedSeed(played)).toBe(2);
    expect(nextUnplayedSeed(played, 'amazon-return')).toBe(4);
    expect(nextUnplayedSeed(played, 'amazon-return', 'damaged')).toBe(1);
  });

  it('opens, through its address, the case under the key it was looked up by', () => {
    const search = practiceSearch(4, 'amazon-message', 'damaged');
    expect(search).toBe('?seed=4&kind=amazon-message&topic=damaged');
    expect(practiceFromSearch(search, decodeNothing).key).toBe(practiceKey(4, '', 'amazon-message', 'damaged'));
    expect(practiceFromSearch(practiceSearch(2), decodeNothing).key).toBe(practiceKey(2));
    // The index page's form sends an empty kind for "any kind": the same case as none.
    expect(practiceFromSearch('?kind=&seed=2', decodeNothing).key).toBe(practiceKey(2));
  });
});

describe('a case of any kind, for a team that serves some marketplaces', () => {
  it('is drawn from the kinds given, whatever the seed, and from every kind without them', () => {
    const ebayKinds = caseKinds.filter((kind) => platformOf(kind) === 'ebay');
    const drawn = new Set<string>();
    for (let seed = 1; seed <= 200; seed++) {
      expect(platformOf(generateScenario(policy, { seed, kinds: ebayKinds }).facts.kind as CaseKind)).toBe('ebay');
      drawn.add(generateScenario(policy, { seed }).facts.kind as string);
    }
    expect(drawn.size).toBe(caseKinds.length);
  });
});
