/**
 * Second blind question set for the handbook search (4 December 2026). The first blind set
 * (blind-questions.ts) is now used during development; this one replaces it as the measure of
 * questions the search was never tuned on.
 *
 * Step one: the questions below were written first, from the five raw source captures
 * (playbook/sources), the playbook facts (FACTS.md) and the glossary, in the words an
 * after-sales agent types mid-shift with a buyer waiting. They are committed here without
 * labels (labels added in the next commit), so the questions are on record before any
 * handbook page is read.
 */
import { ask, type LabelledQuery } from './labelled-queries';

export const blindQuestions2: LabelledQuery[] = [
  // English
  ask('can i mark all the old msgs as no response needed so the late ones dont show'),
  ask('buyer asking if he can pay by paypal instead, can i mention it in my reply'),
  ask('how do i say it so i dont sound like im ordering the buyer around, is please wait ok'),
  ask('can i send a quick msg after delivery to say thanks and ask how they like it'),
  ask('order shipped yesterday and now buyer wants to cancel, what do i offer him'),
  ask('not shipped yet and customer wants to cancel, do i need to refund manually'),
  ask('tracking number comes up invalid on the carriers site, what do i tell the buyer'),
  ask('parcel hasnt moved in 10 days buyer is really worried and angry, what do i say'),
  ask('buyer moved house after we shipped and wants it sent to the new adress, its a cheap item'),
  ask('customer cancelled after dispatch and is demanding the shipping cost back too'),
  ask('blender jar cracked in transit but it still works, how much can i offer'),
  ask('item was $45 and arrived smashed, can we just send another one'),
  ask('return request on a big pricey item, should i just authorise it or check something first'),
  ask('returned item never got back to the amazon warehouse, its been 2 months, can we claim it'),
  ask('got an a to z claim this morning how many days before amazon just takes the money'),
  ask('buyer wants to withdraw the claim but doesnt know how, what steps do i send'),
  ask('buyer went straight to amazon with a claim and ignores every message, what do we do after 3 days'),
  ask('vaccum stopped working after 6 weeks of use and buyer filed a-to-z, can we appeal that'),
  ask('chargeback on a 20 dollar order, worth fighting or just refund'),
  ask('buyer left 2 stars, can he edit it to 5 once we sort it out'),
  ask('feedback full of swearing and its about the product not us, can amazon remove it'),
  ask('ebay buyer opened item not recieved but tracking says left at his porch'),
  ask('how late can a buyer on ebay germany open a not received case'),
  ask('ebay buyer is being abusive and threatening a bad review unless we refund, can ebay step in'),
  ask('how many back and forths should an ebay problem take max'),
  ask('our ebay feedback rate is about 15% is that low'),
  ask('buyer says the heater leaked and ruined his wooden floor and wants us to pay'),
  ask('writing an apology for a really late delivery what needs to be in it'),
  ask('whats the customer service dissatisfaction rate limit and how is it counted'),
  ask('first thing to do when i start my shift'),
  ask('buyer cant pair the camera with the app, how do i help him'),
  ask('any ready made reply for when tracking shows delivered but the buyer says nothing came'),

  // Chinese, and Chinese with platform terms
  ask('买家消息超过24小时了还没回，现在怎么补救'),
  ask('消息里能发链接给买家看安装视频吗'),
  ask('回复里能不能提到ebay，买家问我们是不是也在ebay卖'),
  ask('客户说东西坏了完全不能用，售价20美金，补发还是退款'),
  ask('收到货少了根充电线，需要补发吗'),
  ask('发错颜色了客户拍了照片，先给补偿还是直接退款'),
  ask('客户不想要了要退货，产品没任何问题，怎么劝他留下'),
  ask('退货地址在国内，退货运费谁出'),
  ask('return request 已经退过款了，关闭请求选哪个原因'),
  ask('买家开了AZ说没收到，物流显示已经签收，申诉怎么写'),
  ask('用的物流亚马逊不认可，买家开了A-to-z说没收到怎么搞'),
  ask('可以跟买家说我们退款你把索赔撤了吗'),
  ask('A-to-z 关闭有几种结果，哪些计ODR'),
  ask('亚马孙的A-to-z 申诉成功了还算不算ODR'),
  ask('差评已经留了两个多月了，买家还能删吗'),
  ask('买家给了差评，问题解决后怎么请他删评'),
  ask('eBay INR 买家最早什么时候能开'),
  ask('ebay买家说没收到，货代那边也查不到包裹了'),
  ask('SNAD 的case 给部分退款可以结案吗'),
  ask('收到eBay纠纷几天内要联系买家'),
  ask('PayPal 开的纠纷时限跟eBay一样吗'),
  ask('买家一直问包裹到哪了，物流好几天没更新'),
  ask('包裹丢了，仓库也没货了，怎么回复客户'),
  ask('已经发货了买家要改地址，东西挺贵的要不要重发'),
  ask('客户就说产品不工作，也没说哪里有问题'),
  ask('客户买的跑步机坏了要保修，又大又重寄回来不划算，他还说不解决就给差评，我该怎么跟他说'),
  ask('道歉信里面有什么不能写的'),
  ask('ODR 要控制在多少以下'),
  ask('每天上班先处理哪一类邮件'),
  ask('给买家几个选项让他选，怎么写比较好'),
  ask('退货不满意率RDR是怎么算的'),
  ask('买家说收到的跟图片上的不一样要退货，我们图片是没问题的'),
];
