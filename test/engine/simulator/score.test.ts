import { describe, expect, it } from 'vitest';
import { figureOf, policy } from '../../../src/engine/loaded-policy';
import { inBothLangs } from '../../../src/i18n/say-both';
import {
  bestPath,
  generateScenario,
  HINT_COST,
  initialState,
  neededRevealers,
  NEVER_DO_CAP,
  parseScenario,
  scoreTrace,
  SKIPPED_CHECK_COST,
  step,
  stepBound,
  bestDecision,
  type Decision,
  type Scenario,
} from '../../../src/engine/simulator';
import { investigations } from '../../../src/engine/simulator/vocabulary';
import { damagedKettle } from './fixtures/authored';
import { authoredScenarios } from './fixtures/authored-scenarios';
import { practiceCases } from './spoil';

const scenarioOf = (input: unknown): Scenario => {
  const parsed = parseScenario(policy, input);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.scenario;
};
const kettle = scenarioOf(damagedKettle);

/** The best path with one decision swapped for another. */
function swap(scenario: Scenario, at: (d: Decision) => boolean, by: Decision): Decision[] {
  const path = bestPath(policy, scenario).slice();
  const i = path.findIndex(at);
  path[i] = by;
  // Replay: the rest of the best path may no longer fit, so finish with best decisions.
  return finish(scenario, path.slice(0, i + 1));
}

/** Plays the given decisions, then lets the rules finish the case. */
function finish(scenario: Scenario, prefix: Decision[]): Decision[] {
  let state = initialState(scenario);
  for (const d of prefix) state = step(policy, scenario, state, d).state;
  const out = [...state.trace];
  for (let i = 0; i < 50 && state.phase !== 'closed'; i++) {
    const d: Decision =
      state.phase === 'reply'
        ? { type: 'pick-draft', draft: 0 }
        : state.phase === 'triage'
          ? bestPath(policy, scenario)[0]!
          : { type: 'resolve', action: { type: 'apologize' } };
    state = step(policy, scenario, state, d).state;
    out.push(d);
  }
  return out;
}

describe('scoreTrace', () => {
  it('gives the best path full marks on every dimension', () => {
    const report = scoreTrace(policy, kettle, bestPath(policy, kettle));
    expect(report.total).toBe(100);
    expect(Object.values(report.dimensions).map((d) => d.score)).toEqual([100, 100, 100, 100, 100]);
    expect(report.band).toBe('excellent');
    expect(report.passed).toBe(true);
  });

  it('scores a wrong action lower on policy, and names the rule and the better choice', () => {
    // Severe damage on an item above the reship price limit: reshipping is wrong (PROD-1).
    const path = swap(kettle, (d) => d.type === 'resolve' && d.action.type !== 'ask-photos', { type: 'resolve', action: { type: 'reship' } });
    const report = inBothLangs(scoreTrace(policy, kettle, path));
    expect(report.dimensions.policy.score).toBeLessThan(100);
    const item = report.review.find((r) => r.step === 'resolve' && r.chosen.en.startsWith('Reship'))!;
    expect(item.verdict).toBe('wrong');
    expect(item.ruleIds).toContain('PROD-1');
    expect(item.best.en).toMatch(/refund/i);
    // A wrong action is a never-do: the case fails, and the report says which rule made it so.
    expect(report.passed).toBe(false);
    expect(report.total).toBeLessThanOrEqual(NEVER_DO_CAP);
    expect(report.neverDo).toContainEqual(expect.objectContaining({ step: 'resolve', ruleId: 'PROD-1', index: item.index }));
  });

  it('caps a play that is fine but for a reply with an e-mail address, a link and 5 stars for a discount below the pass mark', () => {
    const reply =
      'We are very sorry. We have refunded you in full. Write to help@shop.com or see www.shop.com. Leave us 5-star feedback and we will send you a 10% discount code.';
    const path = bestPath(policy, kettle).map((d): Decision => (d.type === 'pick-draft' ? { type: 'write-reply', text: reply } : d));
    const report = inBothLangs(scoreTrace(policy, kettle, path));
    expect(report.passed).toBe(false);
    expect(report.total).toBeLessThanOrEqual(NEVER_DO_CAP);
    expect(report.neverDo.map((n) => n.ruleId)).toEqual(expect.arrayContaining(['MSG-4', 'AZ-9']));
    expect(report.capNote?.en).toMatch(/never-do/);
  });

  it('a skipped check the rules need costs policy points, and skipping two in an otherwise best play is never excellent', () => {
    const cases = [...authoredScenarios(), ...practiceCases(150, 'skipped-checks')].filter(
      (s) => neededRevealers(policy, s).filter((r) => (investigations as readonly string[]).includes(r)).length >= 2,
    );
    expect(cases.length).toBeGreaterThan(3);
    const excellent = cases.flatMap((scenario) => {
      const skipped = new Set<string>(neededRevealers(policy, scenario));
      // The best path without its needed checks; what no longer fits is left out, and the rules finish.
      let state = initialState(scenario);
      for (const d of bestPath(policy, scenario))
        if (!(d.type === 'check' && skipped.has(d.check)) && state.phase !== 'closed') state = step(policy, scenario, state, d).state;
      for (let i = 0; state.phase !== 'closed' && i < stepBound(policy, scenario); i++) state = step(policy, scenario, state, bestDecision(policy, scenario, state)!).state;
      const report = inBothLangs(scoreTrace(policy, scenario, state.trace));
      const n = report.review.filter((r) => r.step === 'skipped-check').length;
      expect(report.dimensions.policy.notes.some((t) => t.en.includes(`${SKIPPED_CHECK_COST * n} policy points off`))).toBe(true);
      return report.band === 'excellent' ? [`${scenario.id}: ${report.total}`] : [];
    });
    expect(excellent).toEqual([]);
  }, 60_000);

  it('marks a check the rules needed but that was skipped', () => {
    const path = finish(
      kettle,
      bestPath(policy, kettle)
        .filter((d) => !(d.type === 'check' && d.check === 'check-stock'))
        .slice(0, 1),
    );
    const report = scoreTrace(policy, kettle, path);
    expect(report.review.some((r) => r.step === 'skipped-check' && r.ruleIds.includes('SHIP-3'))).toBe(true);
    expect(report.dimensions.policy.score).toBeLessThan(100);
  });

  it('lowers timeliness when the reply deadline is missed on the simulated clock', () => {
    // Two hours before the reply deadline (MSG-2), three slow checks take the clock past it.
    const replyMs = figureOf('MSG-2', 'replyWithin').value * 3_600_000;
    const asOf = new Date(Date.parse((damagedKettle.facts as { receivedAt: string }).receivedAt) + replyMs - 2 * 3_600_000).toISOString();
    const late = scenarioOf({ ...damagedKettle, facts: { ...damagedKettle.facts, asOf } });
    const best = scoreTrace(policy, late, bestPath(policy, late));
    expect(best.dimensions.timeliness.score).toBe(100);
    const slow: Decision[] = [
      bestPath(policy, late)[0]!,
      ...(['contact-carrier', 'confirm-with-product-team', 'contact-logistics-team'] as const).map((check) => ({ type: 'check' as const, check })),
    ];
    const report = scoreTrace(policy, late, finish(late, slow));
    expect(report.dimensions.timeliness.score).toBeLessThan(best.dimensions.timeliness.score);
    expect(report.contributions.map((c) => c.kind)).toContain('late-response');
    expect(report.dimensions.health.score).toBeLessThan(100);
  });

  it('charges each hint', () => {
    const path = bestPath(policy, kettle);
    const withHints: Decision[] = [path[0]!, { type: 'hint' }, { type: 'hint' }, ...path.slice(1)];
    const report = scoreTrace(policy, kettle, withHints);
    expect(report.hints).toBe(2);
    expect(report.total).toBe(100 - 2 * HINT_COST);
  });

  it('counts what money went out against the playbook’s answer', () => {
    // Minor damage: a partial refund within the limit is the answer; a full refund is only acceptable and costs more.
    const minor = scenarioOf({ ...damagedKettle, hidden: [], facts: { ...damagedKettle.facts, damage: 'minor' } });
    const report = scoreTrace(policy, minor, finish(minor, [bestPath(policy, minor)[0]!, { type: 'resolve', action: { type: 'full-refund' } }]));
    expect(report.cost.spent).toBeGreaterThan(report.cost.best);
    expect(report.dimensions.cost.score).toBeLessThan(100);
  });

  it('scores a buyer who escalates low on outcome and account health', () => {
    // An angry buyer given nothing the playbook names ends up leaving feedback (the scenario's reaction).
    const report = scoreTrace(
      policy,
      kettle,
      finish(kettle, [bestPath(policy, kettle)[0]!, { type: 'resolve', action: { type: 'escalate' } }, { type: 'write-reply', text: 'Noted.' }]),
    );
    expect(report.outcome?.kind).toBe('negative-feedback');
    expect(report.dimensions.buyer.score).toBe(0);
    expect(report.contributions.map((c) => c.kind)).toContain('odr');
    expect(report.passed).toBe(false);
  });

  it('says in the policy note how many decisions were as the playbook says', () => {
    const scenario = generateScenario(policy, { seed: 3, kind: 'ebay-inr' });
    const best = inBothLangs(scoreTrace(policy, scenario, bestPath(policy, scenario)));
    const n = best.review.length;
    expect(best.dimensions.policy.notes.map((t) => t.en)).toEqual([`${n} of ${n} decisions as the playbook says; each one is reviewed below.`]);
    const other = inBothLangs(scoreTrace(policy, scenario, finish(scenario, [bestPath(policy, scenario)[0]!])));
    const full = other.review.filter((r) => r.points === r.max).length;
    expect(full).toBeLessThan(other.review.length);
    expect(other.dimensions.policy.notes[0]!['zh-cn']).toBe(`${other.review.length} 个决定中有 ${full} 个符合手册；逐条复盘见下方。`);
  });

  it('writes every note in both languages', () => {
    const scenario = generateScenario(policy, { seed: 3, kind: 'ebay-inr' });
    const report = inBothLangs(scoreTrace(policy, scenario, finish(scenario, [bestPath(policy, scenario)[0]!])));
    const texts = [...Object.values(report.dimensions).flatMap((d) => d.notes), ...report.review.flatMap((r) => [r.chosen, r.note, r.best]), report.bandLabel];
    for (const t of texts) {
      expect(t.en.length).toBeGreaterThan(0);
      expect(t['zh-cn'].length).toBeGreaterThan(0);
    }
  });
});
