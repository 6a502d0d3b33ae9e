import type { L10n } from '../text';
import type { Area } from './types';

/** The playbook's areas in words, with the ID prefix their rules share. */
export const areaLabels: Record<Area, { name: L10n; prefix: string }> = {
  health: { name: { en: 'Account health', 'zh-cn': '账户健康' }, prefix: 'HEALTH' },
  messages: { name: { en: 'Inbox and message rules', 'zh-cn': '收件箱与消息规则' }, prefix: 'MSG' },
  shipping: { name: { en: 'Shipping and delivery', 'zh-cn': '物流与配送' }, prefix: 'SHIP' },
  product: { name: { en: 'Product problems', 'zh-cn': '商品问题' }, prefix: 'PROD' },
  returns: { name: { en: 'Return requests', 'zh-cn': '退货请求' }, prefix: 'RET' },
  atoz: { name: { en: 'A-to-z claims', 'zh-cn': 'A-to-z 索赔' }, prefix: 'AZ' },
  claims: { name: { en: 'Property-damage and injury claims', 'zh-cn': '财产损失与人身伤害索赔' }, prefix: 'CLAIM' },
  chargebacks: { name: { en: 'Chargebacks', 'zh-cn': '拒付' }, prefix: 'CB' },
  feedback: { name: { en: 'Seller feedback', 'zh-cn': '卖家反馈' }, prefix: 'FB' },
  ebay: { name: { en: 'eBay', 'zh-cn': 'eBay' }, prefix: 'EBAY' },
};
