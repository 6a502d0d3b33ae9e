import { factsRead } from './conditions';
import { formatFigure } from './figures';
import { highValueLine, isHighValue, type HighValueOrder } from './high-value';
import { formatMoney } from './money';
import { fillNamed } from './placeholders';
import type { Policy } from './policy/policy';
import type { Rule } from './policy/types';
import type { L10n, Lang } from './text';

/** "High value" in words: for a case (the decision helper), and for a rule's page. */

const said: Record<'givenYes' | 'givenNo' | 'above' | 'notAbove', L10n> = {
  givenYes: { en: 'High-value item: yes, as the case says (the team’s line is {line}).', 'zh-cn': '高价商品：是，以案例所填为准（团队设定的金额线为 {line}）。' },
  givenNo: { en: 'High-value item: no, as the case says (the team’s line is {line}).', 'zh-cn': '高价商品：否，以案例所填为准（团队设定的金额线为 {line}）。' },
  above: { en: 'High-value item: yes — the price, {price}, is above the team’s line of {line}.', 'zh-cn': '高价商品：是——售价 {price} 高于团队设定的金额线 {line}。' },
  notAbove: { en: 'High-value item: no — the price, {price}, is not above the team’s line of {line}.', 'zh-cn': '高价商品：否——售价 {price} 未超过团队设定的金额线 {line}。' },
};

/** For a case: whether its item is high value and why, in the order's currency; null while the price is not known. */
export function highValueWords(policy: Policy, order: HighValueOrder, lang: Lang): string | null {
  const value = isHighValue(policy, order);
  if (value === undefined || order.price === undefined || order.currency === undefined) return null;
  const how = order.highValue !== undefined ? (value ? said.givenYes : said.givenNo) : value ? said.above : said.notAbove;
  return fillNamed(how[lang], { price: formatMoney(order.price, order.currency, lang), line: formatFigure(highValueLine(policy), lang, order.currency) }, 'high-value words');
}

const ruleLine: L10n = {
  en: 'High-value item: a price above {line}. This is the team’s setting: the sources name no threshold. A case that says whether its item is high value keeps its own answer.',
  'zh-cn': '高价商品：售价高于 {line}。此金额线为团队设定，资料未给出具体金额。案例已注明是否为高价商品的，以案例为准。',
};

/** Where no case is known (a rule's page): the team's line in every currency. */
export const highValueRuleLine = (policy: Policy, lang: Lang): string =>
  fillNamed(ruleLine[lang], { line: formatFigure(highValueLine(policy), lang) }, 'high-value rule line');

/** Whether a rule branches on high value: its page then shows the team's line. */
export const readsHighValue = (rule: Rule): boolean => (rule.branches ?? []).some((b) => factsRead(b.when).includes('highValue'));
