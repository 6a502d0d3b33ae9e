import type { Action } from '../actions';
import type { CaseFacts } from '../case';
import type { Finding } from '../reply-check';
import type { L10n } from '../text';
import { pickOne, type Random } from './random';
import type { Scenario } from './scenario';
import { isBuyerQuestion, type BuyerQuestion, type Quality, type Reaction, type Temperament } from './vocabulary';

/**
 * The simulated buyer: how they answer a round, given how well it went (from the rules),
 * their temperament, and the seed. Buyer behaviour, not policy: the shares below are the
 * simulator's own, chosen so that temper shows without making a good answer fail.
 */

/** Chance that a buyer of this temperament accepts after a round of this quality. */
const acceptChance: Record<Temperament, Record<Quality, number>> = {
  calm: { good: 1, fair: 0.6, poor: 0 },
  impatient: { good: 1, fair: 0.4, poor: 0 },
  angry: { good: 0.75, fair: 0.3, poor: 0 },
  vague: { good: 1, fair: 0.2, poor: 0 },
};
/** Chance that a buyer who does not accept a poor round escalates to the platform, then leaves feedback. */
const escalateChance: Record<Temperament, { claim: number; feedback: number }> = {
  calm: { claim: 0, feedback: 0 },
  impatient: { claim: 0.5, feedback: 0 },
  angry: { claim: 0.4, feedback: 0.3 },
  vague: { claim: 0, feedback: 0 },
};

export interface BuyerTurn {
  reaction: Reaction;
  /** What the buyer writes back; empty when they go quiet. */
  says: string;
  /** The same words in both languages, where the simulator wrote the line in both. */
  line?: L10n;
}

export interface BuyerContext {
  scenario: Scenario;
  facts: CaseFacts;
  action: Action;
  quality: Quality;
  /** What the reply checker found in the reply the buyer is answering. */
  findings: readonly Finding[];
  round: number;
  finalRound: boolean;
  /** The same question was asked before. */
  askedBefore: boolean;
  /** This round closes something for the first time (a vague buyer checks once more). */
  firstClosing: boolean;
  random: Random;
}

export function buyerTurn(ctx: BuyerContext): BuyerTurn {
  const { scenario, facts, action, quality, random } = ctx;
  const temperament = scenario.buyer.temperament;
  const say = (reaction: Reaction, authored?: string): BuyerTurn => ({
    reaction,
    says: reaction === 'goes-quiet' ? '' : (authored ?? lineFor(reaction, temperament, facts, random)),
  });
  if (!facts.buyerReachable) return say('goes-quiet');

  if (isBuyerQuestion(action.type)) {
    if (ctx.askedBefore) return say('asks-more', pickOne(random, askedAgain));
    const hidden = scenario.hidden.find((h) => h.by === action.type);
    if (hidden || quality !== 'poor') return say('answers', hidden?.buyerSays ?? pickOne(random, answers[action.type as BuyerQuestion]));
  }

  // A reply that blames, orders, leads off the platform or trades a benefit is answered as
  // such, however good the offer: never with thanks.
  const affront = affrontOf(ctx.findings);
  if (affront) {
    const claim = Math.max(escalateChance[temperament].claim, affrontEscalation[affront].claim);
    const feedback = Math.max(escalateChance[temperament].feedback, affrontEscalation[affront].feedback);
    const next = random();
    if (next < claim) return say('opens-claim');
    if (next < claim + feedback) return say('leaves-feedback');
    const line = pickOne(random, affrontLines[affront]);
    return { reaction: 'asks-more', says: line.en, line };
  }

  // A good round at the last chance always ends the case well: full marks must stay reachable.
  if (quality === 'good' && ctx.finalRound) return say('accepts');
  const authored = scenario.reactions.find((r) => r.quality === quality && (r.round === undefined || r.round === ctx.round));
  if (authored) return say(authored.reaction, authored.says);
  if (quality === 'good' && temperament === 'vague' && ctx.firstClosing) return say('asks-more');

  const draw = random();
  if (draw < acceptChance[temperament][quality]) return say('accepts');
  if (quality === 'poor') {
    const { claim, feedback } = escalateChance[temperament];
    const next = random();
    if (next < claim) return say('opens-claim');
    if (next < claim + feedback) return say('leaves-feedback');
  }
  return say(quality === 'poor' && temperament === 'vague' ? 'goes-quiet' : 'asks-more');
}

/** How a buyer takes what a reply did, beyond what it offered. */
export type Affront = 'blame' | 'reward' | 'feedback' | 'off-platform' | 'order' | 'breach';

/** Finding kinds a buyer feels, the most hurtful first. */
const affrontByKind: readonly (readonly [kind: string, affront: Affront])[] = [
  ['blame', 'blame'],
  ['incentive', 'reward'],
  ['feedback-request', 'feedback'],
  ['feedback-change', 'feedback'],
  ['email', 'off-platform'],
  ['link', 'off-platform'],
  ['phone', 'off-platform'],
  ['off-platform', 'off-platform'],
  ['competitor', 'off-platform'],
  ['order-tone', 'order'],
];

/** The affront in a reply's findings: a kind a buyer feels, else any error of the checker's. */
export function affrontOf(findings: readonly Finding[]): Affront | undefined {
  const felt = affrontByKind.find(([kind]) => findings.some((f) => f.kind === kind));
  if (felt) return felt[1];
  return findings.some((f) => f.severity === 'error') ? 'breach' : undefined;
}

/**
 * The least chance that an affronted buyer escalates, then leaves feedback, whatever their
 * temperament: blame and a trade for a rating are what buyers write reviews about.
 */
const affrontEscalation: Record<Affront, { claim: number; feedback: number }> = {
  blame: { claim: 0, feedback: 0.3 },
  reward: { claim: 0, feedback: 0.3 },
  feedback: { claim: 0, feedback: 0.2 },
  'off-platform': { claim: 0, feedback: 0 },
  order: { claim: 0, feedback: 0 },
  breach: { claim: 0, feedback: 0 },
};

/** What an affronted buyer writes when they do not escalate: never thanks. */
const affrontLines: Record<Affront, L10n[]> = {
  blame: [
    { en: 'So now it is my fault? I did nothing wrong, and I expected an apology, not a lecture.', 'zh-cn': '现在反倒成了我的错？我什么也没做错，我等的是道歉，不是说教。' },
    { en: 'Do not put this on me. I am the customer here, and this is not how you treat one.', 'zh-cn': '别把责任推到我身上。我是顾客，你们不该这样对待顾客。' },
  ],
  reward: [
    { en: 'A discount for a good review? I am not trading my feedback. I just want my problem fixed.', 'zh-cn': '好评换折扣？我不会拿评价做交易，我只想把问题解决。' },
    { en: 'I will not change what I write for a reward. Please just sort out the order.', 'zh-cn': '我不会为了好处去改评价。请你们把订单的问题处理好。' },
  ],
  feedback: [
    {
      en: 'I will leave the feedback I think is fair once this is actually sorted out. Right now it is not.',
      'zh-cn': '等问题真正解决了，我自然会给出公道的评价。现在还没解决。',
    },
    { en: 'Worry about fixing my order first, not about my rating.', 'zh-cn': '先把我的订单问题处理好，别光惦记着我的评分。' },
  ],
  'off-platform': [
    {
      en: 'I would rather not write to some outside address or click a link. Can we keep this in the marketplace messages?',
      'zh-cn': '我不想给站外地址写信，也不想点陌生链接。能不能就在平台消息里沟通？',
    },
    {
      en: 'Why would I go somewhere else for this? I bought it here, and I expect it to be sorted out here.',
      'zh-cn': '为什么要我去别的地方处理？我是在这里买的，就该在这里解决。',
    },
  ],
  order: [
    { en: 'Please do not tell me what I have to do. I am the one with the problem here.', 'zh-cn': '请别命令我该做什么，出问题的是我。' },
    { en: 'I do not like being ordered about. I asked for help.', 'zh-cn': '我不喜欢被人指挥来指挥去，我只是来寻求帮助的。' },
  ],
  breach: [
    {
      en: 'This message does not look right to me. I would like this handled properly, through the marketplace.',
      'zh-cn': '这条消息让我觉得不对劲。希望你们按正规流程、通过平台来处理。',
    },
    { en: 'I am not comfortable with what you wrote. Please just fix the problem.', 'zh-cn': '你写的内容让我不太放心。请直接把问题解决。' },
  ],
};

// ---- What the buyer writes (English: buyers write in the marketplace's language) ----

const lines: Record<Exclude<Reaction, 'answers' | 'goes-quiet' | 'opens-claim'>, Record<Temperament, string[]>> = {
  accepts: {
    calm: ['Thank you, that works for me. I appreciate the quick help.', 'OK, that sounds fair. Thanks for sorting it out.'],
    impatient: ['Fine, that works. Just make sure it actually happens.', 'OK. Finally. Thanks.'],
    angry: ['Alright. That is more like it. I hope I will not have to write again.', 'OK, I accept that. It should not have taken this much though.'],
    vague: ['ok thx i think that is fine', 'oh ok that works i guess, thanks'],
  },
  'asks-more': {
    calm: ['Thanks for getting back to me, but I am not sure this solves it. Is there anything else you can do?', 'I see. Could you tell me what happens next, exactly?'],
    impatient: ['That is not enough. What else can you do, and when?', 'I do not have time for this. I need a real answer today.'],
    angry: ['Are you serious?? This is NOT acceptable. I want a proper solution.', 'This is ridiculous. I paid for this and you are giving me the runaround.'],
    vague: ['hmm not sure what you mean.. so what happens now?', 'sorry i dont really get it, what do i do'],
  },
  'leaves-feedback': {
    calm: ['I am disappointed, so I have left feedback about this order.'],
    impatient: ['Forget it. I have left feedback so other buyers know.'],
    angry: ['Terrible service. I have left negative feedback and I will tell everyone.'],
    vague: ['i left a review about it'],
  },
};

const askedAgain = ['I already sent you that. Did you not read my last message?', 'I told you this already. Can we move on please?'];

const answers: Record<BuyerQuestion, string[]> = {
  'ask-photos': ['Here are the photos, you can see it clearly.', 'Photos attached. Hope that helps.'],
  'ask-details': ['It just stops working after a few minutes, even with a full charge.', 'Basically it does not do what it should. It powers on but nothing happens.'],
  'ask-reason': ['I found it cheaper somewhere else, to be honest.', 'I ordered the wrong one by mistake.'],
  'ask-correct-address': ['The right address is 14 Elm Street, Apt 3B. Sorry for the mix-up.', 'It should go to my work address, 220 Harbor Road, Suite 5.'],
};

function lineFor(reaction: Reaction, temperament: Temperament, facts: CaseFacts, random: Random): string {
  if (reaction === 'opens-claim') return claimLine(facts);
  if (reaction === 'answers' || reaction === 'goes-quiet') return '';
  return pickOne(random, lines[reaction][temperament]);
}

function claimLine(facts: CaseFacts): string {
  switch (facts.kind) {
    case 'ebay-message':
      return 'I am opening a case with eBay about this order.';
    case 'ebay-inr':
    case 'ebay-snad':
      return 'I am escalating this case to eBay. Let them decide.';
    case 'amazon-atoz':
      return 'I am asking Amazon to decide my claim.';
    case 'amazon-chargeback':
      return 'I will let my bank deal with it then.';
    case 'amazon-property-claim':
      return 'I will let Amazon handle my claim directly.';
    default:
      return 'I have had enough. I am filing an A-to-z claim with Amazon.';
  }
}
