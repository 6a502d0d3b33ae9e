import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { AdviceGroups } from '../../src/components/decision-helper/AdviceGroups';
import { describeAction } from '../../src/engine/action-labels';
import { advise, type Advice } from '../../src/engine/advise';
import { noRecommendation } from '../../src/engine/no-recommendation';
import { langs, type Lang } from '../../src/engine/text';
import { message } from '../engine/fixtures';
import { policy } from '../../src/engine/loaded-policy';
import { stringsWith } from '../../src/i18n';
import { say } from '../../src/i18n/say';

const empty: Advice = { recommended: [], acceptable: [], wrong: [], ruleIds: [] };

describe("the decision helper's advice groups", () => {
  const helper = { 'helper.recommended': 'Do this', 'helper.acceptable': 'Also acceptable', 'helper.wrong': 'Never do this', 'helper.nothing': 'Nothing for these facts.' };
  /** The helper's words, and the engine's sentence in `lang` as the page hands it over. */
  const stringsIn = (lang: Lang) => ({ ...helper, ...stringsWith(lang, 'engine.advice.noRecommendation', 'engine.action.', 'engine.list.') });
  const strings = stringsIn('en');
  /** The inside of one group's block in rendered HTML (a group holds no nested div). */
  const groupOf = (html: string, group: string) => [...html.matchAll(/<div[^>]*data-group="(\w+)"[^>]*>(.*?)<\/div>/gs)].find((m) => m[1] === group)?.[2];

  it('shows the engine’s sentence, in the page’s language, where nothing is recommended', () => {
    for (const lang of langs) {
      const html = renderToString(h(AdviceGroups, { advice: empty, lang, rulesPath: '/rules/', strings: stringsIn(lang) }));
      expect(groupOf(html, 'recommended')).toContain(say(stringsIn(lang), lang, noRecommendation));
      expect(groupOf(html, 'recommended')).toContain(lang === 'en' ? 'The playbook has no recommendation for this case.' : '手册对这个案例没有推荐做法。');
      expect(groupOf(html, 'acceptable')).toContain(strings['helper.nothing']);
    }
  });

  it('lists the recommended actions when there are some', () => {
    const advice = advise(policy, message({ topic: 'damaged', damage: 'minor' }));
    const html = renderToString(h(AdviceGroups, { advice, lang: 'en', rulesPath: '/rules/', strings }));
    expect(groupOf(html, 'recommended')).not.toContain(say(strings, 'en', noRecommendation));
    expect(groupOf(html, 'recommended')).toContain(say(strings, 'en', describeAction(advice.recommended[0]!.action)));
  });
});
