import { sentenceStart } from '../../engine/sentence-start';
import { factLabels } from '../../engine/fact-labels';
import { viewFactOfPath } from '../../engine/questions';
import type { L10n, Lang } from '../../engine/text';

/** How a form names each question: dates and places by their own label, the rest as the rules name the fact. */
const formLabels: Record<string, L10n> = {
  marketplace: { en: 'Marketplace', 'zh-cn': '站点' },
  site: { en: 'eBay site', 'zh-cn': 'eBay 站点' },
  'order.currency': { en: 'Currency', 'zh-cn': '币种' },
  'order.orderedAt': { en: 'Order date', 'zh-cn': '下单时间' },
  'order.paidAt': { en: 'Payment date', 'zh-cn': '付款时间' },
  'order.shippedAt': { en: 'Shipping date (leave empty if not shipped)', 'zh-cn': '发货时间（未发货请留空）' },
  'order.estimatedDeliveryAt': { en: 'Estimated delivery date', 'zh-cn': '预计送达日' },
  'order.highValue': { en: 'High-value item (leave at — to judge by the price)', 'zh-cn': '高价商品（选“—”则按售价判断）' },
  receivedAt: { en: 'Message or request received', 'zh-cn': '收到消息或请求的时间' },
  claimOpenedAt: { en: 'Claim opened', 'zh-cn': '索赔发起时间' },
  noticeReceivedAt: { en: 'Amazon’s notice received', 'zh-cn': '收到亚马逊通知的时间' },
  disputeOpenedAt: { en: 'Dispute opened', 'zh-cn': '拒付发起时间' },
  feedbackLeftAt: { en: 'Feedback left', 'zh-cn': '反馈留下的时间' },
  caseOpenedAt: { en: 'Case opened', 'zh-cn': '纠纷开启时间' },
  returnAuthorizedAt: { en: 'Return authorized (leave empty if not yet)', 'zh-cn': '退货授权时间（尚未授权请留空）' },
};

const capitalise = (text: string, lang: Lang) => (lang === 'en' ? sentenceStart(text) : text);

export function questionLabel(path: string, lang: Lang): string {
  const own = formLabels[path]?.[lang];
  if (own) return own;
  return capitalise(factLabels[viewFactOfPath[path] ?? path]?.label[lang] ?? path, lang);
}

/** An option of a choice question in words; marketplaces, sites and currencies are their own names. */
export function optionLabel(path: string, value: string, lang: Lang): string {
  return factLabels[viewFactOfPath[path] ?? path]?.values?.[value]?.[lang] ?? value;
}
