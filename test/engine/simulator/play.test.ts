import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advise } from '../../../src/engine/advise';
import { caseKinds } from '../../../src/engine/case';
import { factLabels } from '../../../src/engine/fact-labels';
import { caseSubject } from '../../../src/engine/fact-words-both';
import { sayBoth } from '../../../src/i18n/say-both';
import { ruleById, policy } from '../../../src/engine/loaded-policy';
import {
  bestPath,
  draftsFor,
  generateScenario,
  initialState,
  legalDecisionTypes,
  parseScenario,
  play,
  scoreTrace,
  step,
  stepBound,
  trueFacts,
  type Scenario,
} from '../../../src/engine/simulator';
import { checkReply } from '../../../src/engine/reply-check';
import { damagedKettle } from './fixtures/authored';
import { scenarioSweep } from './walk';

const sweep = scenarioSweep(4);
const authored = (() => {
  const parsed = parseScenario(policy, damagedKettle);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.scenario;
})();

describe('generateScenario', () => {
  it('gives the same scenario for the same seed, and another for another seed', () => {
    for (const kind of caseKinds) {
      expect(generateScenario(policy, { seed: 42, kind })).toEqual(generateScenario(policy, { seed: 42, kind }));
      expect(generateScenario(policy, { seed: 42, kind })).not.toEqual(generateScenario(policy, { seed: 43, kind }));
    }
    expect(generateScenario(policy, { seed: 5 })).toEqual(generateScenario(policy, { seed: 5 }));
  });

  it('produces scenarios the schema accepts and the rules speak to, for every kind and topic', () => {
    for (const scenario of sweep) {
      expect(parseScenario(policy, JSON.parse(JSON.stringify(scenario))).ok).toBe(true);
      expect(advise(policy, trueFacts(scenario, initialState(scenario))).ruleIds.length).toBeGreaterThan(0);
    }
  });

  // The generator checks its facts without the scenario schema (the shift page loads no zod), so
  // this holds what it builds to that schema: valid, every hidden combination included, and
  // already in the schema's own shape, defaults filled.
  it('builds what the scenario schema would, for any seed', () => {
    fc.assert(
      fc.property(fc.nat(), fc.option(fc.constantFrom(...caseKinds), { nil: undefined }), (seed, kind) => {
        const scenario = generateScenario(policy, { seed, kind });
        const parsed = parseScenario(policy, JSON.parse(JSON.stringify(scenario)));
        if (!parsed.ok) throw new Error(`seed ${seed}: ${parsed.problems.join('; ')}`);
        expect(JSON.parse(JSON.stringify(parsed.scenario))).toEqual(JSON.parse(JSON.stringify(scenario)));
      }),
      { numRuns: 1500 },
    );
  });

  it('builds a case around facts an agent entered', () => {
    const facts = {
      kind: 'ebay-snad',
      site: 'DE',
      channel: 'paypal',
      caseOpenedAt: '2026-06-18T08:00:00Z',
      damaged: true,
      order: { price: 54, currency: 'EUR', orderedAt: '2026-06-01' },
    };
    const scenario = generateScenario(policy, { seed: 9, facts });
    expect(scenario.facts).toMatchObject({ kind: 'ebay-snad', damaged: true, order: { price: 54 } });
    expect(scenario.hidden).toEqual([]);
    expect(scoreTrace(policy, scenario, bestPath(policy, scenario)).total).toBe(100);
    expect(() => generateScenario(policy, { seed: 9, facts: { kind: 'amazon-message' } })).toThrow(/invalid case facts/);
    expect(() => generateScenario(policy, { seed: 9, kind: 'amazon-return', topic: 'lost-parcel' })).toThrow(/not a topic/);
  });

  it('names a practice case by its subject, the same words the shift’s inbox shows', () => {
    const scenario = generateScenario(policy, { seed: 42, kind: 'amazon-message', topic: 'damaged' });
    expect(caseSubject(scenario.facts)).toEqual({ en: 'Amazon buyer message: damaged on arrival', 'zh-cn': '亚马逊买家消息：到货破损' });
    expect(scenario.title).toEqual({ en: 'Practice — Amazon buyer message: damaged on arrival', 'zh-cn': '练习——亚马逊买家消息：到货破损' });
    expect(caseSubject({ kind: 'amazon-chargeback' })).toEqual(sayBoth(factLabels.kind!.values!['amazon-chargeback']!));
  });

  it('writes buyer messages that differ by temperament', () => {
    const texts = new Set(Array.from({ length: 40 }, (_, seed) => generateScenario(policy, { seed, kind: 'amazon-message', topic: 'damaged' }).messages[0]!.text));
    expect(texts.size).toBeGreaterThan(5);
  });
});

describe('playing a case', () => {
  const all: Scenario[] = [...sweep, authored];

  it('has a path, found from the rules, that scores full marks', () => {
    const short: string[] = [];
    for (const scenario of all) {
      const report = scoreTrace(policy, scenario, bestPath(policy, scenario));
      if (report.total !== 100) short.push(`${scenario.id}: ${report.total}`);
    }
    expect(short).toEqual([]);
  });

  it('ends every best path within the step bound, closed', () => {
    for (const scenario of all) {
      const path = bestPath(policy, scenario);
      expect(path.length).toBeLessThanOrEqual(stepBound(policy, scenario));
      expect(play(policy, scenario, path, initialState(scenario)).state.phase).toBe('closed');
    }
  });

  it('gives the same score for the same decisions', () => {
    for (const scenario of all.slice(0, 40)) {
      const path = bestPath(policy, scenario);
      expect(scoreTrace(policy, scenario, path)).toEqual(scoreTrace(policy, scenario, JSON.parse(JSON.stringify(path))));
    }
  });

  it('rejects a decision out of turn without changing the state', () => {
    const state = initialState(authored);
    const result = step(policy, authored, state, { type: 'pick-draft', draft: 0 });
    expect(result.accepted).toBe(false);
    expect(result.state).toBe(state);
    expect(result.effects[0]?.type).toBe('rejected');
    expect(legalDecisionTypes(state)).toEqual(['triage']);
  });

  it('offers one draft that breaks no message rule and others that do', () => {
    let state = initialState(authored);
    for (const d of [bestPath(policy, authored)[0], { type: 'resolve', action: { type: 'ask-photos' } }]) state = step(policy, authored, state, d).state;
    const weights = draftsFor(policy, authored, state).map(
      (d) => checkReply(d.text, { platform: 'amazon', caseKind: 'amazon-message' }).filter((f) => f.severity !== 'suggestion').length,
    );
    expect(weights.filter((w) => w === 0)).toHaveLength(1);
    expect(weights.filter((w) => w > 0)).toHaveLength(2);
  });

  it('reveals a hidden fact when the buyer answers the question that uncovers it', () => {
    let state = initialState(authored);
    state = step(policy, authored, state, bestPath(policy, authored)[0]).state;
    state = step(policy, authored, state, { type: 'resolve', action: { type: 'ask-photos' } }).state;
    const result = step(policy, authored, state, { type: 'write-reply', text: 'We are so sorry. Could you kindly send a photo? We will reply within 24 hours.' });
    expect(result.effects).toContainEqual(expect.objectContaining({ type: 'buyer', reaction: 'answers', says: damagedKettle.hidden![0]!.buyerSays }));
    expect(result.effects).toContainEqual(expect.objectContaining({ type: 'finding', by: 'ask-photos', revealed: ['damage'] }));
    expect(result.state.phase).toBe('act');
  });

  it('every rule a review cites exists', () => {
    for (const scenario of all.slice(0, 60)) {
      for (const item of scoreTrace(policy, scenario, bestPath(policy, scenario)).review) for (const id of item.ruleIds) expect(ruleById.has(id), id).toBe(true);
    }
  });
});
