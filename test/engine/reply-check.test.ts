import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { checkReply, type Finding, type FindingKind, type ReplyContext } from '../../src/engine/reply-check';
import { replyChecks } from '../../src/engine/policy/reply-checks';
import { sayBoth } from '../../src/i18n/say-both';

const amazon: ReplyContext = { platform: 'amazon' };
const ebay: ReplyContext = { platform: 'ebay' };
const amazonProblem: ReplyContext = { platform: 'amazon', problem: true };
const ebayProblem: ReplyContext = { platform: 'ebay', problem: true };
const atoz: ReplyContext = { platform: 'amazon', caseKind: 'amazon-atoz' };
const feedback: ReplyContext = { platform: 'amazon', caseKind: 'amazon-feedback' };

interface Row {
  draft: string;
  ctx: ReplyContext;
  /** The exact set of error and warning kinds the draft raises. */
  raises: FindingKind[];
  /** Words each flagged span must cover (case-insensitive): one finding's text holds each. */
  hits?: string[];
  /** Kinds that must not appear, suggestions included. */
  not?: FindingKind[];
  /** When given: the exact set of suggestion kinds. */
  suggests?: FindingKind[];
}

const clean: Row[] = [
  {
    draft:
      'Dear Mr. Smith,\nThank you for your message. We are sorry that your order 113-1234567-1234567 has not arrived yet. The tracking number 1Z999AA10123456784 shows it left the U.S. hub on 3 May. We will check with the carrier and update you within 2 business days.',
    ctx: amazon,
    raises: [],
  },
  {
    draft: 'Hi Anna, thanks for your payment via PayPal. Your item No. 3 ships today and should arrive within 3-5 business days. Thank you for shopping with us on eBay!',
    ctx: ebay,
    raises: [],
    not: ['competitor'],
  },
  {
    draft:
      'Hello, we are sorry the charger stopped working. We can offer:\n1. a full refund through PayPal\n2. a replacement sent by Friday\nPlease let us know which one you prefer.',
    ctx: ebayProblem,
    raises: [],
    suggests: [],
  },
  { draft: "Please don't hesitate to contact us if you have any other questions. Have a nice day!", ctx: amazon, raises: [] },
  {
    draft: 'We are so sorry for the trouble. Please do not worry: we will send you a new one at no cost, and it should arrive by Monday.',
    ctx: amazon,
    raises: [],
    not: ['order-tone'],
  },
  {
    // AZ-9 done right: solve first, then a separate, polite request.
    draft:
      'We have refunded your order in full. If you are happy with how this was handled, we would be grateful if you would consider withdrawing the claim. Thank you for your understanding.',
    ctx: atoz,
    raises: [],
    not: ['incentive'],
  },
  {
    draft:
      'The price was $9.99, and the new version 2.1.4 fixes the issue (e.g. the screen flicker). We are sorry for the inconvenience... We will send you a replacement within 48 hours.',
    ctx: amazon,
    raises: [],
    not: ['link'],
  },
  {
    draft: 'We do not have the blue one in stock at the moment, i.e. it will be back in about two weeks. Would you like us to reserve one for you?',
    ctx: amazon,
    raises: [],
    not: ['order-tone', 'link'],
  },
  {
    draft: 'Thank you for your patience while we wait for the carrier to reply. We never charge extra for reshipping, and it does not cost you anything.',
    ctx: amazon,
    raises: [],
  },
  {
    draft:
      'I understand you must be very disappointed, and we are truly sorry. It does not work as described, so we would like to offer you a full refund or a replacement. Which would you prefer?',
    ctx: amazon,
    raises: [],
  },
  {
    draft: 'Could you please send us a photo of the damaged corner? This will help us file a claim with the carrier. We will reply within 24 hours.',
    ctx: amazon,
    raises: [],
  },
  {
    draft: 'Look at the box: the label says "Fragile". We are sorry it arrived damaged. We will ship a replacement tomorrow at no cost.',
    ctx: amazon,
    raises: [],
    not: ['email'],
  },
  {
    draft: 'Our courier will knock at the door between 9 and 12. If nobody is home, they will leave a card at the front desk of your building.',
    ctx: amazon,
    raises: [],
    not: ['email'],
  },
  {
    draft: 'You should receive the parcel by Thursday. If it has not arrived by then, please let us know and we will resend it right away.',
    ctx: amazon,
    raises: [],
  },
  {
    draft:
      'This is not your fault at all. We packed the wrong size by mistake, and we are sorry. A return label is attached, and the correct size will be sent within 2 days.',
    ctx: amazon,
    raises: [],
    not: ['blame'],
  },
  {
    draft: 'If you need to return the item, you can print the prepaid return label from your orders page. The refund is processed within 2 business days after we receive it.',
    ctx: amazon,
    raises: [],
  },
  {
    // Typos and a missing space after a full stop: "order.it" is not a domain.
    draft:
      'Dear customer, we are very sory for the late delivery. we have checked your order.it is on the way now and will arrive in 3 days. we will refund the shipping fee for you.',
    ctx: amazonProblem,
    raises: [],
    not: ['link'],
    suggests: ['missing-apology', 'missing-choices'],
  },
  {
    draft: 'Hi there,\nThanks for reaching out. The parcel was handed to Royal Mail on Monday (it is No. 5 on your list).\nKind regards,\nLi Wei',
    ctx: amazon,
    raises: [],
    suggests: [],
  },
  {
    draft: 'We checked...and the parcel is in transit.Please allow a little more time.Thanks for your patience!',
    ctx: amazon,
    raises: [],
    not: ['link'],
  },
  {
    draft: 'Mr. Brown, the U.S. warehouse confirmed the item was shipped on 12 March. We are sorry for the delay and will update you by Friday.',
    ctx: amazon,
    raises: [],
  },
  {
    draft: 'Would you mind waiting until Wednesday? The new stock arrives then, and we will send your replacement the same day.',
    ctx: amazon,
    raises: [],
  },
  {
    // A question is a request: "could you please wait" is not an order (judgement call).
    draft: 'Could you please wait two more days? The carrier has promised delivery by Friday, and we will follow up with them.',
    ctx: amazon,
    raises: [],
  },
  {
    draft:
      'We are sorry the kettle arrived dented. Here are two options:\n1) a partial refund of 20% and you keep the kettle\n2) a free replacement\nWe will process your choice within 1 business day.',
    ctx: amazonProblem,
    raises: [],
    not: ['incentive'],
    suggests: [],
  },
  {
    draft: 'Once you cancel the order, you will get a full refund automatically. We are sorry it took so long to ship.',
    ctx: amazon,
    raises: [],
    not: ['incentive'],
  },
  {
    draft: 'Since your refund has been processed, we would be grateful if you could consider closing the case. Thank you!',
    ctx: atoz,
    raises: [],
    not: ['incentive'],
  },
  {
    draft: "Hi, we noticed you paid with Pay Pal. Don't worry, the payment went through and your order ships tomorrow.",
    ctx: ebay,
    raises: [],
  },
  {
    draft: 'Thanks for your order. We ship within 1 business day from our warehouse in Shenzhen, i.e. you should get it in 7-10 days.',
    ctx: amazon,
    raises: [],
  },
  {
    draft: 'The gloves are packed in a sealed bag (PPE standard EN 374), and the app shows the order as delivered at 2:15 p.m. on Tuesday.',
    ctx: amazon,
    raises: [],
  },
];

const flagged: Row[] = [
  { draft: 'Hi, you can find the manual at www.example-shop.com/manual. Sorry for the trouble.', ctx: amazon, raises: ['link'], hits: ['www.example-shop.com/manual'] },
  { draft: 'Sorry about that! Our store shop.com has the full size chart.', ctx: amazon, raises: ['link'], hits: ['shop.com'] },
  { draft: 'Our returns address is listed on example.co.uk/returns.', ctx: amazon, raises: ['link'], hits: ['example.co.uk/returns'] },
  { draft: 'Here is the product page: amzn.to/3xYz. We are sorry for the mix-up.', ctx: amazon, raises: ['link'], hits: ['amzn.to/3xYz'] },
  {
    draft: 'Please see https://help.example.com/track?id=1Z999AA10123456784 for the tracking details.',
    ctx: amazon,
    raises: ['link'],
    hits: ['https://help.example.com/track?id=1Z999AA10123456784'],
  },
  {
    draft: 'You can also write to service@shop-example.com and we will reply within 24 hours.',
    ctx: amazon,
    raises: ['email'],
    hits: ['service@shop-example.com'],
    not: ['link'],
  },
  { draft: 'Could you email us at help (at) myshop (dot) com with the photos?', ctx: amazon, raises: ['email'], hits: ['help (at) myshop (dot) com'] },
  { draft: 'Kindly send the photos to support[at]shopname[dot]com if that is easier.', ctx: amazon, raises: ['email'], hits: ['support[at]shopname[dot]com'] },
  { draft: 'Feel free to contact lily at gmail dot com if you need us.', ctx: ebay, raises: ['email'], hits: ['lily at gmail dot com'] },
  { draft: 'Our e-mail is help @ shop . com, we reply fast.', ctx: amazon, raises: ['email'], hits: ['help @ shop . com'] },
  { draft: 'We can refund you via PayPal right away.', ctx: amazon, raises: ['competitor'], hits: ['PayPal'] },
  { draft: 'If it is easier, we can send the money by PP.', ctx: amazon, raises: ['competitor'], hits: ['PP'] },
  { draft: 'We also sell this lamp on eBay and accept Pay Pal.', ctx: amazon, raises: ['competitor'], hits: ['eBay', 'Pay Pal'] },
  { draft: 'Please wait for the parcel. It will arrive soon.', ctx: amazon, raises: ['order-tone'], hits: ['wait'] },
  { draft: 'Please do not open the box before the courier collects it.', ctx: amazon, raises: ['order-tone'], hits: ['do not'] },
  { draft: 'Do not throw away the packaging. We will send a return label.', ctx: amazon, raises: ['order-tone'], hits: ['Do not'] },
  { draft: 'You must send us photos first. Then we can decide.', ctx: amazon, raises: ['order-tone'], hits: ['must'] },
  { draft: 'We need you to confirm your address.\nYou have to reply today.', ctx: amazon, raises: ['order-tone'], hits: ['need you to', 'have to'] },
  { draft: 'Never use water on the screen.', ctx: amazon, raises: ['order-tone'], hits: ['Never'] },
  { draft: 'Wait until Monday, then we will check again.', ctx: amazon, raises: ['order-tone'], hits: ['Wait until'] },
  { draft: 'pls dont open the package untill the courrier come.', ctx: amazon, raises: ['order-tone'], hits: ['dont'] },
  { draft: 'We will give you a full refund once you close the A-to-z claim.', ctx: atoz, raises: ['incentive'], hits: ['refund', 'claim'] },
  { draft: 'If you remove the negative feedback, we will send you a $10 gift card.', ctx: feedback, raises: ['incentive'], hits: ['feedback', 'gift'] },
  { draft: 'Sorry for the trouble. I refund you and you close the claim.', ctx: atoz, raises: ['incentive'], hits: ['I refund you and you close the claim.'] },
  {
    draft: 'We can offer a 20% discount on your next order as long as you change your 1-star review.',
    ctx: feedback,
    raises: ['incentive', 'feedback-change'],
    hits: ['discount', 'change your 1-star review'],
  },
  {
    // FB-2 and FB-4: feedback can be removed, never edited; "updating your review" asks for a
    // changed rating. The free replacement went out first, so it is no incentive.
    draft:
      'Thank you for your feedback. We are sorry the phone case was scratched. We have sent you a free replacement case today. If you are satisfied with it, we would be grateful if you would consider updating your review.',
    ctx: feedback,
    raises: ['feedback-change'],
    hits: ['updating your review'],
    not: ['incentive'],
  },
  { draft: 'Sorry for the wait! Please leave us a five-star review once it arrives.', ctx: amazon, raises: ['feedback-request'], hits: ['leave us a five-star review'] },
  { draft: 'If anything is unclear, call us on +1 415 555 0134.', ctx: amazon, raises: ['phone'], hits: ['call us', '+1 415 555 0134'] },
  { draft: 'For a faster answer, add us on WhatsApp.', ctx: ebay, raises: ['off-platform'], hits: ['WhatsApp'] },
  { draft: 'The size chart was clear, so this is your mistake. You ordered the wrong size.', ctx: amazon, raises: ['blame'], hits: ['your mistake', 'ordered the wrong'] },
  { draft: 'You did not read the manual. The heater stopped because you misused it.', ctx: amazon, raises: ['blame'], hits: ['did not read', 'misused'] },
  { draft: 'It is your own fault that the parcel was returned; you failed to pick it up.', ctx: amazon, raises: ['blame'], hits: ['your own', 'failed to'] },
  { draft: 'You should have checked the voltage.\nPlease wait for our reply.', ctx: amazon, raises: ['blame', 'order-tone'], hits: ['should have', 'wait'] },
  {
    draft: 'Sorry! Please do not contact PayPal, we will refund you here. You can also see shop.com.',
    ctx: amazon,
    raises: ['order-tone', 'competitor', 'link'],
    hits: ['do not', 'PayPal', 'shop.com'],
  },
  { draft: 'Hi, thanks for buying on eBay. You can see more photos at www.shop.com.', ctx: ebay, raises: ['link'], hits: ['www.shop.com'], not: ['competitor'] },
  {
    draft:
      'Dear buyer,\nWe are sorry the bag arrived torn (order 113-1234567-1234567). We can offer:\n1. a partial refund of $5.00\n2. a new one\nWe will send you a coupon as soon as the case is closed.',
    ctx: atoz,
    raises: ['incentive'],
    hits: ['coupon', 'case is closed'],
  },
];

const rows = [...clean, ...flagged];
const suggestionKinds: FindingKind[] = ['missing-apology', 'missing-solution', 'missing-choices', 'missing-timeframe'];
const ruleIds = new Set(['MSG-4', 'MSG-5', 'MSG-6', 'MSG-7', 'MSG-8', 'MSG-9', 'MSG-10', 'AZ-9', 'FB-4']);
const uniq = <T>(xs: T[]) => [...new Set(xs)].sort();

describe('reply checker: the table', () => {
  it('has enough rows', () => {
    expect(clean.length).toBeGreaterThanOrEqual(24);
    expect(rows.length).toBeGreaterThanOrEqual(44);
    expect(flagged.every((r) => r.raises.length > 0)).toBe(true);
  });

  it.each(rows.map((r) => [r.draft.slice(0, 60), r] as const))('%s', (_, row) => {
    const findings = checkReply(row.draft, row.ctx);
    const hard = findings.filter((f) => f.severity !== 'suggestion');
    expect(uniq(hard.map((f) => f.kind))).toEqual(uniq(row.raises));
    for (const kind of row.not ?? []) expect(findings.map((f) => f.kind)).not.toContain(kind);
    if (row.suggests) expect(uniq(findings.filter((f) => f.severity === 'suggestion').map((f) => f.kind))).toEqual(uniq(row.suggests));
    for (const f of hard) {
      expect(row.draft.slice(f.start, f.end)).toBe(f.text);
      expect(f.text.length).toBeGreaterThan(0);
    }
    for (const hit of row.hits ?? []) {
      expect(
        hard.some((f) => f.text.toLowerCase().includes(hit.toLowerCase())),
        `no finding covers "${hit}"`,
      ).toBe(true);
    }
  });
});

describe('reply checker: details', () => {
  it('finds every disguise of an e-mail address and every kind of link', () => {
    const drafts = ['help (at) shop (dot) com', 'help[at]shop[dot]com', 'help at shop dot com', 'help @ shop . com', 'help@shop.com', 'john.smith@mail.example.co.uk'];
    for (const d of drafts)
      expect(
        checkReply(`Write to ${d} please.`, amazon).map((f) => f.kind),
        d,
      ).toEqual(['email']);
    const links = ['http://shop.com', 'https://www.shop.com/a?b=1', 'www.shop.com', 'shop.com', 'example.co.uk', 'amzn.to/x', 'MYSHOP.COM'];
    for (const d of links) {
      const [f, ...rest] = checkReply(`See ${d} for details.`, amazon);
      expect(rest, d).toEqual([]);
      expect(f?.kind, d).toBe('link');
      expect(f?.text, d).toBe(d);
    }
  });

  it('does not take abbreviations, numbers or run-on sentences for links', () => {
    const draft = 'See e.g. item No. 5, i.e. the one Mr. Smith ordered in the U.S. for 9.99 (v1.2.3)... It works.It is fine.in the box.at home';
    expect(checkReply(draft, amazon)).toEqual([]);
  });

  it('flags competitors only in Amazon messages, and "PP" only in capitals', () => {
    const draft = 'You paid by PayPal; PP and eBay are fine here, or e-bay.';
    expect(checkReply(draft, ebay)).toEqual([]);
    expect(checkReply(draft, amazon).map((f) => f.text)).toEqual(['PayPal', 'PP', 'eBay', 'e-bay']);
    expect(checkReply('The pp. 3-5 of the manual, the app and the PPE kit.', amazon)).toEqual([]);
  });

  it('tells imperatives from statements', () => {
    for (const d of [
      'We do not have stock.',
      'It does not work.',
      'We never charge extra.',
      'Do not hesitate to ask.',
      'Please do not worry.',
      "Don't worry, it's on the way.",
    ]) {
      expect(checkReply(d, amazon), d).toEqual([]);
    }
    const f = checkReply('Please do not open the box.', amazon);
    expect(f.map((x) => [x.kind, x.ruleId, x.severity, x.text])).toEqual([['order-tone', 'MSG-6', 'warning', 'Please do not']]);
  });

  it('flags a benefit tied to a withdrawal, and not a later polite request', () => {
    const good = 'We have refunded your order. If you are happy with how this was handled, we would be grateful if you would consider withdrawing the claim.';
    const hard = (text: string) => checkReply(text, atoz).filter((f) => f.severity !== 'suggestion');
    expect(hard(good)).toEqual([]);
    const bad = 'Thank you. We will refund you in full if you withdraw the claim.';
    const f = hard(bad);
    expect(f.map((x) => [x.kind, x.ruleId, x.severity])).toEqual([['incentive', 'AZ-9', 'error']]);
    expect(f[0]!.text).toBe('We will refund you in full if you withdraw the claim.');
    expect(f[0]!.start).toBe(bad.indexOf('We will'));
  });

  it('suggests the parts of an apology letter only when the buyer reports a problem', () => {
    const draft = 'We will send you a replacement within 2 business days.';
    const kinds = (ctx: ReplyContext) => checkReply(draft, ctx).map((f) => f.kind);
    expect(kinds({ platform: 'amazon', caseKind: 'amazon-return' })).toEqual(['missing-apology', 'missing-choices']);
    expect(kinds({ platform: 'amazon', caseKind: 'amazon-message' })).toEqual([]);
    expect(kinds({ platform: 'ebay', caseKind: 'ebay-message' })).toEqual([]);
    expect(kinds({ platform: 'ebay', caseKind: 'ebay-snad' })).toEqual(['missing-apology', 'missing-choices']);
    expect(kinds({ platform: 'amazon' })).toEqual([]);
    expect(kinds({ platform: 'amazon', caseKind: 'amazon-return', problem: false })).toEqual([]);
    const all = checkReply('Thank you for your message.', { platform: 'amazon', caseKind: 'amazon-message', problem: true });
    expect(all.map((f) => f.kind)).toEqual(suggestionKinds);
    for (const f of all) expect([f.severity, f.start, f.end, f.text]).toEqual(['suggestion', 0, 0, '']);
    const full =
      'We are very sorry that the lamp arrived broken. We can offer:\n1. a full refund\n2. a free replacement\nPlease let us know which you prefer, and we will handle it within 24 hours.';
    expect(checkReply(full, amazonProblem)).toEqual([]);
  });

  it('sorts findings by start, then severity', () => {
    const draft = 'You must pay by PayPal at www.shop.com. Your fault.';
    const f = checkReply(draft, amazonProblem);
    const rank = { error: 0, warning: 1, suggestion: 2 };
    for (let i = 1; i < f.length; i++) {
      const [a, b] = [f[i - 1]!, f[i]!];
      expect(a.start < b.start || (a.start === b.start && rank[a.severity] <= rank[b.severity])).toBe(true);
    }
    expect(f.filter((x) => x.severity !== 'suggestion').map((x) => x.kind)).toEqual(['order-tone', 'competitor', 'link', 'blame']);
  });

  it('gives the same answer twice (no state left in global regexes)', () => {
    const draft = 'Write to help@shop.com or see shop.com. Please wait.';
    expect(checkReply(draft, amazon)).toEqual(checkReply(draft, amazon));
  });
});

describe('reply checker: rule IDs and texts', () => {
  const isZh = (s: string) => /[\u4e00-\u9fff]/.test(s);
  it('cites only MSG-4..MSG-10, AZ-9 and FB-4, in both languages', () => {
    const findings: Finding[] = rows.flatMap((r) => checkReply(r.draft, { ...r.ctx, problem: true }));
    expect(uniq(findings.map((f) => f.kind))).toEqual(
      uniq(['link', 'email', 'phone', 'off-platform', 'competitor', 'order-tone', 'incentive', 'blame', 'feedback-request', 'feedback-change', ...suggestionKinds]),
    );
    for (const f of [...findings, ...replyChecks]) {
      expect(ruleIds.has(f.ruleId), f.ruleId).toBe(true);
      for (const t of [sayBoth(f.explanation), sayBoth(f.fix)]) {
        expect(t.en.trim().length).toBeGreaterThan(0);
        expect(t['zh-cn'].trim().length).toBeGreaterThan(0);
        expect(isZh(t['zh-cn'])).toBe(true);
      }
    }
  });
});

describe('reply checker: fuzz', () => {
  const inBounds = (text: string, findings: Finding[]) =>
    findings.every((f) => 0 <= f.start && f.start <= f.end && f.end <= text.length && text.slice(f.start, f.end) === f.text);
  const ctxArb = fc.record({
    platform: fc.constantFrom('amazon' as const, 'ebay' as const),
    problem: fc.boolean(),
  });

  it('never throws and keeps spans in bounds on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), ctxArb, (s, ctx) => inBounds(s, checkReply(s, ctx))),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('never throws and keeps spans in bounds on drafts built from tricky pieces', () => {
    const pieces = [
      '.',
      '. ',
      '..',
      ' at ',
      '(at)',
      '[dot]',
      ' dot ',
      'com',
      'shop',
      '@',
      'www',
      'http://',
      '/',
      'please ',
      "don't ",
      'wait ',
      'you ',
      'must ',
      'refund ',
      'close the claim',
      'if ',
      '\n',
      '1. ',
      '2) ',
      'PP',
      'eBay',
      'No. 5',
      '9.99',
      'e.g.',
      '不',
      '😀',
      '+',
      '415',
      ' 555 ',
      '0134',
      'whatsapp',
      'call us',
      '5 stars',
      'review',
      'Sie',
      'vous',
      'é',
      "l'",
      'Bewertung',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), ctxArb, (parts, ctx) => {
        const s = parts.join('');
        return inBounds(s, checkReply(s, ctx));
      }),
      { numRuns: 2000 },
    );
  }, 60_000);
});
