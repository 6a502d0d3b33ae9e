import type { CaseFacts } from '../case-fields';
import { claimReasons, ebayMessageTopics, messageTopics, returnReasons } from '../case-choices';
import { caseKinds, platformOf, type CaseKind } from '../case-kinds';
import { parseCaseFacts } from '../check-case-facts';
import { DAY_MS, HOUR_MS, toIso, toMs } from '../dates';
import { caseSubject, factWordsBoth } from '../fact-words-both';
import type { Policy } from '../policy/policy';
import type { L10n } from '../text';
import { openingMessage } from './opening-messages';
import { hashSeed, intBetween, mulberry32, pickOne, type Random } from './random';
import type { Scenario } from './scenario';
import { temperaments, type Revealer, type Temperament } from './vocabulary';

/**
 * Practice cases from a seed: valid case facts drawn for a kind and topic (or given, from
 * the decision helper's "Practise a case like this"), with the buyer, the message, the order
 * and the tracking composed from small templates. The same seed always gives the same
 * scenario; scoring still comes from the rules, so every generated case is scorable.
 */
export interface GenerateOptions {
  seed: number;
  kind?: CaseKind;
  /** A message topic, a return or claim reason, or another variant from `topicsFor(kind)`. */
  topic?: string;
  /** Facts an agent entered; the case is built around them, with nothing hidden. */
  facts?: unknown;
  /** The kinds a draw with no `kind` picks from (the team's marketplaces); every kind when left out. */
  kinds?: readonly CaseKind[];
}

const kindTopics: Record<CaseKind, readonly string[]> = {
  'amazon-message': messageTopics,
  'amazon-return': returnReasons,
  'amazon-atoz': claimReasons,
  'amazon-property-claim': ['property-damage', 'personal-injury'],
  'amazon-chargeback': ['chargeback'],
  'amazon-feedback': ['negative', 'neutral'],
  'ebay-message': ebayMessageTopics,
  'ebay-inr': ['ebay', 'paypal'],
  'ebay-snad': ['damaged', 'not-as-described'],
};

/** The variants a kind can be generated with. */
export const topicsFor = (kind: CaseKind): readonly string[] => kindTopics[kind];

interface CatalogItem {
  name: string;
  price: number;
  bulky?: boolean;
}

/**
 * Items and their prices, the same number in the market's currency; prices straddle the
 * playbook's money limits (and the high-value line, which the facts view reads from the price)
 * so both sides come up in every currency.
 */
const catalog: CatalogItem[] = [
  { name: 'silicone phone case', price: 12.99 },
  { name: 'stainless steel water bottle', price: 18.99 },
  { name: 'LED desk lamp', price: 24.5 },
  { name: 'kids’ rain boots', price: 27.5 },
  { name: 'USB-C charging hub', price: 33.99 },
  { name: 'electric kettle', price: 35.99 },
  { name: 'Bluetooth earbuds', price: 42.99 },
  { name: 'ceramic pour-over coffee set', price: 46 },
  { name: 'ergonomic office chair', price: 149, bulky: true },
  { name: 'robot vacuum cleaner', price: 229 },
  { name: 'folding treadmill', price: 389, bulky: true },
];

const buyerNames = ['Megan', 'Carlos', 'Priya', 'Tom', 'Aisha', 'Lukas', 'Hannah', 'Jamal', 'Sophie', 'Wei', 'Olivia', 'Mateo'];

const amazonMarkets = [
  { marketplace: 'amazon.com', currency: 'USD', place: 'Los Angeles, US' },
  { marketplace: 'amazon.co.uk', currency: 'GBP', place: 'London, GB' },
  { marketplace: 'amazon.de', currency: 'EUR', place: 'Frankfurt, DE' },
  { marketplace: 'amazon.ca', currency: 'CAD', place: 'Toronto, CA' },
] as const;
const ebaySites = [
  { site: 'US', currency: 'USD', place: 'Los Angeles, US' },
  { site: 'UK', currency: 'GBP', place: 'London, GB' },
  { site: 'DE', currency: 'EUR', place: 'Frankfurt, DE' },
] as const;

type Facts = Record<string, unknown> & { order: Record<string, unknown>; tracking: Record<string, unknown> };

interface Hidden {
  by: Revealer;
  reveals: Record<string, unknown>;
  finding: L10n;
  buyerSays?: string;
}

interface Draft {
  facts: Facts;
  hidden: Hidden[];
  /** When the case arrived: the clock starts a little after. */
  eventMs: number;
  situation: string;
  notice?: string;
  place: string;
}

const yesNo = (fact: string, value: boolean | string): L10n => factWordsBoth[fact]?.values?.[String(value)] ?? { en: String(value), 'zh-cn': String(value) };
const finding = (fact: string, value: boolean | string): L10n => {
  const name = factWordsBoth[fact]?.label ?? { en: fact, 'zh-cn': fact };
  const shown = yesNo(fact, value);
  return { en: `Found: ${name.en} — ${shown.en}.`, 'zh-cn': `查明：${name['zh-cn']}——${shown['zh-cn']}。` };
};
const chance = (random: Random, p: number) => random() < p;

/** The order, dates and tracking every case shares. */
function orderFor(random: Random, item: CatalogItem, currency: string, shipped: boolean) {
  const orderedMs = Date.UTC(2026, 0, 5) + intBetween(random, 0, 300) * DAY_MS + intBetween(random, 8, 21) * HOUR_MS;
  const shippedMs = orderedMs + intBetween(random, 1, 3) * DAY_MS;
  const eddMs = shippedMs + intBetween(random, 8, 16) * DAY_MS;
  const order: Record<string, unknown> = {
    id: `${intBetween(random, 111, 114)}-${intBetween(random, 1000000, 9999999)}-${intBetween(random, 1000000, 9999999)}`,
    item: item.name,
    price: item.price,
    currency,
    orderedAt: toIso(orderedMs),
    paidAt: toIso(orderedMs + 5 * 60_000),
    bulky: item.bulky ?? false,
    ...(shipped && { shippedAt: toIso(shippedMs), estimatedDeliveryAt: toIso(eddMs) }),
  };
  return { order, orderedMs, shippedMs, eddMs };
}

const stockCheck = (random: Random): Hidden => {
  const inStock = !chance(random, 0.3);
  return { by: 'check-stock', reveals: { order: { inStock } }, finding: finding('inStock', inStock) };
};

function draftFor(kind: CaseKind, topic: string, random: Random): Draft {
  const item = pickOne(random, catalog);
  const ebay = platformOf(kind) === 'ebay';
  const market = ebay ? pickOne(random, ebaySites) : pickOne(random, amazonMarkets);
  const shipped = !(kind === 'amazon-message' && topic === 'cancel-before-shipping') && !(kind === 'ebay-message' && topic === 'cancellation' && chance(random, 0.5));
  const { order, orderedMs, shippedMs, eddMs } = orderFor(random, item, market.currency, shipped);
  const tracking: Record<string, unknown> = shipped ? { number: `LX${intBetween(random, 100000000, 999999999)}CN`, state: 'updating' } : {};
  const where = ebay ? { site: (market as (typeof ebaySites)[number]).site } : { marketplace: (market as (typeof amazonMarkets)[number]).marketplace };
  const facts: Facts = { kind, ...where, order, tracking };
  const hidden: Hidden[] = [];
  const afterEdd = () => eddMs + intBetween(random, 1, 8) * DAY_MS + intBetween(random, 0, 12) * HOUR_MS;
  const beforeEdd = () => shippedMs + intBetween(random, 2, Math.max(2, Math.floor((eddMs - shippedMs) / DAY_MS) - 1)) * DAY_MS;
  let eventMs = afterEdd();
  let situation = topic;
  let notice: string | undefined;

  switch (kind) {
    case 'amazon-message': {
      facts.topic = topic;
      switch (topic) {
        case 'where-is-my-order': {
          eventMs = chance(random, 0.5) ? beforeEdd() : afterEdd();
          const state = pickOne(random, ['updating', 'stalled', 'delivered'] as const);
          tracking.state = 'none';
          hidden.push({ by: 'check-tracking', reveals: { tracking: { state } }, finding: finding('tracking', state) });
          break;
        }
        case 'delivered-not-received':
          tracking.state = 'delivered';
          hidden.push(stockCheck(random));
          break;
        case 'invalid-tracking':
          tracking.state = 'invalid';
          eventMs = beforeEdd();
          break;
        case 'lost-parcel': {
          tracking.state = 'stalled';
          const lost = chance(random, 0.6);
          hidden.push({ by: 'contact-carrier', reveals: { tracking: { state: lost ? 'lost' : 'stalled' } }, finding: finding('tracking', lost ? 'lost' : 'stalled') });
          hidden.push(stockCheck(random));
          break;
        }
        case 'long-transit':
          eventMs = beforeEdd();
          break;
        case 'cancel-before-shipping':
          eventMs = orderedMs + intBetween(random, 1, 10) * HOUR_MS;
          break;
        case 'cancel-after-shipping':
          eventMs = shippedMs + intBetween(random, 1, 2) * DAY_MS;
          break;
        case 'address-change': {
          eventMs = shippedMs + intBetween(random, 0, 2) * DAY_MS + HOUR_MS;
          const changeable = chance(random, 0.5);
          hidden.push({ by: 'contact-carrier', reveals: { addressChangeable: changeable }, finding: finding('addressChangeable', changeable) });
          hidden.push(stockCheck(random));
          break;
        }
        case 'damaged': {
          tracking.state = 'delivered';
          const real = pickOne(random, ['minor', 'severe'] as const);
          facts.damage = chance(random, 0.7) ? real : real === 'minor' ? 'severe' : 'minor';
          hidden.push({ by: 'ask-photos', reveals: { damage: real }, finding: finding('damage', real), buyerSays: 'Here are the photos of the box and the item.' });
          hidden.push(stockCheck(random));
          break;
        }
        case 'not-working': {
          tracking.state = 'delivered';
          const confirmed = chance(random, 0.7);
          hidden.push({ by: 'confirm-with-product-team', reveals: { faultConfirmed: confirmed }, finding: finding('faultConfirmed', confirmed) });
          hidden.push(stockCheck(random));
          break;
        }
        case 'not-as-pictured':
        case 'not-as-described': {
          tracking.state = 'delivered';
          facts.fault = 'unclear';
          const fault = pickOne(random, ['seller', 'buyer'] as const);
          hidden.push({ by: 'check-listing', reveals: { fault }, finding: finding('fault', fault) });
          break;
        }
        case 'missing-part':
          tracking.state = 'delivered';
          facts.missingPart = pickOne(random, ['generic', 'product-specific', 'main-item'] as const);
          hidden.push(stockCheck(random));
          break;
        case 'wrong-item':
        case 'warranty':
          tracking.state = 'delivered';
          hidden.push(stockCheck(random));
          break;
        default:
          tracking.state = 'delivered';
      }
      facts.receivedAt = toIso(eventMs);
      break;
    }
    case 'amazon-return': {
      tracking.state = 'delivered';
      facts.reason = topic;
      facts.returnAddress = pickOne(random, ['china', 'buyer-country'] as const);
      facts.sellerAtFault = topic !== 'unwanted' && topic !== 'other';
      facts.receivedAt = toIso(eventMs);
      situation = `return-${topic}`;
      notice = `Return request from Amazon customer: reason "${topic.replace(/-/g, ' ')}".`;
      break;
    }
    case 'amazon-atoz': {
      facts.reason = topic;
      facts.filedWithoutContact = chance(random, 0.3);
      facts.buyerReachable = !chance(random, 0.1);
      tracking.carrierRecognized = !chance(random, 0.2);
      if (topic === 'not-received') {
        eventMs = chance(random, 0.25) ? beforeEdd() : afterEdd();
        tracking.state = 'none';
        const state = pickOne(random, ['delivered', 'stalled', 'lost'] as const);
        hidden.push({ by: 'check-tracking', reveals: { tracking: { state } }, finding: finding('tracking', state) });
        hidden.push(stockCheck(random));
      } else {
        tracking.state = 'delivered';
        if (topic === 'size') {
          const listed = chance(random, 0.6);
          hidden.push({ by: 'check-listing', reveals: { sizeInListing: listed }, finding: finding('sizeInListing', listed) });
        } else if (topic !== 'return-dispute') {
          const fine = chance(random, 0.4);
          hidden.push({ by: 'confirm-with-product-team', reveals: { evidenceProductFine: fine }, finding: finding('evidenceProductFine', fine) });
        }
      }
      facts.claimOpenedAt = toIso(eventMs);
      situation = `atoz-${topic}`;
      notice = `A-to-z Guarantee claim opened: ${(factWordsBoth.reason?.values?.[topic] ?? { en: topic }).en}.`;
      break;
    }
    case 'amazon-property-claim':
      tracking.state = 'delivered';
      facts.claimType = topic;
      facts.noticeReceivedAt = toIso(eventMs);
      facts.claimAmountUsd = pickOne(random, [150, 420, 880, 2500]);
      facts.compliantAndInsured = chance(random, 0.6);
      notice = `Amazon notice: a ${topic.replace('-', ' ')} claim has been filed for this order.`;
      break;
    case 'amazon-chargeback':
      tracking.state = 'delivered';
      facts.disputeOpenedAt = toIso(eventMs);
      notice = 'Chargeback notice: the buyer’s card issuer has disputed this payment.';
      break;
    case 'amazon-feedback':
      tracking.state = 'delivered';
      facts.rating = topic;
      facts.feedbackLeftAt = toIso(eventMs);
      facts.breaksGuidelines = chance(random, 0.25);
      facts.problemSolved = chance(random, 0.5);
      situation = 'feedback';
      notice = `New ${topic} seller feedback on this order.`;
      break;
    case 'ebay-message':
      facts.topic = topic;
      facts.roundsSoFar = chance(random, 0.7) ? 0 : 1;
      eventMs = shipped ? shippedMs + intBetween(random, 0, 3) * DAY_MS + HOUR_MS : orderedMs + intBetween(random, 1, 8) * HOUR_MS;
      facts.receivedAt = toIso(eventMs);
      break;
    case 'ebay-inr': {
      facts.channel = topic;
      facts.caseOpenedAt = toIso(eventMs);
      facts.buyerAbusive = chance(random, 0.1);
      tracking.state = 'stalled';
      const found = !chance(random, 0.5);
      hidden.push({ by: 'contact-carrier', reveals: { forwarderCanFind: found }, finding: finding('forwarderCanFind', found) });
      hidden.push(stockCheck(random));
      situation = 'ebay-inr';
      notice = 'eBay: the buyer has opened an item-not-received case.';
      break;
    }
    case 'ebay-snad': {
      facts.channel = pickOne(random, ['ebay', 'paypal'] as const);
      tracking.state = 'delivered';
      eventMs = eddMs - intBetween(random, 0, 3) * DAY_MS;
      facts.caseOpenedAt = toIso(eventMs);
      facts.buyerAbusive = chance(random, 0.1);
      const damaged = topic === 'damaged' ? !chance(random, 0.2) : chance(random, 0.2);
      facts.damaged = false;
      hidden.push({ by: 'ask-photos', reveals: { damaged }, finding: finding('damaged', damaged), buyerSays: 'Photos attached, have a look.' });
      situation = 'ebay-snad';
      notice = 'eBay: the buyer has opened a not-as-described case.';
      break;
    }
  }
  return { facts, hidden, eventMs, situation, place: market.place, ...(notice && { notice }) };
}

/** Kind and topic from the options, or drawn. */
function chooseKind(random: Random, options: GenerateOptions): { kind: CaseKind; topic: string } {
  if (options.kind && !(caseKinds as readonly string[]).includes(options.kind)) throw new RangeError(`unknown case kind "${options.kind}"`);
  const kind =
    options.kind ?? (options.topic ? caseKinds.find((k) => kindTopics[k].includes(options.topic!)) : pickOne(random, options.kinds?.length ? options.kinds : caseKinds));
  if (!kind) throw new RangeError(`no case kind has the topic "${options.topic}"`);
  const topics = kindTopics[kind];
  if (options.topic !== undefined && !topics.includes(options.topic)) throw new RangeError(`"${options.topic}" is not a topic of ${kind}: ${topics.join(', ')}`);
  return { kind, topic: options.topic ?? pickOne(random, topics) };
}

/** A draft built around facts an agent entered: nothing hidden, the clock from the facts. */
function draftFromFacts(input: unknown, random: Random): Draft {
  const parsed = parseCaseFacts(input);
  if (!parsed.ok) throw new RangeError(`invalid case facts: ${parsed.problems.join('; ')}`);
  const facts = JSON.parse(JSON.stringify(parsed.facts)) as Facts & CaseFacts;
  const eventFacts = ['receivedAt', 'claimOpenedAt', 'noticeReceivedAt', 'disputeOpenedAt', 'feedbackLeftAt', 'caseOpenedAt'];
  const event =
    eventFacts.map((key) => (facts as Record<string, unknown>)[key]).find((v): v is string => typeof v === 'string') ?? toIso(toMs(facts.order.orderedAt) + 2 * DAY_MS);
  const situation =
    facts.kind === 'amazon-message' || facts.kind === 'ebay-message'
      ? facts.topic
      : facts.kind === 'amazon-return'
        ? `return-${facts.reason}`
        : facts.kind === 'amazon-atoz'
          ? `atoz-${facts.reason}`
          : facts.kind === 'amazon-property-claim'
            ? facts.claimType
            : facts.kind === 'amazon-chargeback'
              ? 'chargeback'
              : facts.kind === 'amazon-feedback'
                ? 'feedback'
                : facts.kind;
  if (!facts.order.item) facts.order.item = pickOne(random, catalog).name;
  return { facts, hidden: [], eventMs: toMs(event), situation, place: 'the destination country' };
}

/** Carrier scans up to now, from what really happened to the parcel. */
function trackingEvents(facts: Facts, trueState: string, nowMs: number, place: string) {
  const shippedAt = facts.order.shippedAt as string | undefined;
  if (!shippedAt || trueState === 'invalid') return [];
  const start = toMs(shippedAt);
  const edd = typeof facts.order.estimatedDeliveryAt === 'string' ? toMs(facts.order.estimatedDeliveryAt) : start + 10 * DAY_MS;
  const events = [
    { ms: start, status: 'Shipping label created' },
    { ms: start + 12 * HOUR_MS, status: 'Picked up by carrier', place: 'Shenzhen, CN' },
    { ms: start + 2 * DAY_MS, status: 'Departed international hub', place: 'Hong Kong' },
    { ms: start + 5 * DAY_MS, status: 'Arrived in destination country', place },
  ];
  if (trueState === 'updating') events.push({ ms: Math.min(nowMs, edd) - 6 * HOUR_MS, status: 'In transit to local delivery facility', place });
  if (trueState === 'delivered') events.push({ ms: edd - DAY_MS - 4 * HOUR_MS, status: 'Out for delivery', place }, { ms: edd - DAY_MS, status: 'Delivered', place });
  if (trueState === 'lost') events.push({ ms: start + 9 * DAY_MS, status: 'Exception: item could not be located', place });
  return events
    .filter((e) => e.ms <= nowMs)
    .sort((a, b) => a.ms - b.ms)
    .map((e) => ({ at: toIso(e.ms), status: e.status, ...(e.place && { place: e.place }) }));
}

export function generateScenario(policy: Policy, options: GenerateOptions): Scenario {
  const seed = options.seed >>> 0;
  const random = mulberry32(hashSeed('generate', seed, options.kind ?? '', options.topic ?? ''));
  let draft: Draft;
  if (options.facts !== undefined) draft = draftFromFacts(options.facts, random);
  else {
    const { kind, topic } = chooseKind(random, options);
    draft = draftFor(kind, topic, random);
  }
  const { facts, hidden } = draft;
  const temperament: Temperament = pickOne(random, temperaments);
  const name = typeof facts.buyerName === 'string' ? facts.buyerName : pickOne(random, buyerNames);
  facts.buyerName = name;

  // The clock starts a few hours after the case arrived; now and then a message has already
  // waited past the reply deadline, so MSG-3 comes up.
  const late = options.facts === undefined && facts.kind === 'amazon-message' && chance(random, 0.15);
  const replyHours = policy.figureOf('MSG-2', 'replyWithin').value;
  const waited = late ? replyHours + intBetween(random, 2, 16) : intBetween(random, 1, 8);
  const asOf = typeof facts.asOf === 'string' ? facts.asOf : toIso(draft.eventMs + waited * HOUR_MS);
  facts.asOf = asOf;

  const trueTracking = (hidden.find((h) => h.by === 'check-tracking' || h.by === 'contact-carrier')?.reveals.tracking as { state?: string } | undefined)?.state;
  const ordered = toMs(facts.order.orderedAt as string);
  const days = Math.max(1, Math.round((toMs(asOf) - ordered) / DAY_MS));
  const about = caseSubject(facts);

  // Checked without the scenario schema, so the shift page needs no zod; a test holds thousands
  // of generated scenarios to that schema, every combination of hidden facts included.
  const checked = parseCaseFacts(facts);
  if (!checked.ok) throw new Error(`generated case ${String(facts.kind)} ${seed} has invalid facts: ${checked.problems.join('; ')}`);
  return {
    id: `generated-${String(facts.kind)}-${seed}`,
    title: { en: `Practice — ${about.en}`, 'zh-cn': `练习——${about['zh-cn']}` },
    difficulty: Math.min(3, 1 + (hidden.length > 1 ? 1 : 0) + (temperament === 'angry' || temperament === 'vague' || late ? 1 : 0)),
    platform: platformOf(facts.kind as CaseKind),
    seed,
    buyer: { name, temperament },
    shippingMethod: facts.order.shippedAt ? 'Standard international shipping' : 'Standard international shipping (not yet shipped)',
    facts: checked.facts,
    hidden,
    tracking: trackingEvents(facts, trueTracking ?? String(facts.tracking.state ?? 'none'), toMs(asOf), draft.place),
    messages: [{ at: toIso(Math.min(draft.eventMs, toMs(asOf))), text: openingMessage(draft.situation, temperament, { item: String(facts.order.item), days, name }, random) }],
    ...(draft.notice && { notice: draft.notice }),
    reactions: [],
    teaches: [],
  };
}
