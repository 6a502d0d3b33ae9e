import { describeAction } from './action-labels';
import type { Advice, AdviceItem } from './advise';
import type { L10n, Lang } from './text';

/**
 * What to say when advice recommends nothing, so an empty list is never the whole answer.
 * Written once here for the command line and the decision helper; `Advice` itself keeps its shape.
 */
export const noRecommendation: L10n = { en: 'The playbook has no recommendation for this case.', 'zh-cn': '手册对这个案例没有推荐做法。' };

const words = {
  rulesApply: { en: 'Rules that apply:', 'zh-cn': '适用的规则：' },
  noRule: { en: 'No rule applies to it.', 'zh-cn': '没有适用的规则。' },
  acceptable: { en: 'Acceptable:', 'zh-cn': '可以接受：' },
  wrong: { en: 'Wrong:', 'zh-cn': '错误做法：' },
  ruleSeparator: { en: ', ', 'zh-cn': '、' },
  actionSeparator: { en: '; ', 'zh-cn': '；' },
  stop: { en: '.', 'zh-cn': '。' },
  space: { en: ' ', 'zh-cn': '' },
};

/** "Label: a, b." in the reader's language. */
const sentence = (label: L10n, items: string[], separator: L10n, lang: Lang): string => `${label[lang]}${words.space[lang]}${items.join(separator[lang])}${words.stop[lang]}`;

/**
 * Advice that recommends nothing, in words: the sentence above, then the rules that apply (or
 * that none does), what they accept and what they call wrong. Null when something is recommended.
 */
export function noRecommendationInWords(advice: Advice, lang: Lang): string | null {
  if (advice.recommended.length) return null;
  const actions = (label: L10n, items: AdviceItem[]) =>
    items.length
      ? [
          sentence(
            label,
            items.map((i) => describeAction(i.action, lang)),
            words.actionSeparator,
            lang,
          ),
        ]
      : [];
  return [
    noRecommendation[lang],
    advice.ruleIds.length ? sentence(words.rulesApply, advice.ruleIds, words.ruleSeparator, lang) : words.noRule[lang],
    ...actions(words.acceptable, advice.acceptable),
    ...actions(words.wrong, advice.wrong),
  ].join(words.space[lang]);
}
