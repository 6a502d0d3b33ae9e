import { describeAction } from './action-labels';
import type { Advice, AdviceItem } from './advise';
import { message, type Message } from './message';

/**
 * What to say when advice recommends nothing, so an empty list is never the whole answer.
 * Said once here for the command line and the decision helper; `Advice` itself keeps its shape.
 */
export const noRecommendation: Message = { code: 'advice.noRecommendation' };

/**
 * Advice that recommends nothing, as a message: the sentence above, then the rules that apply
 * (or that none does), what they accept and what they call wrong. Null when something is recommended.
 */
export function noRecommendationMessage(advice: Advice): Message | null {
  if (advice.recommended.length) return null;
  const actions = (code: 'advice.acceptable' | 'advice.wrong', items: AdviceItem[]) =>
    items.length ? [message(code, { actions: message('list.semicolon', { items: items.map((i) => describeAction(i.action)) }) })] : [];
  return message('list.sentences', {
    items: [
      noRecommendation,
      advice.ruleIds.length ? message('advice.rulesApply', { rules: message('list.comma', { items: advice.ruleIds }) }) : message('advice.noRule'),
      ...actions('advice.acceptable', advice.acceptable),
      ...actions('advice.wrong', advice.wrong),
    ],
  });
}
