import type { L10n } from '../engine/text';

/**
 * The five source documents of the playbook (/work/shared/playbook/sources, FACTS.md's header),
 * as a rule box cites them by number: what each is, its language, its date where the capture
 * gives one, and what it covers. The sources page (SourceList.astro) shows them.
 */
export interface PlaybookSource {
  /** The number rules cite, "000" to "004". */
  id: string;
  /** The document's own title, in its own language. */
  title: string;
  /** The language the title is in (BCP 47), for the title's `lang`. */
  titleLang: string;
  what: L10n;
  language: L10n;
  /** YYYY-MM-DD, where the capture gives a date. */
  dated?: string;
  covers: L10n;
  platform: 'amazon' | 'ebay';
}

export const playbookSources: readonly PlaybookSource[] = [
  {
    id: '000',
    title: 'Amazon 客服篇',
    titleLang: 'zh-CN',
    what: {
      en: 'A guide for Amazon customer-service staff, captured from a document-sharing site.',
      'zh-cn': '一份写给亚马逊客服人员的指南，取自一个文档分享网站。',
    },
    language: { en: 'Simplified Chinese', 'zh-cn': '简体中文' },
    covers: {
      en: 'The inbox and what a message may say, return requests, A-to-z claims, account-health metrics, product problems, shipping and feedback. Most rules cite it.',
      'zh-cn': '收件箱的处理和消息的写法、退货请求、A-to-z 索赔、账户健康指标、产品问题、物流和反馈。大多数规则出自这份资料。',
    },
    platform: 'amazon',
  },
  {
    id: '001',
    title: '亚马逊卖家需要处理哪些售后事项？',
    titleLang: 'zh-CN',
    what: { en: 'An article on the after-sales work an Amazon seller has to do.', 'zh-cn': '一篇介绍亚马逊卖家售后工作的文章。' },
    language: { en: 'Simplified Chinese', 'zh-cn': '简体中文' },
    covers: {
      en: 'Claims, including property-damage claims, returns and exchanges, neutral and negative feedback, and the tone of replies to upset buyers.',
      'zh-cn': '索赔（包括财产损失索赔）、退换货、中差评，以及回复情绪激动的买家时的语气。',
    },
    platform: 'amazon',
  },
  {
    id: '002',
    title: '亚马逊A-Z的两种情景和解决办法',
    titleLang: 'zh-CN',
    what: { en: 'A short guide to A-to-z claims.', 'zh-cn': '一篇关于 A-to-z 索赔的简短指南。' },
    language: { en: 'Simplified Chinese', 'zh-cn': '简体中文' },
    covers: {
      en: 'The time to answer a claim, the two common cases (item not received, item not as described), the appeal letter, and why many claims endanger the account.',
      'zh-cn': '回应索赔的时限、两种常见情形（未收到物品、与描述不符）、申诉信，以及索赔过多为何会危及账户。',
    },
    platform: 'amazon',
  },
  {
    id: '003',
    title: 'Mindmap-Galerie Amazon-Kundendienst',
    titleLang: 'de',
    what: {
      en: 'A mind map of Amazon customer service, machine-translated into German. German is only the language of the translation: it says nothing about who wrote the map or which marketplace it describes. The handbook calls it the mind-map source (003).',
      'zh-cn': '一张亚马逊客服思维导图，经机器翻译成德语。德语只是译文的语言，与作者是谁、讲的是哪个站点无关。手册称之为思维导图资料（003）。',
    },
    language: { en: 'German (machine translation)', 'zh-cn': '德语（机器翻译）' },
    dated: '2024-01-31',
    covers: {
      en: 'Preparing for after-sales work, the most common customer-service problems, product problems and compensation, shipping, A-to-z claims, and steering a buyer toward an exchange.',
      'zh-cn': '售后工作的准备、最常见的客服问题、产品问题与补偿、物流、A-to-z 索赔，以及引导买家换货。',
    },
    platform: 'amazon',
  },
  {
    id: '004',
    title: 'eBay新手賣家指南eBay客服技巧與建議（上）',
    titleLang: 'zh-TW',
    what: { en: 'The first part of a guide to eBay customer service for new sellers.', 'zh-cn': '一份面向 eBay 新卖家的客服指南（上篇）。' },
    language: { en: 'Traditional Chinese', 'zh-cn': '繁体中文' },
    covers: {
      en: 'Daily eBay work: member messages, cases (disputes), neutral and negative feedback, order exceptions and the shop’s feedback rate.',
      'zh-cn': 'eBay 的日常工作：买家消息、纠纷、中差评、订单异常和店铺留评率。',
    },
    platform: 'ebay',
  },
];
