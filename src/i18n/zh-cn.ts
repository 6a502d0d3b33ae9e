import type { UiKey } from './en';

/**
 * Simplified Chinese UI strings. Typed against the English keys, so a missing
 * or extra key fails the type check.
 */
export const zhCn: Record<UiKey, string> = {
  'site.name': 'Casebook',
  'site.tagline': '亚马逊与 eBay 售后客服案例手册',
  'site.titleSeparator': ' · ',
  'lang.name': '中文',
  'lang.switch': '语言',
  'skip.main': '跳到主要内容',
  'nav.label': '主导航',
  'nav.home': '首页',
  'footer.about': 'Casebook：亚马逊与 eBay 售后客服的培训与参考资料。',
  'footer.disclaimer':
    '平台政策会不断变化。处理真实案例前，请在卖家平台（Seller Central 或 Seller Hub）核对现行规则。',

  'home.title': '首页',
  'home.description':
    'Casebook 是为亚马逊和 eBay 售后客服团队打造的中英双语手册、案例模拟器、课程和工作工具。',
  'home.heading': 'Casebook：亚马逊与 eBay 售后客服团队的案例手册',
  'home.lead':
    'Casebook 是为亚马逊和 eBay 售后客服人员准备的手册和训练场，涵盖退货、退款、包裹延误或丢失、商品损坏或错发、亚马逊 A-to-z 索赔与 eBay 退款保障、买家评价和纠纷。',
  'home.engine':
    '所有答案都来自同一个政策引擎，因此手册、模拟器、课程和工作工具给出的结论始终一致。',
  'home.who.heading': '谁在使用',
  'home.who.lead.title': '团队主管',
  'home.who.lead.body':
    '为整个团队制定统一标准：每项政策如何适用、以哪个截止日期为准、好的回复应该怎么写，并有对应的手册页面可供参考。',
  'home.who.trainee.title': '新人',
  'home.who.trainee.body':
    '通过课程按顺序学习规则，在模拟的买家案例中练习，并在接手真实工单前通过测验。',
  'home.who.agent.title': '当班客服',
  'home.who.agent.body':
    '输入手头工单的事实，几秒钟内就能看到适用的政策、截止日期和可修改使用的回复。',
  'home.what.heading': '包含内容',
  'home.what.handbook.title': '手册',
  'home.what.handbook.body':
    '逐个案例讲解亚马逊和 eBay 的售后政策，以及决定每个结果的条件和期限。',
  'home.what.simulator.title': '案例模拟器',
  'home.what.simulator.body': '逼真的买家案例供你逐步处理，每一个决定都有反馈。',
  'home.what.course.title': '课程与测验',
  'home.what.course.body': '从基础到特殊情况的学习路径，每个部分结束时都有测验。',
  'home.what.tools.title': '工作工具',
  'home.what.tools.body': '为你正在处理的案例提供快速核查和截止日期计算。',
  'home.languages':
    '所有页面都有英文和简体中文版本。使用页面顶部的语言链接即可切换，并停留在同一页面。',

  'notFound.title': '找不到页面',
  'notFound.body': '此地址没有页面。页面可能已经移动，或者链接有误。',
  'notFound.home': '返回首页',
};
