import type { Condition, Rule } from './types';

const ebayCase: Condition = { fact: 'kind', is: ['ebay-inr', 'ebay-snad'] };
const ebayMessage: Condition = { fact: 'kind', is: 'ebay-message' };

/** eBay after-sales: the daily round, message folders, cases and their time limits, feedback rate. */
export const ebayRules: Rule[] = [
  {
    id: 'EBAY-1',
    area: 'ebay',
    platform: 'ebay',
    sources: ['004'],
    title: { en: 'The daily eBay round', 'zh-cn': 'eBay 客服的日常工作' },
    text: {
      en: 'An eBay shift covers member messages, open cases (disputes), neutral and negative feedback, order exceptions such as a wrong address or a missing phone number, the shop\'s feedback rate, and writing up problems together with their fixes.',
      'zh-cn': 'eBay 客服每天要处理：站内信、纠纷（case）、中差评、订单异常（如地址错误、没留电话），关注店铺留评率，并整理问题反馈和对应的解决方案。',
    },
    handbook: { page: 'start/daily-routine', anchor: 'ebay-daily-round' },
  },
  {
    id: 'EBAY-2',
    area: 'ebay',
    platform: 'ebay',
    sources: ['004'],
    title: { en: 'eBay message folders', 'zh-cn': 'eBay 站内信分类' },
    text: {
      en: 'eBay files messages in folders. "From members" holds buyer requests such as invoices, address changes and cancellations: grant them unless they are unreasonable. "From eBay" carries case notices and policy changes and comes first; "High priority" flags account problems that can end in suspension.',
      'zh-cn': 'eBay 站内信分文件夹存放。“来自会员”是买家的请求，如开发票、改地址、取消订单，只要不过分都尽量满足；“来自 eBay”包括纠纷通知和政策变更，要优先处理；“高优先级”涉及账号异常，可能导致账号被封或冻结。',
    },
    branches: [
      {
        key: 'cancel-before-shipping',
        when: { all: [ebayMessage, { fact: 'topic', is: 'cancellation' }, { fact: 'shipped', is: false }] },
        verdicts: [
          {
            action: { type: 'cancel-order' },
            verdict: 'recommended',
            why: {
              en: 'Nothing has shipped yet, so granting the cancellation is quick and keeps the buyer happy.',
              'zh-cn': '还没发货，直接同意取消最省事，买家也满意。',
            },
          },
        ],
      },
      {
        key: 'address-change',
        when: { all: [ebayMessage, { fact: 'topic', is: 'address-change' }] },
        verdicts: [
          {
            action: { type: 'ask-correct-address' },
            verdict: 'recommended',
            why: {
              en: 'Get the full, correct address in writing from the buyer before changing anything.',
              'zh-cn': '改动之前，先让买家书面提供完整、正确的地址。',
            },
          },
        ],
      },
    ],
    handbook: { page: 'ebay/messages-and-folders', anchor: 'message-folders' },
  },
  {
    id: 'EBAY-3',
    area: 'ebay',
    platform: 'ebay',
    sources: ['004'],
    title: { en: 'Settling cases in the Resolution Center', 'zh-cn': '在解决中心处理纠纷' },
    text: {
      en: 'Check the Resolution Center for open cases. Propose a fix in proportion to the item\'s value, get the buyer to agree, then ask them to close the case. A buyer who stays unhappy can escalate, and eBay then decides, nearly always for the buyer unless the buyer is at fault.',
      'zh-cn': '在解决中心（Resolution Center）查看未结纠纷。按商品价值提出解决方案，征得买家同意后请买家关闭纠纷。买家不满意可以升级，由 eBay 介入裁决；只要不是买家的责任，基本都会判卖家承担。',
    },
    branches: [
      {
        key: 'open-case',
        when: ebayCase,
        verdicts: [
          {
            action: { type: 'ask-buyer-close-case' },
            verdict: 'recommended',
            why: {
              en: 'Once the buyer accepts your solution, a case they close themselves is the cleanest ending; an escalated one usually goes against the seller.',
              'zh-cn': '买家接受方案后由买家自己关闭纠纷，是最干净的结局；一旦升级，通常判卖家输。',
            },
          },
        ],
      },
      {
        key: 'settle-with-buyer',
        when: { all: [ebayCase, { fact: 'buyerAbusive', is: false }] },
        verdicts: [
          {
            action: { type: 'wait-for-decision' },
            verdict: 'wrong',
            why: {
              en: 'Left to eBay, the case is decided for the buyer unless the buyer is at fault: settle it with the buyer yourself.',
              'zh-cn': '交给 eBay 裁决，只要不是买家的责任就会判买家胜：应该自己和买家协商解决。',
            },
          },
        ],
      },
    ],
    handbook: { page: 'ebay/cases', anchor: 'resolution-center' },
  },
  {
    id: 'EBAY-4',
    area: 'ebay',
    platform: 'ebay',
    sources: ['004'],
    title: { en: 'When a buyer can open a case', 'zh-cn': '买家何时可以开纠纷' },
    text: {
      en: 'An item-not-received case opened through eBay on the US or UK site can be opened from {inrOpens} after the estimated delivery date until {inrClosesUsUk} after it. Every other case (INR on the DE site, not-as-described through eBay, and anything through PayPal) can be opened from {opensAfter} after payment until {closesAfterPayment} after payment. Give buyers a realistic delivery date: it decides when an INR case can start.',
      'zh-cn': '通过 eBay 开启的未收到物品（INR）纠纷，美国站和英国站最早在预计送达日后 {inrOpens}、最晚在预计送达日后 {inrClosesUsUk}内可以开启。其他纠纷（德国站 INR、通过 eBay 开启的描述不符 SNAD，以及所有通过 PayPal 开启的纠纷）最早在付款后 {opensAfter}、最晚在付款后 {closesAfterPayment}内可以开启。给买家的预计送达日要实事求是，因为它决定了 INR 纠纷最早何时能开。',
    },
    figures: {
      inrOpens: { value: 1, unit: 'days', label: { en: 'time after the estimated delivery date before an INR case can be opened through eBay (US, UK)', 'zh-cn': '预计送达日后多久可通过 eBay 开 INR 纠纷（美国、英国站）' } },
      inrClosesUsUk: { value: 30, unit: 'days', label: { en: 'time after the estimated delivery date until which an INR case can be opened through eBay (US, UK)', 'zh-cn': '预计送达日后可通过 eBay 开 INR 纠纷的最晚期限（美国、英国站）' } },
      opensAfter: { value: 1, unit: 'days', label: { en: 'time after payment before a case can be opened (DE INR, SNAD, PayPal)', 'zh-cn': '付款后多久可开纠纷（德国站 INR、SNAD、PayPal）' } },
      closesAfterPayment: { value: 45, unit: 'days', label: { en: 'time after payment until which a case can be opened (DE INR, SNAD, PayPal)', 'zh-cn': '付款后可开纠纷的最晚期限（德国站 INR、SNAD、PayPal）' } },
    },
    deadlines: [
      {
        key: 'inr-ebay-us-uk',
        type: 'window',
        from: 'order.estimatedDeliveryAt',
        opens: { figure: 'inrOpens' },
        closes: { figure: 'inrClosesUsUk' },
        label: { en: 'Buyer may open an INR case on eBay', 'zh-cn': '买家可通过 eBay 开 INR 纠纷' },
        when: { all: [{ fact: 'kind', is: 'ebay-inr' }, { fact: 'channel', is: 'ebay' }, { fact: 'site', is: ['US', 'UK'] }] },
      },
      {
        key: 'inr-ebay-de',
        type: 'window',
        from: 'order.paidAt',
        opens: { figure: 'opensAfter' },
        closes: { figure: 'closesAfterPayment' },
        label: { en: 'Buyer may open an INR case on eBay (DE site)', 'zh-cn': '买家可通过 eBay 开 INR 纠纷（德国站）' },
        when: { all: [{ fact: 'kind', is: 'ebay-inr' }, { fact: 'channel', is: 'ebay' }, { fact: 'site', is: 'DE' }] },
      },
      {
        key: 'snad-ebay',
        type: 'window',
        from: 'order.paidAt',
        opens: { figure: 'opensAfter' },
        closes: { figure: 'closesAfterPayment' },
        label: { en: 'Buyer may open a not-as-described case on eBay', 'zh-cn': '买家可通过 eBay 开描述不符纠纷' },
        when: { all: [{ fact: 'kind', is: 'ebay-snad' }, { fact: 'channel', is: 'ebay' }] },
      },
      {
        key: 'paypal',
        type: 'window',
        from: 'order.paidAt',
        opens: { figure: 'opensAfter' },
        closes: { figure: 'closesAfterPayment' },
        label: { en: 'Buyer may open a case through PayPal', 'zh-cn': '买家可通过 PayPal 开纠纷' },
        when: { all: [ebayCase, { fact: 'channel', is: 'paypal' }] },
      },
    ],
    handbook: { page: 'ebay/cases', anchor: 'when-a-case-can-open' },
  },
  {
    id: 'EBAY-5',
    area: 'ebay',
    platform: 'ebay',
    sources: ['004'],
    title: { en: 'Item not received', 'zh-cn': '未收到物品（INR）' },
    text: {
      en: 'When a buyer reports an item not received, check the tracking, take a screenshot and send the buyer the tracking number with the carrier\'s tracking page. Ask them to check with family, neighbours and the local post office. If not even the freight forwarder can find the parcel, refund, or reship when the item is in stock.',
      'zh-cn': '买家反映没收到货时，先查物流并截图，把追踪号和承运商的查询网址发给买家。请买家问问家人、邻居和当地邮局。如果连货代都找不到包裹，只能退款，或在有库存时补发。',
    },
    branches: [
      {
        key: 'trace',
        // Once not even the forwarder can find the parcel, tracing is over: the untraceable branches decide.
        when: { all: [{ fact: 'kind', is: 'ebay-inr' }, { fact: 'forwarderCanFind', is: true }] },
        verdicts: [
          {
            action: { type: 'check-tracking' },
            verdict: 'recommended',
            why: {
              en: 'Tracking shows where the parcel is and gives you something concrete to show the buyer.',
              'zh-cn': '物流信息能看出包裹在哪，也是给买家看的依据。',
            },
          },
          {
            action: { type: 'give-tracking' },
            verdict: 'recommended',
            why: {
              en: 'With the number and the carrier\'s page the buyer can follow the parcel themselves.',
              'zh-cn': '有了追踪号和查询网址，买家可以自己跟踪包裹。',
            },
          },
          {
            action: { type: 'ask-check-neighbours' },
            verdict: 'recommended',
            why: {
              en: 'Parcels taken in by family or neighbours, or held at the post office, often turn up this way.',
              'zh-cn': '包裹常常是被家人、邻居代收，或留在邮局，这样一问往往就找到了。',
            },
          },
        ],
      },
      {
        key: 'untraceable',
        when: { all: [{ fact: 'kind', is: 'ebay-inr' }, { fact: 'forwarderCanFind', is: false }] },
        verdicts: [
          {
            action: { type: 'full-refund' },
            verdict: 'recommended',
            why: {
              en: 'Not even the forwarder can find the parcel, so it is lost: make the buyer whole.',
              'zh-cn': '连货代都找不到，包裹基本确定丢失，应该给买家一个交代。',
            },
            fits: {
              en: 'When the buyer no longer wants to wait, or the item is out of stock.',
              'zh-cn': '买家不想再等，或商品已无库存时。',
            },
          },
        ],
      },
      {
        key: 'untraceable-in-stock',
        when: { all: [{ fact: 'kind', is: 'ebay-inr' }, { fact: 'forwarderCanFind', is: false }, { fact: 'inStock', is: true }] },
        verdicts: [
          {
            action: { type: 'reship' },
            verdict: 'recommended',
            why: {
              en: 'Not even the forwarder can find the parcel, so it is lost: a new one gets the buyer what they paid for.',
              'zh-cn': '连货代都找不到，包裹基本确定丢失，补发能让买家拿到所买的商品。',
            },
            fits: {
              en: 'When the buyer would still rather have the item than the money.',
              'zh-cn': '买家更想要商品而不是退款时。',
            },
          },
        ],
      },
    ],
    handbook: { page: 'ebay/inr', anchor: 'item-not-received' },
  },
  {
    id: 'EBAY-6',
    area: 'ebay',
    platform: 'ebay',
    sources: ['004'],
    title: { en: 'Not as described or damaged', 'zh-cn': '描述不符或到货破损（SNAD）' },
    text: {
      en: 'For an item that is not as described or arrived damaged, first confirm with the buyer what state it is in; photos are the easiest way. Then agree a partial or a full refund and close the case.',
      'zh-cn': '商品与描述不符或到货破损时，先和买家确认商品的实际状况，最简单的办法是请买家拍照。然后协商部分退款或全额退款，最后结案。',
    },
    branches: [
      {
        key: 'snad',
        when: { fact: 'kind', is: 'ebay-snad' },
        verdicts: [
          {
            action: { type: 'ask-photos' },
            verdict: 'recommended',
            why: {
              en: 'Photos confirm the item\'s state and show how much of a refund is fair.',
              'zh-cn': '照片能确认商品状况，也能据此判断退多少合适。',
            },
          },
          {
            action: { type: 'partial-refund' },
            verdict: 'recommended',
            why: {
              en: 'A partial refund settles the case while the buyer keeps the item.',
              'zh-cn': '部分退款、买家留下商品，纠纷就能了结。',
            },
            fits: {
              en: 'When the item is still usable and the buyer is willing to keep it.',
              'zh-cn': '商品仍能使用，且买家愿意留下时。',
            },
          },
          {
            action: { type: 'full-refund' },
            verdict: 'recommended',
            why: {
              en: 'A full refund ends the case when the item is of little use to the buyer.',
              'zh-cn': '商品对买家已基本没用时，全额退款可以直接了结纠纷。',
            },
            fits: {
              en: 'When the item is unusable or badly damaged, or the buyer will not keep it.',
              'zh-cn': '商品无法使用或破损严重，或买家不愿留下时。',
            },
          },
        ],
      },
    ],
    handbook: { page: 'ebay/snad', anchor: 'not-as-described-or-damaged' },
  },
  {
    id: 'EBAY-7',
    area: 'ebay',
    platform: 'ebay',
    sources: ['004'],
    title: { en: 'Contacting the buyer once a case opens', 'zh-cn': '开纠纷后及时联系买家' },
    text: {
      en: 'Contact the buyer within {contactWithin} of a case being opened and start working on a solution. If the buyer is abusive or trying to defraud you, you may appeal or ask eBay customer support to step in; eBay looks into it and explains its decision.',
      'zh-cn': '买家开纠纷后，必须在 {contactWithin}内联系买家，着手解决问题。遇到胡搅蛮缠或有欺诈行为的买家，可以申诉，或请 eBay 客服介入，eBay 了解情况后会给出说明。',
    },
    figures: {
      contactWithin: { value: 6, unit: 'days', label: { en: 'time to contact the buyer after a case opens', 'zh-cn': '开纠纷后联系买家的时限' } },
    },
    deadlines: [
      {
        key: 'contact',
        type: 'due',
        from: 'caseOpenedAt',
        closes: { figure: 'contactWithin' },
        label: { en: 'Contact the buyer about the case', 'zh-cn': '就纠纷联系买家' },
        when: ebayCase,
      },
    ],
    branches: [
      {
        key: 'abusive-buyer',
        when: { all: [ebayCase, { fact: 'buyerAbusive', is: true }] },
        verdicts: [
          {
            action: { type: 'contact-platform-support' },
            verdict: 'recommended',
            why: {
              en: 'eBay support can step in against abusive or fraudulent buyers once it knows the facts.',
              'zh-cn': '了解情况后，eBay 客服可以介入处理恶意或欺诈买家。',
            },
            fits: {
              en: 'While the case is still open and you need eBay to look at the buyer\'s behaviour.',
              'zh-cn': '纠纷仍未结束，需要 eBay 审视买家行为时。',
            },
          },
          {
            action: { type: 'appeal-claim' },
            verdict: 'acceptable',
            why: {
              en: 'An appeal backed by evidence is the other route the playbook allows against abuse or fraud.',
              'zh-cn': '带着证据申诉，是手册允许的另一种应对恶意或欺诈的方式。',
            },
            fits: {
              en: 'When the case has gone against you and you can document the abuse or fraud.',
              'zh-cn': '纠纷已判你败诉，且你能拿出恶意或欺诈证据时。',
            },
          },
        ],
      },
    ],
    handbook: { page: 'ebay/cases', anchor: 'contact-deadline-and-abusive-buyers' },
  },
  {
    id: 'EBAY-8',
    area: 'ebay',
    platform: 'ebay',
    sources: ['004'],
    title: { en: 'Feedback rate', 'zh-cn': '留评率' },
    text: {
      en: 'On eBay, roughly {feedbackRate} of orders receive feedback. If your shop falls below that, find out why and fix it.',
      'zh-cn': 'eBay 订单的留评率大约为 {feedbackRate}。如果店铺低于这个水平，要找出原因并加以改进。',
    },
    figures: {
      feedbackRate: { value: 30, unit: 'percent', label: { en: 'usual share of eBay orders that receive feedback', 'zh-cn': 'eBay 订单的一般留评率' } },
    },
    handbook: { page: 'ebay/feedback-rate', anchor: 'feedback-rate' },
  },
];
