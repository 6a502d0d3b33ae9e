import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { AdviceGroups } from '../../src/components/decision-helper/AdviceGroups';
import { describeAction } from '../../src/engine/action-labels';
import { advise, type Advice } from '../../src/engine/advise';
import { noRecommendation } from '../../src/engine/no-recommendation';
import { langs } from '../../src/engine/text';
import { message } from '../engine/fixtures';
import { policy } from '../../src/engine/loaded-policy';

const empty: Advice = { recommended: [], acceptable: [], wrong: [], ruleIds: [] };

describe("the decision helper's advice groups", () => {
  const strings = { 'helper.recommended': 'Do this', 'helper.acceptable': 'Also acceptable', 'helper.wrong': 'Never do this', 'helper.nothing': 'Nothing for these facts.' };
  /** The inside of one group's block in rendered HTML (a group holds no nested div). */
  const groupOf = (html: string, group: string) => [...html.matchAll(/<div[^>]*data-group="(\w+)"[^>]*>(.*?)<\/div>/gs)].find((m) => m[1] === group)?.[2];

  it('shows the engine’s sentence, in the page’s language, where nothing is recommended', () => {
    for (const lang of langs) {
      const html = renderToString(h(AdviceGroups, { advice: empty, lang, rulesPath: '/rules/', strings }));
      expect(groupOf(html, 'recommended')).toContain(noRecommendation[lang]);
      expect(groupOf(html, 'acceptable')).toContain(strings['helper.nothing']);
    }
  });

  it('lists the recommended actions when there are some', () => {
    const advice = advise(policy, message({ topic: 'damaged', damage: 'minor' }));
    const html = renderToString(h(AdviceGroups, { advice, lang: 'en', rulesPath: '/rules/', strings }));
    expect(groupOf(html, 'recommended')).not.toContain(noRecommendation.en);
    expect(groupOf(html, 'recommended')).toContain(describeAction(advice.recommended[0]!.action, 'en'));
  });
});
