import { moneyLimit, moneyTables } from './money';
import type { Rule } from './types';
import { and, kindIs, messageAbout, problemAbout } from './when';

const page = 'amazon/product-problems';

/** Product problems on Amazon: damage, faults, wrong or missing items, warranty, returned goods. */
export const productRules: Rule[] = [
  {
    id: 'PROD-1',
    area: 'product',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'Damaged on arrival', 'zh-cn': '到货破损' },
    text: {
      en: 'Ask for photos and how bad the damage is. Minor damage, still usable: offer compensation of up to {maxCompensation}. Severe damage that stops it working: at a price of {reshipPriceLimit} or less, refund or reship; above {reshipPriceLimit}, refund only — sending another parcel to that address is a risk.',
      'zh-cn': '先请买家提供照片并说明破损程度。轻微破损、仍能使用：给予不超过 {maxCompensation} 的补偿。严重破损、无法使用：售价不超过 {reshipPriceLimit} 时退款或补发；高于 {reshipPriceLimit} 只退款不补发，因为再寄往该地址风险较大。',
    },
    figures: {
      maxCompensation: { value: 35, unit: 'percent', label: { en: 'most compensation for minor damage', 'zh-cn': '轻微破损的最高补偿' } },
      reshipPriceLimit: moneyLimit(moneyTables.reshipPrice, { en: 'highest price at which severe damage may be reshipped', 'zh-cn': '严重破损可补发的最高售价' }),
    },
    branches: [
      {
        key: 'ask-evidence',
        when: problemAbout('damaged'),
        verdicts: [
          { action: { type: 'ask-photos' }, verdict: 'recommended', why: { en: 'Photos show how bad the damage is and back up any later appeal.', 'zh-cn': '照片能说明破损程度，也是日后申诉的依据。' } },
        ],
      },
      {
        key: 'minor',
        when: and(problemAbout('damaged'), { fact: 'damage', is: 'minor' }),
        verdicts: [
          { action: { type: 'partial-refund', percentAtMost: { figure: 'maxCompensation' } }, verdict: 'recommended', why: { en: 'The item still works, so a partial refund settles it without a return.', 'zh-cn': '商品仍能使用，部分退款即可解决，无需退货。' } },
          { action: { type: 'partial-refund', percentAbove: { figure: 'maxCompensation' } }, verdict: 'wrong', why: { en: 'More than the limit for minor damage gives away margin the case does not call for.', 'zh-cn': '超过轻微破损的补偿上限，让利超出了必要。' } },
          { action: { type: 'full-refund' }, verdict: 'wrong', why: { en: 'A full refund for an item that still works costs more than the damage.', 'zh-cn': '商品仍能使用却全额退款，损失大于破损本身。' } },
          { action: { type: 'reship' }, verdict: 'wrong', why: { en: 'Sending a second unit for minor damage doubles the cost.', 'zh-cn': '轻微破损就补发，成本翻倍。' } },
        ],
      },
      {
        key: 'severe-cheap',
        when: and(problemAbout('damaged'), { fact: 'damage', is: 'severe' }, { fact: 'price', atMost: { figure: 'reshipPriceLimit' } }),
        verdicts: [
          { action: { type: 'full-refund' }, verdict: 'recommended', why: { en: 'The item is unusable and cheap: refunding is quick and fair.', 'zh-cn': '商品无法使用且价格低，退款快速且公平。' } },
        ],
      },
      {
        key: 'severe-cheap-in-stock',
        when: and(problemAbout('damaged'), { fact: 'damage', is: 'severe' }, { fact: 'price', atMost: { figure: 'reshipPriceLimit' } }, { fact: 'inStock', is: true }),
        verdicts: [
          { action: { type: 'reship' }, verdict: 'recommended', why: { en: 'At this price a replacement is an equally good answer.', 'zh-cn': '在这个价位，补发同样是好的解决方式。' } },
        ],
      },
      {
        key: 'severe-expensive',
        when: and(problemAbout('damaged'), { fact: 'damage', is: 'severe' }, { fact: 'price', above: { figure: 'reshipPriceLimit' } }),
        verdicts: [
          { action: { type: 'full-refund' }, verdict: 'recommended', why: { en: 'Above the price limit, refund only.', 'zh-cn': '超过价格上限，只退款。' } },
          { action: { type: 'reship' }, verdict: 'wrong', why: { en: 'Above the price limit a second parcel to the same address is too risky.', 'zh-cn': '超过价格上限，再寄往同一地址风险太大。' } },
        ],
      },
    ],
    handbook: { page, anchor: 'damaged-on-arrival' },
  },
  {
    id: 'PROD-2',
    area: 'product',
    platform: 'amazon',
    sources: ['000', '003'],
    title: { en: 'It does not work', 'zh-cn': '买家反映商品无法使用' },
    text: {
      en: 'When the buyer only says it does not work, ask what exactly fails, then confirm with the product team (or look it up) that it is a quality fault. A confirmed fault is refunded or reshipped under the damaged-on-arrival price rule ({PROD-1.reshipPriceLimit}). The German team adds: ask for photos, pay the shipping for an exchange when the fault is obvious, and do not agree to a refund at once — explain and steer towards an exchange.',
      'zh-cn': '买家只说“不能用”时，先问清具体哪里出问题，再向产品同事确认（或自行查证）是否属于质量问题。确认是质量问题后，按到货破损的价格规则（{PROD-1.reshipPriceLimit}）退款或补发。德国站的做法补充：请买家拍照；问题明显时卖家可承担换货运费；不要马上同意退款，先解释并引导换货。',
    },
    branches: [
      {
        key: 'find-out',
        when: problemAbout('not-working'),
        verdicts: [
          { action: { type: 'ask-details' }, verdict: 'recommended', why: { en: '"It does not work" can mean many things; the fix depends on which.', 'zh-cn': '“不能用”可能有很多原因，解决办法取决于具体问题。' } },
          { action: { type: 'confirm-with-product-team' }, verdict: 'recommended', why: { en: 'Only a confirmed quality fault calls for a refund or a replacement.', 'zh-cn': '只有确认是质量问题，才需要退款或补发。' } },
          { action: { type: 'ask-photos' }, verdict: 'acceptable', why: { en: 'Photos help the product team judge the fault.', 'zh-cn': '照片有助于产品同事判断问题。' } },
        ],
      },
      {
        key: 'unconfirmed',
        when: and(problemAbout('not-working'), { not: { fact: 'faultConfirmed', is: true } }),
        verdicts: [
          { action: { type: 'full-refund' }, verdict: 'wrong', why: { en: 'Do not agree to a refund before you know what fails; many problems are solved by an explanation.', 'zh-cn': '还没弄清问题就不要同意退款，很多问题解释清楚就能解决。' } },
          { action: { type: 'send-manual' }, verdict: 'acceptable', why: { en: 'Often the product works once it is set up right.', 'zh-cn': '很多时候正确设置后商品就能用。' } },
        ],
      },
      {
        key: 'confirmed',
        when: and(problemAbout('not-working'), { fact: 'faultConfirmed', is: true }),
        verdicts: [
          {
            action: { type: 'full-refund' },
            verdict: 'recommended',
            why: { en: 'A confirmed fault is the seller’s to put right.', 'zh-cn': '确认的质量问题应由卖家负责。' },
            fits: { en: 'Fits when the buyer wants their money back or no exchange is possible.', 'zh-cn': '适合买家要求退款或无法换货的情况。' },
          },
        ],
      },
      {
        key: 'confirmed-cheap',
        when: and(problemAbout('not-working'), { fact: 'faultConfirmed', is: true }, { fact: 'price', atMost: { rule: 'PROD-1', figure: 'reshipPriceLimit' } }, { fact: 'inStock', is: true }),
        verdicts: [
          {
            action: { type: 'reship' },
            verdict: 'recommended',
            why: { en: 'Below the price limit, an exchange keeps the sale.', 'zh-cn': '在价格上限以内，换货可以保住这笔订单。' },
            fits: { en: 'Fits when the buyer still wants the product: steer towards an exchange.', 'zh-cn': '适合买家仍想要这件商品的情况：引导换货。' },
          },
        ],
      },
      {
        key: 'confirmed-expensive',
        when: and(problemAbout('not-working'), { fact: 'faultConfirmed', is: true }, { fact: 'price', above: { rule: 'PROD-1', figure: 'reshipPriceLimit' } }),
        verdicts: [
          { action: { type: 'reship' }, verdict: 'wrong', why: { en: 'Above the price limit, refund rather than send another unit.', 'zh-cn': '超过价格上限，应退款而不是再寄一件。' } },
        ],
      },
    ],
    handbook: { page, anchor: 'it-does-not-work' },
  },
  {
    id: 'PROD-3',
    area: 'product',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'Not as pictured or not as described', 'zh-cn': '与图片或描述不符' },
    text: {
      en: 'Get photos (for a picture mismatch) or details (for a text mismatch) and check with the team. If the seller got it wrong, compensation may go above {PROD-1.maxCompensation}. If the buyer misunderstood, offer up to {PROD-1.maxCompensation} with a polite explanation. Once a mismatch is confirmed, correct the listing text or pictures straight away.',
      'zh-cn': '图片不符时请买家拍照，描述不符时问清细节，并与团队核实。若是卖家的错，补偿可以超过 {PROD-1.maxCompensation}；若是买家误解，给予不超过 {PROD-1.maxCompensation} 的补偿并礼貌解释。一经确认，立即修改 listing 的文字或图片。',
    },
    branches: [
      {
        key: 'pictured',
        when: problemAbout('not-as-pictured'),
        verdicts: [{ action: { type: 'ask-photos' }, verdict: 'recommended', why: { en: 'Photos show what differs from the listing.', 'zh-cn': '照片能看出与 listing 的差别。' } }],
      },
      {
        key: 'described',
        when: problemAbout('not-as-described'),
        verdicts: [{ action: { type: 'ask-details' }, verdict: 'recommended', why: { en: 'Find out exactly which part of the description is wrong.', 'zh-cn': '问清描述的哪一部分不符。' } }],
      },
      {
        key: 'unclear',
        when: and(problemAbout('not-as-pictured', 'not-as-described'), { fact: 'fault', is: 'unclear' }),
        verdicts: [
          { action: { type: 'confirm-with-product-team' }, verdict: 'recommended', why: { en: 'Whose mistake it is decides how much to offer.', 'zh-cn': '责任在谁，决定补偿多少。' } },
          { action: { type: 'check-listing' }, verdict: 'recommended', why: { en: 'Compare what the buyer got with what the listing shows.', 'zh-cn': '对比买家收到的商品与 listing 展示的内容。' } },
        ],
      },
      {
        key: 'seller-fault',
        when: and(problemAbout('not-as-pictured', 'not-as-described'), { fact: 'fault', is: 'seller' }),
        verdicts: [
          { action: { type: 'partial-refund' }, verdict: 'recommended', why: { en: 'The listing was wrong: compensation may go above the usual limit.', 'zh-cn': 'listing 有误，补偿可以超过通常的上限。' } },
          { action: { type: 'update-listing' }, verdict: 'recommended', why: { en: 'Fix the text or pictures at once so the next buyer is not misled.', 'zh-cn': '立即修改文字或图片，以免误导下一位买家。' } },
        ],
      },
      {
        key: 'buyer-fault',
        when: and(problemAbout('not-as-pictured', 'not-as-described'), { fact: 'fault', is: 'buyer' }),
        verdicts: [
          { action: { type: 'partial-refund', percentAtMost: { rule: 'PROD-1', figure: 'maxCompensation' } }, verdict: 'recommended', why: { en: 'A goodwill gesture within the limit, with a polite explanation.', 'zh-cn': '在上限内给予补偿以示诚意，并礼貌解释。' } },
          { action: { type: 'explain-listing' }, verdict: 'recommended', why: { en: 'Show kindly where the listing states it.', 'zh-cn': '礼貌地指出 listing 中的相关说明。' } },
          { action: { type: 'partial-refund', percentAbove: { rule: 'PROD-1', figure: 'maxCompensation' } }, verdict: 'wrong', why: { en: 'The listing was right; more than the limit rewards a misunderstanding.', 'zh-cn': 'listing 没有错，超过上限的补偿没有必要。' } },
        ],
      },
    ],
    handbook: { page, anchor: 'not-as-pictured-or-described' },
  },
  {
    id: 'PROD-4',
    area: 'product',
    platform: 'amazon',
    sources: ['000', '003'],
    title: { en: 'Missing parts', 'zh-cn': '缺少配件或主体' },
    text: {
      en: 'A generic accessory, such as a standard cable, gets a small compensation and no reship. A part made for this product is sourced from the supplier and sent. If the main item is missing, offer a reship or a refund. If a part is missing and none is in stock, send an unsellable unit to take it from, or refund part of the price and send the part later.',
      'zh-cn': '通用配件（如普通数据线）缺失：给少量补偿，不补发。专用配件缺失：向供应商调货后补寄。主体商品缺失：补发或退款。配件缺失且没有库存时：寄一台无法销售的机器给买家拆件，或先部分退款、之后再补寄配件。',
    },
    branches: [
      {
        key: 'generic',
        when: and(messageAbout('missing-part'), { fact: 'missingPart', is: 'generic' }),
        verdicts: [
          { action: { type: 'partial-refund' }, verdict: 'recommended', why: { en: 'The buyer can buy a standard accessory anywhere; a small sum covers it.', 'zh-cn': '通用配件随处可买，少量补偿即可。' } },
          { action: { type: 'reship-part' }, verdict: 'wrong', why: { en: 'Shipping a standard accessory costs more than it is worth.', 'zh-cn': '补寄通用配件的运费比配件本身还贵。' } },
          { action: { type: 'reship' }, verdict: 'wrong', why: { en: 'A whole new unit for a standard accessory is far too costly.', 'zh-cn': '为一个通用配件补发整件商品，成本太高。' } },
        ],
      },
      {
        key: 'specific-in-stock',
        when: and(messageAbout('missing-part'), { fact: 'missingPart', is: 'product-specific' }, { fact: 'inStock', is: true }),
        verdicts: [
          { action: { type: 'reship-part' }, verdict: 'recommended', why: { en: 'The buyer cannot get this part elsewhere.', 'zh-cn': '这个配件买家在别处买不到。' } },
        ],
      },
      {
        key: 'specific-out-of-stock',
        when: and(messageAbout('missing-part'), { fact: 'missingPart', is: 'product-specific' }, { fact: 'inStock', is: false }),
        verdicts: [
          {
            action: { type: 'send-donor-unit' },
            verdict: 'recommended',
            why: { en: 'An unsellable unit gives the buyer the part now.', 'zh-cn': '寄一台无法销售的机器，买家马上就能拆到配件。' },
            fits: { en: 'Fits when you have unsellable units on hand.', 'zh-cn': '适合手头有不良品的情况。' },
          },
          {
            action: { type: 'partial-refund' },
            verdict: 'recommended',
            why: { en: 'Refund part now and send the part when it is back in stock.', 'zh-cn': '先部分退款，到货后再补寄配件。' },
            fits: { en: 'Fits when the part will be back soon.', 'zh-cn': '适合配件很快能到货的情况。' },
          },
        ],
      },
      {
        key: 'main-item',
        when: and(messageAbout('missing-part'), { fact: 'missingPart', is: 'main-item' }),
        verdicts: [{ action: { type: 'full-refund' }, verdict: 'recommended', why: { en: 'Without the main item the buyer has nothing they paid for.', 'zh-cn': '缺了主体商品，买家等于没收到所购之物。' } }],
      },
      {
        key: 'main-item-in-stock',
        when: and(messageAbout('missing-part'), { fact: 'missingPart', is: 'main-item' }, { fact: 'inStock', is: true }),
        verdicts: [{ action: { type: 'reship' }, verdict: 'recommended', why: { en: 'Send the main item the buyer is missing.', 'zh-cn': '补发买家缺少的主体商品。' } }],
      },
    ],
    handbook: { page, anchor: 'missing-parts' },
  },
  {
    id: 'PROD-5',
    area: 'product',
    platform: 'amazon',
    sources: ['000', '003'],
    title: { en: 'Wrong item sent', 'zh-cn': '发错货' },
    text: {
      en: 'Get photos and confirm the mistake, then offer compensation first and suggest the buyer keeps what arrived — a partial refund (for example {keepRefund}) or a gift. If the buyer refuses, refund in full or send the right item.',
      'zh-cn': '请买家拍照并核实确实发错，然后先提出补偿，建议买家留下收到的商品——部分退款（例如 {keepRefund}）或送一份小礼物。买家不接受时，再全额退款或补发正确的商品。',
    },
    figures: {
      keepRefund: moneyLimit(moneyTables.keepRefund, { en: 'example partial refund for keeping a wrong item', 'zh-cn': '留下错发商品的部分退款示例' }),
    },
    branches: [
      {
        key: 'wrong-item',
        when: problemAbout('wrong-item'),
        verdicts: [
          { action: { type: 'ask-photos' }, verdict: 'recommended', why: { en: 'Confirm the mistake before you pay for it.', 'zh-cn': '先核实确实发错，再谈补偿。' } },
          { action: { type: 'partial-refund' }, verdict: 'recommended', why: { en: 'Keeping the item is cheaper for everyone than a return.', 'zh-cn': '让买家留下商品，比退货对双方都划算。' } },
          { action: { type: 'offer-gift' }, verdict: 'acceptable', why: { en: 'A small gift can make up for the mix-up.', 'zh-cn': '一份小礼物也能弥补失误。' } },
          { action: { type: 'full-refund' }, verdict: 'acceptable', why: { en: 'If the buyer declines compensation, refund in full.', 'zh-cn': '买家不接受补偿时，全额退款。' } },
        ],
      },
      {
        key: 'wrong-item-in-stock',
        when: and(problemAbout('wrong-item'), { fact: 'inStock', is: true }),
        verdicts: [{ action: { type: 'reship' }, verdict: 'acceptable', why: { en: 'If the buyer declines compensation, send the right item.', 'zh-cn': '买家不接受补偿时，补发正确的商品。' } }],
      },
    ],
    handbook: { page, anchor: 'wrong-item' },
  },
  {
    id: 'PROD-6',
    area: 'product',
    platform: 'amazon',
    sources: ['000', '003'],
    title: { en: 'Buyer no longer wants it', 'zh-cn': '买家不想要了' },
    text: {
      en: 'Ask why. Explain that sending it back is expensive and that a returned item can no longer be sold, and offer a discount or a partial refund if the buyer keeps it or passes it on.',
      'zh-cn': '先问原因。说明退货运费高、退回的商品无法再售，提出给予折扣或部分退款，请买家留下自用或转送他人。',
    },
    branches: [
      {
        key: 'unwanted',
        when: problemAbout('unwanted'),
        verdicts: [
          { action: { type: 'ask-reason' }, verdict: 'recommended', why: { en: 'The reason often shows a cheaper way out than a return.', 'zh-cn': '了解原因，往往能找到比退货更省的办法。' } },
          { action: { type: 'partial-refund' }, verdict: 'recommended', why: { en: 'A discount to keep it costs less than a return that cannot be resold.', 'zh-cn': '给折扣让买家留下，比退回无法再售的商品更省。' } },
        ],
      },
    ],
    handbook: { page, anchor: 'no-longer-wanted' },
  },
  {
    id: 'PROD-7',
    area: 'product',
    platform: 'amazon',
    sources: ['003'],
    title: { en: 'Buyer cannot operate it', 'zh-cn': '买家不会使用' },
    text: {
      en: 'Send the manual, or walk the buyer through the product page step by step.',
      'zh-cn': '发送说明书，或对照商品页面一步步教买家使用。',
    },
    branches: [
      {
        key: 'how-to',
        when: messageAbout('cannot-operate'),
        verdicts: [{ action: { type: 'send-manual' }, verdict: 'recommended', why: { en: 'The product works; the buyer needs instructions.', 'zh-cn': '商品没有问题，买家需要的是使用说明。' } }],
      },
    ],
    handbook: { page, anchor: 'cannot-operate' },
  },
  {
    id: 'PROD-8',
    area: 'product',
    platform: 'amazon',
    sources: ['003'],
    title: { en: 'Warranty', 'zh-cn': '保修' },
    text: {
      en: 'A small, cheap product gets a new unit. A large, heavy or expensive one gets a partial refund, or the buyer is pointed to a trusted local repair shop.',
      'zh-cn': '小件、便宜的商品直接换新；大件、重或贵的商品给予部分退款，或推荐当地可靠的维修店。',
    },
    branches: [
      {
        key: 'small',
        when: and(messageAbout('warranty'), { fact: 'bulky', is: false }, { fact: 'highValue', is: false }, { fact: 'inStock', is: true }),
        verdicts: [{ action: { type: 'reship' }, verdict: 'recommended', why: { en: 'A new small unit is cheaper than any repair.', 'zh-cn': '换一件新的小商品比任何维修都便宜。' } }],
      },
      {
        key: 'large',
        when: and(messageAbout('warranty'), { any: [{ fact: 'bulky', is: true }, { fact: 'highValue', is: true }] }),
        verdicts: [
          { action: { type: 'partial-refund' }, verdict: 'recommended', why: { en: 'Sending a large or costly unit again costs too much.', 'zh-cn': '大件或贵重商品再寄一次成本太高。' } },
          { action: { type: 'suggest-local-repair' }, verdict: 'recommended', why: { en: 'A trusted local shop fixes it without shipping.', 'zh-cn': '当地可靠的维修店无需运输即可修好。' } },
          { action: { type: 'reship' }, verdict: 'wrong', why: { en: 'Too costly to send a large or expensive unit again.', 'zh-cn': '大件或贵重商品再寄一次代价太大。' } },
        ],
      },
    ],
    handbook: { page, anchor: 'warranty' },
  },
  {
    id: 'PROD-9',
    area: 'product',
    platform: 'amazon',
    sources: ['003'],
    title: { en: 'Returned goods', 'zh-cn': '退回商品的处理' },
    text: {
      en: 'A returned item in good shape: have Amazon relabel it and sell it again. A damaged one: have Amazon dispose of it, or bring it back through an overseas warehouse.',
      'zh-cn': '退回的商品完好：让亚马逊重新贴标后继续销售。已损坏：让亚马逊销毁，或通过海外仓取回。',
    },
    branches: [
      {
        key: 'good',
        when: and(kindIs('amazon-return'), { fact: 'returnArrived', is: true }, { fact: 'returnedCondition', is: 'good' }),
        verdicts: [
          { action: { type: 'relabel-and-resell' }, verdict: 'recommended', why: { en: 'An undamaged return can still earn its price.', 'zh-cn': '完好的退货还能卖出去。' } },
          { action: { type: 'dispose-or-bring-back' }, verdict: 'wrong', why: { en: 'Throwing away a sellable item wastes stock.', 'zh-cn': '销毁可售商品是浪费库存。' } },
        ],
      },
      {
        key: 'damaged',
        when: and(kindIs('amazon-return'), { fact: 'returnArrived', is: true }, { fact: 'returnedCondition', is: 'damaged' }),
        verdicts: [
          { action: { type: 'dispose-or-bring-back' }, verdict: 'recommended', why: { en: 'A damaged item cannot be sold as new.', 'zh-cn': '损坏的商品不能当新品出售。' } },
          { action: { type: 'relabel-and-resell' }, verdict: 'wrong', why: { en: 'Selling a damaged item as new brings the next complaint.', 'zh-cn': '把损坏的商品当新品卖，只会招来下一次投诉。' } },
        ],
      },
    ],
    handbook: { page, anchor: 'returned-goods' },
  },
  {
    id: 'PROD-10',
    area: 'product',
    platform: 'amazon',
    sources: ['001'],
    title: { en: 'Returns that never reached Amazon', 'zh-cn': '未退回亚马逊仓库的退货' },
    text: {
      en: 'If a return has not reached Amazon within {claimAfter}, the seller can claim the money back from Amazon.',
      'zh-cn': '退货在 {claimAfter}内没有到达亚马逊仓库的，卖家可以向亚马逊申请赔偿。',
    },
    figures: {
      claimAfter: { value: 45, unit: 'days', label: { en: 'days after which a missing return can be claimed', 'zh-cn': '退货未到可索赔的天数' } },
    },
    branches: [
      {
        key: 'missing-return',
        when: and(kindIs('amazon-return'), { fact: 'daysSinceReturnAuthorized', above: { figure: 'claimAfter' } }, { not: { fact: 'returnArrived', is: true } }),
        verdicts: [{ action: { type: 'claim-lost-return' }, verdict: 'recommended', why: { en: 'The return is overdue: Amazon owes the seller for it.', 'zh-cn': '退货逾期未到，亚马逊应当赔偿卖家。' } }],
      },
    ],
    handbook: { page, anchor: 'returns-that-never-arrived' },
  },
  {
    id: 'PROD-11',
    area: 'product',
    platform: 'both',
    sources: ['003'],
    title: { en: 'Know your products', 'zh-cn': '熟悉自己的产品' },
    text: {
      en: 'Know your products and how they compare with competitors, know the fixes for their common problems, and review the problems that come in every week or month.',
      'zh-cn': '熟悉自家产品及其与竞品的差异，掌握常见问题的解决办法，并每周或每月复盘收到的问题。',
    },
    handbook: { page, anchor: 'know-your-products' },
  },
];

