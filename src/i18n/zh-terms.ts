/**
 * The Chinese terminology: for each concept, the one term the site uses and the variants it
 * refuses. test/content/zh-text.test.ts reads every Chinese text (handbook pages, rule texts,
 * templates, course, glossary, scenarios, UI strings) and fails on a refused variant, naming the
 * file and the line. Search synonyms and glossary aliases may keep a refused variant, so an
 * agent who types it still finds the page; nothing else may.
 */

export interface ZhTerm {
  /** The term the site uses (the glossary's, where it has one). */
  preferred: string;
  /** Variants that must not appear in Chinese text: plain strings, or a pattern. */
  refused: readonly (string | RegExp)[];
  /** Why, briefly. */
  why: string;
}

export const zhTerms: readonly ZhTerm[] = [
  { preferred: '撤销索赔', refused: ['撤诉', '撤回索赔'], why: '买家撤销的是索赔，不是诉讼；与词汇表一致' },
  { preferred: '未收到物品', refused: ['未收到货'], why: 'eBay 与亚马逊的纠纷类型名（INR）' },
  { preferred: '沟通轮次', refused: ['消息往来轮数'], why: 'eBay 三轮原则数的是沟通轮次' },
  { preferred: '开启纠纷 / 发起索赔', refused: [/开\s*case/i], why: '不夹英文口语' },
  { preferred: '团队规范', refused: ['团队手册'], why: '团队规范指团队的做法（playbook）；“手册”指本站' },
  { preferred: '留评率', refused: ['好评率', '评价率'], why: '团队看的是留下评价的订单占比，不是好评占比' },
  { preferred: '账户健康', refused: ['账号健康'], why: '与词汇表、亚马逊后台的叫法一致' },
  { preferred: '追踪号', refused: ['物流单号', '运单号', '快递单号', '跟踪号'], why: '与词汇表一致' },
  { preferred: '妥投证明', refused: ['签收证明'], why: '与词汇表一致；签收只是妥投的一种' },
  { preferred: '卖家后台', refused: ['卖家中心'], why: '与词汇表一致' },
  { preferred: '买家与卖家消息', refused: ['买卖家消息'], why: '亚马逊渠道的正式名称，与词汇表一致' },
  { preferred: '补发', refused: ['重发'], why: '与词汇表一致' },
  { preferred: '思维导图资料', refused: ['德国团队', '德国资料', '德国站的做法', '德国的做法'], why: '资料 003 是译自德语的思维导图，不是德国团队或亚马逊德国站的做法' },
];
