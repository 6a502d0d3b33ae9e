import { describe, expect, it } from 'vitest';
import { advise, judge } from '../../../src/engine/advise';
import { checkReply } from '../../../src/engine/reply-check';
import { inBothLangs, sayBoth } from '../../../src/i18n/say-both';
import {
  bestPath,
  concreteAction,
  initialState,
  investigations,
  knowableFacts,
  knownFacts,
  neededRevealers,
  NEVER_DO_CAP,
  PASS_MARK,
  scoreTrace,
  step,
  type Scenario,
} from '../../../src/engine/simulator';
import { authoredScenarios } from './fixtures/authored-scenarios';
import { finishByRules, neverDoSentences, practiceCases, withSpoiledReply, withWrongAction, type NeverDoSentence } from './spoil';
import { policy } from '../../../src/engine/loaded-policy';

/**
 * A never-do fails a case, whatever else went well: for every written case and a few hundred
 * practice cases, the rules' best path passes, and the same path with one never-do put in
 * (a wrong action, or a reply with an e-mail address, a link, a 5-star-for-discount offer or
 * blame) does not, and the report names the rule it broke.
 */
const cases: Scenario[] = [...authoredScenarios(), ...practiceCases(220)];
const sentences = Object.keys(neverDoSentences) as NeverDoSentence[];

describe('never-dos', () => {
  it('the cap is below the pass mark', () => {
    expect(NEVER_DO_CAP).toBeLessThan(PASS_MARK);
  });

  it('the best path passes, with no never-do, in every written and practice case', () => {
    const failing = cases.flatMap((scenario) => {
      const report = scoreTrace(policy, scenario, bestPath(policy, scenario));
      return report.passed && report.neverDo.length === 0 ? [] : [`${scenario.id}: ${report.total}, ${report.neverDo.map((n) => n.ruleId).join(' ')}`];
    });
    expect(failing).toEqual([]);
  }, 60_000);

  it('an action the rules call wrong fails the case and is named with its rule', () => {
    let spoiled = 0;
    const passing = cases.flatMap((scenario) => {
      const play = withWrongAction(scenario);
      if (!play) return [];
      spoiled++;
      const report = scoreTrace(policy, scenario, play.trace);
      const named = report.neverDo.some((n) => n.index === play.index && n.step === 'resolve' && n.ruleId.length > 0 && sayBoth(n.why).en && sayBoth(n.why)['zh-cn']);
      return !report.passed && report.total <= NEVER_DO_CAP && named ? [] : [`${scenario.id}: ${report.total}`];
    });
    expect(passing).toEqual([]);
    // The rules name a wrong action in most cases; the property must not hold by vacuity.
    expect(spoiled).toBeGreaterThan(cases.length / 2);
  }, 60_000);

  it('skipping the checks does not hide a wrong action: one the checks would have shown wrong fails the case too', () => {
    let spoiled = 0;
    const passing = cases.flatMap((scenario) => {
      const triage = bestPath(policy, scenario)[0]!;
      const state = step(policy, scenario, initialState(scenario), triage).state;
      const known = knownFacts(scenario, state);
      const knowable = knowableFacts(policy, scenario, state);
      // Wrong once the needed checks are made, not on what the trainee has seen so far.
      const action = advise(policy, knowable)
        .wrong.map((item) => concreteAction(item.action))
        .find((a) => judge(policy, knowable, a).verdict === 'wrong' && judge(policy, known, a).verdict !== 'wrong');
      if (!action) return [];
      spoiled++;
      const report = scoreTrace(policy, scenario, finishByRules(scenario, [triage, { type: 'resolve', action }]).trace);
      const named = report.neverDo.some((n) => n.index === 1 && sayBoth(n.did).en.includes('skipped checks'));
      return !report.passed && named ? [] : [`${scenario.id}: ${action.type} scores ${report.total}`];
    });
    expect(passing).toEqual([]);
    expect(spoiled).toBeGreaterThan(0);
  }, 60_000);

  for (const sentence of sentences)
    it(`a reply with ${sentence} fails the case and is named with the checker's rule`, () => {
      const passing = cases.flatMap((scenario) => {
        const play = withSpoiledReply(scenario, sentence)!;
        const report = scoreTrace(policy, scenario, play.trace);
        const errors = checkReply(neverDoSentences[sentence], { platform: scenario.platform, caseKind: scenario.facts.kind }).filter((f) => f.severity === 'error');
        const named = report.neverDo.filter((n) => n.index === play.index && n.step === 'reply').map((n) => n.ruleId);
        const ok = !report.passed && report.total <= NEVER_DO_CAP && errors.length > 0 && errors.every((f) => named.includes(f.ruleId));
        return ok ? [] : [`${scenario.id}: ${report.total}, named ${named.join(' ') || 'nothing'}`];
      });
      expect(passing).toEqual([]);
    }, 60_000);

  it('the reported play fails, and its buyer does not thank: both needed checks skipped, a reply with an e-mail address, a link and 5 stars for a discount', () => {
    const reply = 'Sorry for the trouble. Write to help@shop.com or see www.shop.com. Leave us 5-star feedback and we will send you a 10% discount code.';
    const twoChecks = cases.filter((s) => neededRevealers(policy, s).filter((r) => (investigations as readonly string[]).includes(r)).length >= 2);
    expect(twoChecks.length).toBeGreaterThan(3);
    const passing = twoChecks.flatMap((scenario) => {
      const path = bestPath(policy, scenario);
      const closing = path.find((d) => d.type === 'resolve')!;
      let state = initialState(scenario);
      const effects = [path[0]!, closing, { type: 'write-reply' as const, text: reply }].flatMap((d) => {
        const result = step(policy, scenario, state, d);
        state = result.state;
        return result.effects;
      });
      const report = scoreTrace(policy, scenario, finishByRules(scenario, state.trace).trace);
      const thanked = effects.some((e) => e.type === 'buyer' && (e.reaction === 'accepts' || /thank|appreciate/i.test(e.says)));
      return report.passed || thanked ? [`${scenario.id}: ${report.total}${thanked ? ', buyer thanks' : ''}`] : [];
    });
    expect(passing).toEqual([]);
  }, 60_000);

  it('says at the top of the report which never-do capped the score, in both languages', () => {
    const scenario = cases[0]!;
    const report = inBothLangs(scoreTrace(policy, scenario, withSpoiledReply(scenario, 'email')!.trace));
    expect(report.capNote?.en).toContain(String(NEVER_DO_CAP));
    expect(report.capNote?.['zh-cn']).toContain(String(NEVER_DO_CAP));
    const email = report.neverDo.find((n) => n.ruleId === 'MSG-4')!;
    expect(email.did.en).toContain('help@brightshop-support.com');
    expect(email.did['zh-cn']).toContain('help@brightshop-support.com');
    expect(email.why['zh-cn'].length).toBeGreaterThan(0);
    expect(scoreTrace(policy, scenario, bestPath(policy, scenario)).capNote).toBeUndefined();
  });
});
