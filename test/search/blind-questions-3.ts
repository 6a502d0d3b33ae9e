/**
 * Third blind question set for the handbook search: a fifth held-out set, to measure whether it
 * answers questions it was never tuned on.
 *
 * Written on 4 December 2026 from the five raw source captures (playbook/sources), the playbook
 * facts (FACTS.md) and the glossary only, in the words an after-sales agent types mid-shift with
 * a buyer waiting. The questions are committed here on their own, without labels; the sections
 * that answer them are added in the next commit, after the handbook pages are read.
 */
import { ask, type LabelledQuery } from './labelled-queries';

export const blindQuestions3: LabelledQuery[] = [
  // English
  ask('hey cx says tracking says delivered but nothing in the mailbox, what do i do'),
  ask('buyer wants to cancel but it already shipped yesterday pls help'),
  ask('customer asked to cancel b4 we shipped, how do i cancel it in seller central'),
  ask('just got an a-to-z claim, should i refund right away?'),
  ask('how many days til amazon takes the money if i dont answer the claim'),
  ask('can i tell buyer ill refund if they close the a to z'),
  ask('carrier isnt one amazon recognizes and buyer filed a claim, what now'),
  ask('got a template for asking the buyer nicely to withdraw the claim?'),
  ask('chargeback from the buyers bank, worth disputing?'),
  ask('buyer left 1 star by mistake can they edit it'),
  ask('how long can the buyer still remove negative feedback'),
  ask('can i paste a link to the user manual in a msg'),
  ask('buyer asked to pay back thru paypal can i say that on amazon'),
  ask('msg has been sitting 30 hrs unanswered, what do i do'),
  ask('inbox is full, which messages first'),
  ask('return request on a 200 dollar heater, do i authorise it or not'),
  ask('who pays the return label if our return adress is in china'),
  ask('closing a return request, already sent replacement, which reason do i pick'),
  ask('package came smashed and it wont turn on, it cost $45'),
  ask("cx: 'the colour is nothing like the photo on your page'"),
  ask('the usb cable was missing from the box, send another?'),
  ask('we sent wrong item by mistake and buyer is annoyed'),
  ask("'I moved last week, can you send it to my new address' — order already shipped"),
  ask('ebay buyer says the item never came and opened a case'),
  ask('when can a buyer open an INR on ebay germany'),
  ask('ebay SNAD item arrived scratched, how much to refund'),
  ask('how many days do i have to contact the buyer after an ebay case opens'),
  ask('what goes in an apology letter to a customer'),
  ask('buyer swearing at me in caps, how do i answer without making it worse'),
  ask('our ebay feedback rate looks low is that bad'),
  ask('buyer says the charger burned his desk and amazon sent a property damage claim'),
  ask('tracking number not working on the carrier site'),

  // Simplified Chinese, some mixed with platform terms
  ask('客人说物流显示签收了但是没收到东西，咋回'),
  ask('tracking 好几天没更新了，买家一直问货到哪了'),
  ask('包裹丢了 买家很着急 怎么安抚他'),
  ask('准备给买家补发，补发前要先确认啥'),
  ask('买家要取消订单但是已经发货了，可以给多少补偿让他留着'),
  ask('已经发货了买家才说要改地址，东西挺贵的，要不要重寄'),
  ask('发货后买家不要了，要求连运费一起全退'),
  ask('A-to-z 是下单后多少天内能开？过了90天还能开吗'),
  ask('买家开了A-to-z说没收到货，但我们有签收记录，能申诉吗'),
  ask('买家原话：how do I cancel the claim? 怎么教他撤销A-to-z'),
  ask('买家直接找亚马逊开了索赔，发消息一直不回怎么办'),
  ask('A-to-z 结果是 seller funded 算不算 ODR'),
  ask('退货请求超过48小时没处理会怎么样'),
  ask('回复时效的指标是多少，按几天算'),
  ask('客服不满意率太高了怎么降'),
  ask('AZ 索赔太多会被封号吗'),
  ask('买家留了差评，问题解决了怎么请他删'),
  ask('feedback 订单确认后几天买家才能留'),
  ask('能不能送个小礼物让买家把差评改成好评'),
  ask('买家要我们的 email 地址，消息里能直接写吗'),
  ask('回复里写 please wait 可以吗'),
  ask('怎么给买家列几个方案让他选'),
  ask("买家就说 it doesn't work 别的啥也没说 肿么办"),
  ask('大件产品坏了要保修 怎么处理'),
  ask('退回 FBA 仓的货坏了 卖不了了怎么处理'),
  ask('退货45天都没退到亚马逊仓库 能找亚马逊索赔吗'),
  ask('信用卡拒付了，要不要跟银行申诉'),
  ask('eBay 买家开了 SNAD 说东西跟描述不符，要退全款'),
  ask('美国站 ebay INR 纠纷最晚什么时候能开'),
  ask('eBay 站内信那几个文件夹，哪个要先回'),
  ask('ebay 上跟买家来回聊了四五轮还没解决'),
  ask('买家把 case 升级了让 eBay 介入 怎么办'),
];
