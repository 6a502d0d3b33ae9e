import type { Action } from '../actions';
import type { CaseFacts } from '../case';
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
}

export interface BuyerContext {
  scenario: Scenario;
  facts: CaseFacts;
  action: Action;
  quality: Quality;
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
    says: reaction === 'goes-quiet' ? '' : authored ?? lineFor(reaction, temperament, facts, random),
  });
  if (!facts.buyerReachable) return say('goes-quiet');

  if (isBuyerQuestion(action.type)) {
    if (ctx.askedBefore) return say('asks-more', pickOne(random, askedAgain));
    const hidden = scenario.hidden.find((h) => h.by === action.type);
    if (hidden || quality !== 'poor') return say('answers', hidden?.buyerSays ?? pickOne(random, answers[action.type as BuyerQuestion]));
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
