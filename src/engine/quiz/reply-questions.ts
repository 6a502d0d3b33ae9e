import { message } from '../message';
import { fillNamed } from '../placeholders';
import { checkReply, type FindingKind } from '../reply-check';
import { pickOne, shuffled, type Random } from '../simulator/random';
import type { L10n } from '../text';
import { itemIdOf, ruleFields, type FixReplyItem } from './item';
import type { QuizSettings } from './settings';
import type { Policy } from '../policy/policy';

/**
 * Fix-the-reply questions: a clean apology letter built from the sentences below, with one or
 * two faults put in from the fault table. The marked answer is whatever `checkReply` finds in
 * the draft, so the reply checker decides, never the table.
 */

/** Every finding kind in words: the options of a fix-the-reply question. */
export const findingKindLabels: Record<FindingKind, L10n> = {
  link: { en: 'It contains a link', 'zh-cn': '包含链接' },
  email: { en: 'It contains an e-mail address', 'zh-cn': '包含电子邮箱地址' },
  competitor: { en: 'It names a competitor (PayPal, eBay)', 'zh-cn': '提到了竞争对手（PayPal、eBay）' },
  'order-tone': { en: 'It orders the buyer instead of asking', 'zh-cn': '命令买家，而不是请求' },
  incentive: { en: 'It offers a benefit for withdrawing a claim or for feedback', 'zh-cn': '以好处换取撤销索赔或评价' },
  blame: { en: 'It blames the buyer', 'zh-cn': '指责买家' },
  'feedback-request': { en: 'It asks for positive feedback or a top rating', 'zh-cn': '索要好评或高星' },
  'feedback-change': { en: 'It asks the buyer to change or raise a rating', 'zh-cn': '要求买家修改评价或提高星级' },
  phone: { en: 'It gives a phone number or asks the buyer to call', 'zh-cn': '留电话号码或请买家来电' },
  'off-platform': { en: 'It moves the buyer off the platform (messaging app, social media)', 'zh-cn': '把买家引到站外（聊天软件、社交媒体）' },
  'missing-apology': { en: 'It does not apologise', 'zh-cn': '没有道歉' },
  'missing-solution': { en: 'It offers no concrete solution', 'zh-cn': '没有给出具体解决方案' },
  'missing-choices': { en: 'It offers no numbered choices', 'zh-cn': '没有列出编号选项' },
  'missing-timeframe': { en: 'It gives no time for the next step', 'zh-cn': '没有说明下一步的时间' },
};
const findingKinds = Object.keys(findingKindLabels) as FindingKind[];

type Slot = 'greeting' | 'thanks' | 'apology' | 'choices' | 'timeframe' | 'closing';

/** What the buyer reports; the prompt says it, the apology names it. */
const problems = [
  {
    en: 'arrived damaged',
    'zh-cn': '收到的商品有破损',
    apology: ['We are very sorry that the {item} arrived damaged.', 'We sincerely apologise that your {item} did not arrive in perfect condition.'],
  },
  {
    en: 'does not work',
    'zh-cn': '收到的商品无法使用',
    apology: ['We are very sorry that your {item} is not working as it should.', 'We apologise for the trouble with your {item}.'],
  },
];
const items = ['desk lamp', 'kettle', 'water bottle', 'USB-C hub', 'coffee set'];
const names = ['Megan', 'Carlos', 'Priya', 'Tom', 'Aisha', 'Lukas'];

/** Clean sentences for each part of an apology letter (MSG-9, MSG-7, MSG-8): together they raise no finding. */
const cleanSentences: Record<Exclude<Slot, 'apology'>, readonly string[]> = {
  greeting: ['Hello {name},', 'Dear {name},', 'Hi {name},'],
  thanks: ['Thank you for your message about your order.', 'Thank you for letting us know, and for your patience.'],
  choices: [
    'We would like to make this right. Which would you prefer?\n1. A full refund\n2. A free replacement',
    'To make up for it, we can offer you one of these:\n1. A replacement sent at no cost\n2. A full refund to your original payment method',
  ],
  timeframe: ['Once we hear from you, we will take care of it by tomorrow.', 'As soon as you tell us your choice, we will arrange it before the end of this week.'],
  closing: ['Kind regards,\nAnna\nCustomer Service', 'Best wishes,\nLeo\nCustomer Care Team'],
};
const slotOrder: readonly Slot[] = ['greeting', 'thanks', 'apology', 'choices', 'timeframe', 'closing'];

/**
 * Faults that agents put in real drafts. `expect` is what the fault is meant to show; the
 * answer still comes from `checkReply`, and a test keeps the table honest.
 */
export interface Fault {
  id: string;
  expect: FindingKind;
  /** add: a sentence before the closing; drop: the slot goes; replace: the slot says this instead. */
  change: { add: readonly string[] } | { drop: Slot } | { replace: Slot; with: readonly string[] };
  platforms?: readonly ('amazon' | 'ebay')[];
}

export const faults: readonly Fault[] = [
  {
    id: 'link',
    expect: 'link',
    change: { add: ['You can see how to pack it for a return at www.homegoods-help.com/packing.', 'Photos of the right model are on our site: homegoods-shop.com/gallery'] },
  },
  {
    id: 'email',
    expect: 'email',
    change: { add: ['You can also e-mail us directly at service@homegoods-shop.com.', 'For a quicker answer, write to care (at) homegoods dot com.'] },
  },
  {
    id: 'competitor',
    expect: 'competitor',
    platforms: ['amazon'],
    change: { add: ['If it is easier, we can send the money through PayPal.', 'We also sell this item on eBay, where it is often cheaper.'] },
  },
  { id: 'order-tone', expect: 'order-tone', change: { add: ['Please wait until the replacement arrives before you write again.', 'You must send us a photo of it first.'] } },
  {
    id: 'incentive',
    expect: 'incentive',
    change: { add: ['We will refund you in full once you remove your negative feedback.', 'If you close the claim, we will give you a discount on your next order.'] },
  },
  {
    id: 'blame',
    expect: 'blame',
    change: { add: ['This is probably your own fault, as the box was left outside in the rain.', 'You should have checked the parcel before signing for it.'] },
  },
  { id: 'phone', expect: 'phone', change: { add: ['If it is quicker, call us on +1 415 555 0134.', 'You are also welcome to give us a call on our hotline.'] } },
  { id: 'off-platform', expect: 'off-platform', change: { add: ['For a faster answer, add us on WhatsApp.', 'We can also chat on WeChat if that suits you better.'] } },
  {
    id: 'feedback-request',
    expect: 'feedback-request',
    platforms: ['amazon'],
    change: { add: ['If you are happy with the outcome, please leave us a five-star review.', 'A positive review would mean a lot to our small team.'] },
  },
  {
    id: 'feedback-change',
    expect: 'feedback-change',
    platforms: ['amazon'],
    change: { add: ['Once it has arrived, could you update your review to five stars?', 'We would be grateful if you could change your rating now.'] },
  },
  { id: 'no-apology', expect: 'missing-apology', change: { drop: 'apology' } },
  { id: 'no-timeframe', expect: 'missing-timeframe', change: { drop: 'timeframe' } },
  {
    id: 'no-choices',
    expect: 'missing-choices',
    change: { replace: 'choices', with: ['We will send you a replacement at no cost.', 'We will refund the full price to you.'] },
  },
  {
    id: 'no-solution',
    expect: 'missing-solution',
    change: { replace: 'choices', with: ['We will look into what happened with the carrier.', 'We have passed your message on to our team.'] },
  },
];

/** The part of the draft a fault touches; two faults of one draft never touch the same part. */
const touches = (fault: Fault): string => ('add' in fault.change ? `add:${fault.id}` : 'drop' in fault.change ? fault.change.drop : fault.change.replace);

export interface DraftParts {
  slots: Partial<Record<Slot, string>>;
  added: string[];
}

/** A clean draft's parts, drawn with `rng`. */
export function cleanDraft(rng: Random, problem: (typeof problems)[number]): DraftParts {
  // A name, then an item, drawn for every sentence as before, so a seed keeps its quiz.
  const fill = (text: string) => fillNamed(text, { name: pickOne(rng, names), item: pickOne(rng, items) }, 'draft sentence');
  const slots: DraftParts['slots'] = {};
  for (const slot of slotOrder) slots[slot] = fill(pickOne(rng, slot === 'apology' ? problem.apology : cleanSentences[slot]));
  return { slots, added: [] };
}

export function withFault(rng: Random, draft: DraftParts, fault: Fault): DraftParts {
  const slots = { ...draft.slots };
  const change = fault.change;
  if ('add' in change) return { slots, added: [...draft.added, pickOne(rng, change.add)] };
  if ('drop' in change) delete slots[change.drop];
  else slots[change.replace] = pickOne(rng, change.with);
  return { slots, added: draft.added };
}

/** The draft as text: greeting, body paragraphs, the added sentences before the closing. */
export function draftText(parts: DraftParts): string {
  const { greeting, closing, ...body } = parts.slots;
  const paragraphs = slotOrder.filter((s) => s !== 'greeting' && s !== 'closing').flatMap((s) => (body[s as keyof typeof body] ? [body[s as keyof typeof body]!] : []));
  return [greeting, ...paragraphs, ...parts.added, closing].filter(Boolean).join('\n\n');
}

/** How many faults a draft gets at a difficulty: one, one or two, two. */
const faultCount = (rng: Random, difficulty: QuizSettings['difficulty']): number => (difficulty === 1 ? 1 : difficulty === 2 ? 1 + Math.floor(rng() * 2) : 2);

/** One fix-the-reply question, or null when the draft drawn holds nothing to find. */
export function replyQuestion(policy: Policy, rng: Random, settings: QuizSettings): FixReplyItem | null {
  const platform = settings.platform === 'both' ? pickOne(rng, ['amazon', 'ebay'] as const) : settings.platform;
  const problem = pickOne(rng, problems);
  const usable = faults.filter((f) => !f.platforms || f.platforms.includes(platform));
  const count = faultCount(rng, settings.difficulty);
  const chosen: Fault[] = [];
  for (const fault of shuffled(rng, usable)) {
    if (chosen.length === count) break;
    if (!chosen.some((c) => touches(c) === touches(fault))) chosen.push(fault);
  }
  const draft = draftText(chosen.reduce((parts, fault) => withFault(rng, parts, fault), cleanDraft(rng, problem)));
  const context = { platform, problem: true } as const;
  const findings = checkReply(draft, context);
  const found = findingKinds.filter((kind) => findings.some((f) => f.kind === kind));
  if (found.length === 0) return null;

  const offered = findingKinds.filter((kind) => kind !== 'competitor' || platform === 'amazon');
  const extra = shuffled(
    rng,
    offered.filter((k) => !found.includes(k)),
  ).slice(0, Math.max(2, 3 + settings.difficulty - found.length));
  const shown = offered.filter((k) => found.includes(k) || extra.includes(k));
  const mainRule = findings[0]!.ruleId;
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))];
  const platformName = platform === 'amazon' ? { en: 'Amazon', 'zh-cn': '亚马逊' } : { en: 'eBay', 'zh-cn': 'eBay' };
  return {
    id: itemIdOf('fix-reply', settings.seed, draft),
    kind: 'fix-reply',
    ...ruleFields(policy, mainRule),
    platform,
    rules: ruleIds,
    prompt: {
      en: `A buyer on ${platformName.en} writes that the item ${problem.en}. What is wrong with this draft reply? Select all that apply.`,
      'zh-cn': `一位${platformName['zh-cn']}买家反映${problem['zh-cn']}。这份回复草稿有哪些问题？（多选）`,
    },
    options: shown.map((kind) => ({ id: kind, text: findingKindLabels[kind] })),
    answer: found,
    multiple: true,
    // Each kind's explanation, one on each line.
    explanation: message('list.lines', { items: found.map((kind) => findings.find((f) => f.kind === kind)!.explanation) }),
    draft,
    context,
  };
}
