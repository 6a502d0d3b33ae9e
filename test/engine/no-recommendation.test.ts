import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeAction } from '../../src/engine/action-labels';
import { advise, type Advice } from '../../src/engine/advise';
import { facts as parsedFacts } from './fixtures';
import { noRecommendation, noRecommendationMessage } from '../../src/engine/no-recommendation';
import { langs, type Lang } from '../../src/engine/text';
import { sayBoth } from '../../src/i18n/say-both';
import { caseFactsArbitrary } from './case-arbitrary';
import { message } from './fixtures';
import { policy } from '../../src/engine/loaded-policy';

const empty: Advice = { recommended: [], acceptable: [], wrong: [], ruleIds: [] };

/** The message said through the catalog of `lang`, as the command line and the decision helper show it. */
const noRecommendationInWords = (advice: Advice, lang: Lang): string | null => {
  const said = noRecommendationMessage(advice);
  return said && sayBoth(said)[lang];
};

describe('advice that recommends nothing, in words', () => {
  it('says so for an empty advice, and that no rule applies', () => {
    expect(noRecommendationInWords(empty, 'en')).toBe('The playbook has no recommendation for this case. No rule applies to it.');
    expect(noRecommendationInWords(empty, 'zh-cn')).toBe('手册对这个案例没有推荐做法。没有适用的规则。');
  });

  it('names the rules that apply, what they accept and what they call wrong', () => {
    const some = advise(policy, message({ topic: 'damaged', damage: 'minor' }));
    const advice: Advice = { ...some, recommended: [] };
    expect(advice.acceptable.length + advice.wrong.length).toBeGreaterThan(0);
    const en = noRecommendationInWords(advice, 'en')!;
    expect(en).toMatch(/^The playbook has no recommendation for this case\. Rules that apply: [A-Z]+-\d+(, [A-Z]+-\d+)*\./);
    if (advice.wrong.length) expect(en).toContain(` Wrong: ${advice.wrong.map((i) => sayBoth(describeAction(i.action)).en).join('; ')}.`);
    const zh = noRecommendationInWords(advice, 'zh-cn')!;
    expect(zh).toContain(`适用的规则：${advice.ruleIds.join('、')}。`);
  });

  it('says nothing of the kind when something is recommended, and always starts with the sentence otherwise', () => {
    fc.assert(
      fc.property(caseFactsArbitrary, (input) => {
        const advice = advise(policy, parsedFacts(input));
        // Real advice with its recommendations taken away, so every case tries the words.
        const bare: Advice = { ...advice, recommended: [] };
        for (const lang of langs) {
          if (advice.recommended.length) expect(noRecommendationInWords(advice, lang)).toBeNull();
          const words = noRecommendationInWords(bare, lang)!;
          expect(words.startsWith(sayBoth(noRecommendation)[lang])).toBe(true);
          for (const id of bare.ruleIds) expect(words).toContain(id);
          for (const item of [...bare.acceptable, ...bare.wrong]) expect(words).toContain(sayBoth(describeAction(item.action))[lang]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
