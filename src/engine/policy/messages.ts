import type { Rule } from './types';
import { kindIs, messageAbout } from './when';

const messagesPage = 'amazon/messages';
const writingPage = 'writing/message-rules';
const apologyPage = 'writing/apology-letters';

/** The inbox: what to answer first, how fast, and what a message may and may not say. */
export const messageRules: Rule[] = [
  {
    id: 'MSG-1',
    area: 'messages',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'Order of work in the Amazon inbox', 'zh-cn': '亚马逊邮件的处理顺序' },
    text: {
      en: 'Work the inbox in this order: cancellation requests ("Order cancellation request from Amazon customer …") first, then return requests ("Return request from Amazon customer …"), then general questions. Cancellations lead because they are only simple while the order has not shipped.',
      'zh-cn': '按以下顺序处理邮件：先处理取消订单请求（标题为 “Order cancellation request from Amazon customer …”），再处理退货请求（“Return request from Amazon customer …”），最后是一般咨询。取消请求排在最前，是因为订单一旦发出，取消就麻烦得多。',
    },
    workOrder: [
      {
        when: { any: [messageAbout('cancel-before-shipping', 'cancel-after-shipping'), { all: [kindIs('ebay-message'), { fact: 'topic', is: 'cancellation' }] }] },
        label: { en: 'cancellation requests', 'zh-cn': '取消订单请求' },
      },
      { when: kindIs('amazon-return'), label: { en: 'return requests', 'zh-cn': '退货请求' } },
    ],
    handbook: { page: 'start/daily-routine', anchor: 'amazon-inbox-order' },
  },
  {
    id: 'MSG-2',
    area: 'messages',
    platform: 'both',
    sources: ['000', '004'],
    title: { en: 'Reply time', 'zh-cn': '回复时限' },
    text: {
      en: 'Reply to every Amazon buyer message within {replyWithin}; late replies pull down the response-time metric. eBay sets no such deadline, but answer there just as fast: slow replies still hurt the account.',
      'zh-cn': '亚马逊买家消息必须在 {replyWithin}内回复，超时会拉低回复时效指标。eBay 没有这条硬性时限，但同样要尽快回复，回复慢照样影响账号表现。',
    },
    figures: {
      replyWithin: { value: 24, unit: 'hours', label: { en: 'time to answer an Amazon buyer message', 'zh-cn': '亚马逊买家消息的回复时限' } },
    },
    deadlines: [
      {
        key: 'reply',
        type: 'due',
        from: 'receivedAt',
        closes: { figure: 'replyWithin' },
        label: { en: 'Reply to the buyer', 'zh-cn': '回复买家' },
        when: { fact: 'kind', is: ['amazon-message', 'amazon-return'] },
      },
    ],
    handbook: { page: messagesPage, anchor: 'reply-time' },
  },
  {
    id: 'MSG-3',
    area: 'messages',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'A message that is already overdue', 'zh-cn': '已超时未回复的消息' },
    text: {
      en: 'When a message has gone past {MSG-2.replyWithin} unanswered, note the buyer\'s e-mail or the order ID, mark the message "No response needed", then write to the buyer from the order page. The late reply then does not count against you. Use this sparingly: marking too many messages brings a warning from Amazon.',
      'zh-cn': '消息超过 {MSG-2.replyWithin}仍未回复时，先记下买家邮箱或订单号，把该消息标记为“无需回复”，再到 Seller Central 后台的订单页面联系买家。这样就不会被记为超时回复。此功能要慎用，标记过多会收到亚马逊的警告信。',
    },
    branches: [
      {
        key: 'overdue',
        when: { all: [{ fact: 'kind', is: 'amazon-message' }, { fact: 'hoursSinceReceived', above: { rule: 'MSG-2', figure: 'replyWithin' } }] },
        verdicts: [
          {
            action: { type: 'mark-no-response-needed' },
            verdict: 'acceptable',
            why: {
              en: 'It keeps the overdue message from counting as a late reply, but Amazon warns sellers who mark too many: use it sparingly, and always follow it with a reply from the order page.',
              'zh-cn': '可避免该消息被记为超时回复，但标记过多会被亚马逊警告：要慎用，而且标记后一定要从订单页面回复买家。',
            },
          },
          {
            action: { type: 'reply-from-order-page' },
            verdict: 'recommended',
            why: {
              en: 'Once the overdue message is marked, the buyer still needs an answer: write to them from the order page.',
              'zh-cn': '标记超时消息之后，买家的问题仍要答复：从订单页面给买家回信。',
            },
          },
        ],
      },
    ],
    handbook: { page: messagesPage, anchor: 'overdue-messages' },
  },
  {
    id: 'MSG-4',
    area: 'messages',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'No e-mail addresses or links', 'zh-cn': '不写邮箱地址和链接' },
    text: {
      en: 'Never put an e-mail address or a link in the body of an Amazon message. If the buyer really needs one, send it as a screenshot or inside a text file attached to the message.',
      'zh-cn': '亚马逊消息正文里不能出现邮箱地址或链接。确实需要提供时，可以截图发送，或写进文本文件作为附件发送。',
    },
    handbook: { page: writingPage, anchor: 'no-email-addresses-or-links' },
  },
  {
    id: 'MSG-5',
    area: 'messages',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'Never name PayPal or eBay', 'zh-cn': '不提 PayPal 和 eBay' },
    text: {
      en: 'Do not mention PayPal or eBay in an Amazon message: they are competitors, and Amazon\'s filters even catch the abbreviation "PP".',
      'zh-cn': '亚马逊消息中不能提到 PayPal 或 eBay，它们是亚马逊的竞争对手；连缩写 “PP” 也会被系统识别出来。',
    },
    handbook: { page: writingPage, anchor: 'no-competitor-names' },
  },
  {
    id: 'MSG-6',
    area: 'messages',
    platform: 'both',
    sources: ['000'],
    title: { en: 'Ask, never order', 'zh-cn': '用请求语气，不用命令语气' },
    text: {
      en: 'Put every request as a polite question, never as a command: no imperatives and no hard tone; even a curt "please wait" reads as an order. Respect what the buyer wants instead of pushing your own preference, while still looking after the company\'s interests.',
      'zh-cn': '所有请求都用商量的语气提出，不用祈使句，不要态度强硬；连生硬的 “please wait” 读起来也像命令。在合理维护公司利益的前提下，尊重买家的意愿，不要把自己的想法强加给买家。',
    },
    handbook: { page: writingPage, anchor: 'ask-never-order' },
  },
  {
    id: 'MSG-7',
    area: 'messages',
    platform: 'both',
    sources: ['003'],
    title: { en: 'Offer numbered choices', 'zh-cn': '给买家列出编号选项' },
    text: {
      en: 'Do not leave the buyer to come up with a solution. Lay out the options as a short numbered list for them to pick from, and word it so that their answer gives you the information you need.',
      'zh-cn': '不要让买家自己想办法。把可选方案列成编号清单让买家直接挑选，并引导买家在回复里提供你需要的信息。',
    },
    handbook: { page: writingPage, anchor: 'numbered-choices' },
  },
  {
    id: 'MSG-8',
    area: 'messages',
    platform: 'both',
    sources: ['003'],
    title: { en: 'Prompt, polite and specific', 'zh-cn': '及时、礼貌、具体' },
    text: {
      en: 'Answer promptly and courteously, and show that you understand how the buyer feels. Tell them when they will hear from you next, as a concrete time rather than "soon". Before proposing anything, work out what the buyer is really unhappy about.',
      'zh-cn': '回复要及时、有礼貌，让买家感到你理解他的心情。告诉买家下一次更新的具体时间，不要只说“尽快”。提出方案之前，先弄清楚买家真正不满的是什么。',
    },
    handbook: { page: writingPage, anchor: 'prompt-polite-and-specific' },
  },
  {
    id: 'MSG-9',
    area: 'messages',
    platform: 'both',
    sources: ['001'],
    title: { en: 'What an apology letter contains', 'zh-cn': '道歉信的组成部分' },
    text: {
      en: 'Build an apology letter from these parts, in this order: a sincere apology; the mistake, named exactly; a concrete fix such as a refund, a replacement, a discount or compensation; a commitment to do better; and how the buyer can reach you to follow up.',
      'zh-cn': '道歉信按以下顺序写：真诚致歉；准确指出出了什么错；给出具体的解决方案，如退款、换货、折扣或补偿；承诺改进；告诉买家后续怎么联系你。',
    },
    handbook: { page: apologyPage, anchor: 'parts-of-an-apology' },
  },
  {
    id: 'MSG-10',
    area: 'messages',
    platform: 'both',
    sources: ['001'],
    title: { en: 'What never goes in an apology', 'zh-cn': '道歉信的禁区' },
    text: {
      en: 'An apology must never blame the buyer, offer regret without any concrete action, leave out how to follow up, or arrive late. Any one of these turns the apology into a fresh complaint.',
      'zh-cn': '道歉信切忌：指责买家；只道歉、不给具体行动；没有后续跟进方式；回复拖延。犯了其中任何一条，道歉都会变成新的投诉。',
    },
    handbook: { page: apologyPage, anchor: 'what-never-goes-in-an-apology' },
  },
  {
    id: 'MSG-11',
    area: 'messages',
    platform: 'both',
    sources: ['001'],
    title: { en: 'Stay calm with upset buyers', 'zh-cn': '面对情绪激动的买家保持冷静' },
    text: {
      en: 'Buyers who write in are often upset and can be harsh. Never answer in the same tone: it solves nothing and only escalates. Treat every after-sales contact as a chance to win the buyer back.',
      'zh-cn': '来信的买家往往情绪激动，措辞可能很冲。千万不要以牙还牙，那样解决不了问题，只会激化矛盾。把每一次售后都当作挽回买家的机会。',
    },
    handbook: { page: apologyPage, anchor: 'upset-buyers' },
  },
  {
    id: 'MSG-12',
    area: 'messages',
    platform: 'ebay',
    sources: ['004'],
    title: { en: 'eBay: settle it in a few rounds', 'zh-cn': 'eBay：少轮次解决问题' },
    text: {
      en: 'On eBay, aim to settle each matter within {maxRounds} of messages. Make every reply count: answer all open points at once and give the buyer clear options to choose from, so the next message can close the matter.',
      'zh-cn': 'eBay 站内信尽量在 {maxRounds}以内解决问题。每次回复都要到位：一次答完所有疑问，并给买家列出明确的选项，争取下一轮就能了结。',
    },
    figures: {
      maxRounds: { value: 3, unit: 'rounds', label: { en: 'most rounds of messages to settle a matter', 'zh-cn': '解决一件事的最多往来轮数' } },
    },
    branches: [
      {
        key: 'every-reply',
        when: { fact: 'kind', is: 'ebay-message' },
        verdicts: [
          {
            action: { type: 'offer-numbered-choices' },
            verdict: 'recommended',
            why: {
              en: 'Clear options let the buyer answer in one go, which keeps the exchange within {maxRounds}.',
              'zh-cn': '给出明确选项，买家一次就能答复，往来就能控制在 {maxRounds}以内。',
            },
          },
        ],
      },
      {
        key: 'past-limit',
        when: { all: [{ fact: 'kind', is: 'ebay-message' }, { not: { fact: 'roundsSoFar', atMost: { figure: 'maxRounds' } } }] },
        verdicts: [
          {
            action: { type: 'offer-numbered-choices' },
            verdict: 'recommended',
            why: {
              en: 'The exchange has already gone past {maxRounds}: stop asking open questions and put a short list of concrete solutions to the buyer.',
              'zh-cn': '往来已超过 {maxRounds}：别再问开放式问题，直接给买家列出几个具体方案供选择。',
            },
          },
        ],
      },
    ],
    handbook: { page: 'ebay/messages-and-folders', anchor: 'message-rounds' },
  },
];
