import { fillNamed } from '../placeholders';
import { pickOne, type Random } from './random';
import type { Temperament } from './vocabulary';

/**
 * Buyers' first messages, in English, as they really arrive: polite, curt, furious or
 * hazy. Each situation has plain lines and a vague one; the temperament frames them.
 * `{item}` is the item, `{days}` how long the buyer has waited.
 */
interface Lines {
  plain: string[];
  vague: string;
}

export const openingLines: Record<string, Lines> = {
  // Amazon buyer messages, by topic
  'where-is-my-order': {
    plain: ['I ordered the {item} {days} days ago and it still has not arrived. Where is my order?', 'Can you tell me where my {item} is? The tracking has not told me much.'],
    vague: 'hi wheres my stuff?? ordered a while ago',
  },
  'delivered-not-received': {
    plain: ['Tracking says my {item} was delivered, but there is nothing here. I checked the porch.', 'It says delivered but I never got the {item}.'],
    vague: 'it says its here but its not here?',
  },
  'invalid-tracking': {
    plain: ['The tracking number you gave me for the {item} does not work on the carrier site.', 'Your tracking number says "not found". Is it even real?'],
    vague: 'the number thing doesnt work',
  },
  'lost-parcel': {
    plain: [
      'My {item} has not moved in tracking for over a week. I think it is lost.',
      'The parcel with my {item} seems to be stuck somewhere. What are you going to do about it?',
    ],
    vague: 'i think my package is lost maybe? havent seen it',
  },
  'long-transit': {
    plain: ['It has been {days} days. Why is the {item} taking so long to get here?', 'I did not expect the {item} to take this long. Is it still coming?'],
    vague: 'its taking forever..',
  },
  'cancel-before-shipping': {
    plain: ['I placed an order for the {item} by mistake. Can I cancel it before it ships?', 'Please cancel my order for the {item}, I do not need it anymore.'],
    vague: 'can i undo my order',
  },
  'cancel-after-shipping': {
    plain: ['I want to cancel the {item}. I know it has shipped, but I do not need it anymore.', 'I changed my mind about the {item}. Can you cancel it?'],
    vague: 'dont want it anymore can u stop it',
  },
  'address-change': {
    plain: [
      'I entered the wrong address for the {item}. Can you send it to my new address instead?',
      'I just moved. Is it possible to change the delivery address for my {item}?',
    ],
    vague: 'wrong adress on my order i think',
  },
  damaged: {
    plain: ['My {item} arrived damaged. The box was crushed and the item is cracked.', 'The {item} came broken. Not what I expected at all.'],
    vague: 'the thing came kind of messed up',
  },
  'not-working': {
    plain: ['The {item} does not work. I tried everything.', 'My {item} stopped working after two days.'],
    vague: 'it doesnt work??',
  },
  'not-as-pictured': {
    plain: ['The {item} looks nothing like the pictures on the listing.', 'The colour of the {item} is completely different from the photos.'],
    vague: 'doesnt look like the picture',
  },
  'not-as-described': {
    plain: ['The description said the {item} was stainless steel. This is plastic.', 'The {item} is not what the description says. The size is wrong.'],
    vague: 'not what it said it was',
  },
  'missing-part': {
    plain: ['The {item} arrived without the charging cable. Where is it?', 'There is a part missing from the box of my {item}.'],
    vague: 'some piece is missing i think',
  },
  'wrong-item': {
    plain: ['I ordered the {item} but received something completely different.', 'You sent me the wrong item. This is not the {item} I ordered.'],
    vague: 'this isnt what i ordered?',
  },
  unwanted: {
    plain: ['I do not want the {item} anymore. How do I send it back?', 'The {item} is not for me after all. I would like my money back.'],
    vague: 'dont really want it, what now',
  },
  'cannot-operate': {
    plain: ['I cannot figure out how to use the {item}. The instructions are not clear.', 'How do I set up the {item}? Nothing happens when I press the button.'],
    vague: 'how does this work lol',
  },
  warranty: {
    plain: ['My {item} broke after a few months. Is it covered by the warranty?', 'The {item} has stopped working. I believe it is still under warranty.'],
    vague: 'is there a warrenty? it broke',
  },
  'shipping-cost-dispute': {
    plain: ['I cancelled the {item} and you did not refund the shipping. I want every cent back.', 'Why was I not refunded the shipping cost for the {item}?'],
    vague: 'why didnt i get all my money back',
  },
  // eBay member messages
  invoice: { plain: ['Could you send me an invoice for the {item}? I need it for my company.'], vague: 'need a reciept pls' },
  cancellation: { plain: ['Please cancel my order for the {item}, I bought it by mistake.'], vague: 'cancel pls' },
  other: { plain: ['I have a question about the {item}: does it come with a manual in English?'], vague: 'question about my order' },
  // Amazon return requests, by reason
  'return-damaged': { plain: ['Item arrived damaged, I want to return it.'], vague: 'broken' },
  'return-defective': { plain: ['The {item} is defective. Returning it.'], vague: 'doesnt work' },
  'return-not-as-described': { plain: ['Not as described on the listing.'], vague: 'not as said' },
  'return-wrong-item': { plain: ['Wrong item sent.'], vague: 'wrong one' },
  'return-unwanted': { plain: ['No longer needed.'], vague: 'dont need' },
  'return-other': { plain: ['Returning the {item}.'], vague: 'return' },
  // A-to-z claims, by reason
  'atoz-not-received': { plain: ['I never received the {item}. I have waited long enough.'], vague: 'never got it' },
  'atoz-damaged-on-arrival': { plain: ['The {item} arrived broken and the seller did nothing.'], vague: 'came broken' },
  'atoz-broke-after-use': { plain: ['The {item} broke after I used it twice.'], vague: 'it broke' },
  'atoz-size': { plain: ['The {item} is the wrong size. It does not fit at all.'], vague: 'too small' },
  'atoz-not-as-described': { plain: ['The {item} is not as described.'], vague: 'not like the listing' },
  'atoz-defective': { plain: ['The {item} is defective and I want my money back.'], vague: 'defective' },
  'atoz-return-dispute': { plain: ['I returned the {item} weeks ago and still have no refund.'], vague: 'sent it back, no money' },
  // Other kinds
  'property-damage': { plain: ['Your {item} overheated and damaged my kitchen counter. I expect compensation.'], vague: 'your product ruined my counter' },
  'personal-injury': { plain: ['I burned my hand on the {item}. This product is dangerous.'], vague: 'i got hurt using it' },
  chargeback: { plain: ['I did not recognise this charge for the {item} on my card statement.'], vague: 'dont know this charge' },
  feedback: { plain: ['Slow shipping and the {item} was not as expected. Would not buy again.'], vague: 'meh' },
  'ebay-inr': { plain: ['I still have not received the {item}. I have opened a case.'], vague: 'where is it, opened a case' },
  'ebay-snad': { plain: ['The {item} is not as described in your listing. I have opened a case.'], vague: 'not what i paid for' },
};

const frames: Record<Exclude<Temperament, 'vague'>, string[]> = {
  calm: ['Hello,\n\n{line}\n\nThank you,\n{name}', 'Hi there,\n\n{line} Could you help, please?\n\nBest,\n{name}'],
  impatient: ['{line} I need an answer today.', '{line} This is taking way too long. Reply ASAP.'],
  angry: ['{line} This is RIDICULOUS!! I want this sorted NOW or I will leave a review everyone can read.', 'Unbelievable. {line} Worst purchase I have made all year!!!'],
};

export function openingMessage(situation: string, temperament: Temperament, values: Record<string, string | number>, random: Random): string {
  const lines = openingLines[situation] ?? openingLines.other!;
  const line = temperament === 'vague' ? lines.vague : pickOne(random, lines.plain);
  const frame = temperament === 'vague' ? '{line}' : pickOne(random, frames[temperament]);
  return fillNamed(frame.replace('{line}', line), values, `opening message (${situation})`);
}
