import { describe, expect, it } from 'vitest';
import { checkReply } from '../../../src/engine/reply-check';
import { affrontOf, buyerTurn } from '../../../src/engine/simulator/buyer';
import { initialState, mulberry32, step, trueFacts, type Decision, type Effect, type Scenario } from '../../../src/engine/simulator';
import { authoredScenarios } from './fixtures/authored-scenarios';
import { affrontSentences, practiceCases, withSpoiledReply, type AffrontSentence } from './spoil';
import { policy } from '../../../src/engine/loaded-policy';

/** The simulated buyer answers what the reply did, not only what it offered. */
const cases: Scenario[] = [...authoredScenarios(), ...practiceCases(60, 'buyer')];
const sentences = Object.keys(affrontSentences) as AffrontSentence[];
const thankful = /\b(?:thank|thanks|thx|appreciate|grateful)\b/i;

/** The buyer's answer to decision `index` of a trace. */
function buyerAnswer(scenario: Scenario, trace: readonly Decision[], index: number): Extract<Effect, { type: 'buyer' }> | undefined {
  let state = initialState(scenario);
  for (const [i, decision] of trace.entries()) {
    const result = step(policy, scenario, state, decision);
    if (i === index) return result.effects.find((e): e is Extract<Effect, { type: 'buyer' }> => e.type === 'buyer');
    state = result.state;
  }
  return undefined;
}

describe('the simulated buyer', () => {
  for (const sentence of sentences)
    it(`never thanks a reply with ${sentence}, in any written or practice case`, () => {
      const thanked = cases.flatMap((scenario) => {
        const play = withSpoiledReply(scenario, sentence, true);
        if (!play) return [];
        const answer = buyerAnswer(scenario, play.trace, play.index);
        return answer && (answer.reaction === 'accepts' || thankful.test(answer.says)) ? [`${scenario.id}: ${answer.reaction} “${answer.says}”`] : [];
      });
      expect(thanked).toEqual([]);
    }, 60_000);

  it('at the last chance, where a good offer always used to be accepted, an affront is not; the line comes in both languages', () => {
    const scenario = cases.find((s) => s.facts.buyerReachable && s.buyer.temperament === 'calm')!;
    const state = initialState(scenario);
    for (const sentence of sentences) {
      const findings = checkReply(affrontSentences[sentence], { platform: scenario.platform, caseKind: scenario.facts.kind });
      expect(affrontOf(findings), sentence).toBeDefined();
      const turn = buyerTurn({
        scenario,
        facts: trueFacts(scenario, state),
        action: { type: 'full-refund' },
        quality: 'good',
        findings,
        round: 4,
        finalRound: true,
        askedBefore: false,
        firstClosing: true,
        random: mulberry32(7),
      });
      expect(turn.reaction, sentence).not.toBe('accepts');
      expect(turn.says).not.toMatch(thankful);
      // A calm buyer who does not escalate says what they took badly, in the buyer's English and in Chinese.
      if (turn.reaction === 'asks-more') {
        expect(turn.line?.en).toBe(turn.says);
        expect(turn.line?.['zh-cn']).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('a clean reply is answered as before: affronts come from the findings alone', () => {
    expect(
      affrontOf(checkReply('We are very sorry. We have refunded you in full; you will see it within 3 days.', { platform: 'amazon', caseKind: 'amazon-message' })),
    ).toBeUndefined();
  });

  it('blame or a trade for a rating can end in negative feedback even from a calm buyer', () => {
    const scenario = cases.find((s) => s.facts.buyerReachable && s.buyer.temperament === 'calm')!;
    const findings = checkReply(affrontSentences.blame, { platform: scenario.platform, caseKind: scenario.facts.kind });
    const reactions = new Set(
      Array.from(
        { length: 40 },
        (_, seed) =>
          buyerTurn({
            scenario,
            facts: trueFacts(scenario, initialState(scenario)),
            action: { type: 'full-refund' },
            quality: 'good',
            findings,
            round: 1,
            finalRound: false,
            askedBefore: false,
            firstClosing: false,
            random: mulberry32(seed),
          }).reaction,
      ),
    );
    expect(reactions).toEqual(new Set(['leaves-feedback', 'asks-more']));
  });
});
