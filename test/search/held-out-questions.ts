/**
 * Held-out questions (DRAFT, labels not yet added).
 */
import type { LabelledQuery } from './labelled-queries';

const ask = (q: string, ...expect: string[]): LabelledQuery => ({
  q,
  lang: /[\u3400-\u9fff]/.test(q) ? 'zh-cn' : 'en',
  expect,
  question: true,
});
const keywords = (q: string, ...expect: string[]): LabelledQuery => ({
  q,
  lang: /[\u3400-\u9fff]/.test(q) ? 'zh-cn' : 'en',
  expect,
});

export const freshQuestions: LabelledQuery[] = [
  // English, natural questions
  ask('customer says tracking shows delivered but theres nothing at his door, what do i tell him'),
  ask('buyer wants to cancel but i already shipped it yesterday'),
  ask('how long do I have to answer a claim before amazon just takes the money'),
  ask('can I put our website link in a message to the customer'),
  ask('the item came smashed, customer sent pics, should we send a new one or refund'),
  ask('bank dispute on a credit card, is it worth fighting it'),
  ask('guy says the charger doesnt work at all, what should i ask him'),
  ask('package stuck in transit for 2 weeks no updates and the customer is really angry'),
  ask('buyer says our heater burned his carpet and wants us to pay for it'),
  ask('ebay buyer opened a case saying he never recieved it, what do i do'),
  ask('buyer on ebay keeps swearing at us and threatening, can we report him'),
  ask('customer moved house and wants the parcel sent to a different adress, it already left'),
  ask('he got the blue one instead of the black one he ordered'),
  ask('is it ok to ring the buyer on the phone to sort out the a to z'),
  ask('missed a message from 2 days ago, is there a way to not get dinged for the late reply'),
  ask('customer just changed his mind and wants to send it back, nothing wrong with it'),
  // Chinese, natural questions
  ask('退货运费是谁出啊，我们退货地址是国内的'),
  ask('买家留了差评，过了两个月还能让他删吗'),
  ask('买家开了A-to-z说产品有问题，但我们觉得产品没问题，要不要直接退款'),
  ask('客户说收到的包裹里少了充电线，要补发吗'),
  ask('客人说用了半年坏了要保修，东西很大很重怎么处理'),
  ask('return request 多久内必须处理，不处理会怎样'),
  ask('可不可以跟买家说我给你退款你把A-to-z撤了'),
  ask('回复率要求是多少，24小时内没回会影响账号吗'),
  ask('消息里能不能提paypal，买家问能不能用PP付款'),
  ask('ebay买家多久以后可以开case，最晚多久'),
  ask('ebay上跟买家来来回回聊了好几次还没解决怎么办'),
  ask('ebay 的feedback 比例太低了正常是多少'),
  ask('已经发货了买家不要了，还要求运费也全退，怎么跟他说'),
  ask('买家说颜色跟图片上的不一样，要求退款'),
  ask('发货以后能不能发个消息告诉买家已经发货了顺便感谢一下'),
  ask('客户说没收到货开了A-to-z，物流显示已经妥投了，怎么申述'),
  // Short keyword queries, mixed
  keywords('snad partial refund ebay'),
  keywords('AZ withdraw steps'),
  keywords('拒绝退货 原因'),
  keywords('apology letter'),
  keywords('RDR return dissatisfaction'),
  keywords('tracking number invalid'),
  keywords('未发货 取消订单'),
  keywords('ODR 撤诉 算不算'),
];
