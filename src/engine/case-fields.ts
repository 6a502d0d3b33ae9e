import {
  amazonMarketplaces,
  claimOutcomes,
  claimReasons,
  currencies,
  ebayMessageTopics,
  ebaySites,
  messageTopics,
  returnReasons,
  solutionsGiven,
  trackingStates,
  type MessageTopic,
} from './case-choices';
import type { CaseKind } from './case-kinds';

/**
 * The facts of a case as data: for every kind of case, each field with what it holds, whether
 * it must be given and its default. Everything the playbook branches on; time-dependent facts
 * (has the estimated delivery date passed?) are derived from the dates and `asOf`, never typed in.
 *
 * Two readers share this one description: the validator (`check-case-facts.ts`, for the tools,
 * the command line and the scenario files) and the forms' questions (`questions.ts`). The
 * TypeScript types of case facts are read from it too.
 */

/** Checks on a number, applied in this order (the order fixes the order of the messages). */
export type NumberBound = 'int' | 'positive' | 'nonnegative' | 'amount';

/** The most a money amount or count in a case may be: far above any order, far below where arithmetic and formatting break (1e308). */
export const MAX_CASE_NUMBER = 10_000_000;

/**
 * Without `optional` or `default` a field is required. A default stands in for a missing
 * value (and is then checked like one given); an optional field may stay missing.
 */
interface Presence<V> {
  readonly optional?: true;
  readonly default?: V;
}

export type ScalarField =
  | { readonly type: 'kind'; readonly value: string }
  | ({ readonly type: 'choice'; readonly options: readonly [string, ...string[]] } & Presence<string>)
  | ({ readonly type: 'yes-no' } & Presence<boolean>)
  | ({ readonly type: 'number'; readonly bounds: readonly NumberBound[] } & Presence<number>)
  /** An ISO 8601 date or date-time (`dateProblem` in dates.ts). */
  | ({ readonly type: 'date' } & Presence<never>)
  /** Free text, never empty. */
  | ({ readonly type: 'text' } & Presence<never>);

/** A nested object of fields (`order`, `tracking`); its only possible default is `{}`, whose fields then take their own defaults. */
export type GroupField = { readonly type: 'group'; readonly fields: Readonly<Record<string, ScalarField>> } & Presence<Readonly<Record<string, never>>>;

export type Field = ScalarField | GroupField;
export type Fields = Readonly<Record<string, Field>>;

const order = {
  type: 'group',
  fields: {
    id: { type: 'text', optional: true },
    item: { type: 'text', optional: true },
    price: { type: 'number', bounds: ['positive', 'amount'] },
    currency: { type: 'choice', options: currencies },
    orderedAt: { type: 'date' },
    paidAt: { type: 'date', optional: true },
    shippedAt: { type: 'date', optional: true },
    estimatedDeliveryAt: { type: 'date', optional: true },
    /** The seller's own judgement; when the case does not say, the facts view reads the price against the team's line (high-value.ts). */
    highValue: { type: 'yes-no', optional: true },
    inStock: { type: 'yes-no', default: true },
    /** Large, heavy or otherwise costly to send again (PROD-8). */
    bulky: { type: 'yes-no', default: false },
  },
} as const satisfies GroupField;

const tracking = {
  type: 'group',
  default: {},
  fields: {
    number: { type: 'text', optional: true },
    state: { type: 'choice', options: trackingStates, default: 'none' },
    /** False when the carrier is not one Amazon recognizes (AZ-7). */
    carrierRecognized: { type: 'yes-no', default: true },
  },
} as const satisfies GroupField;

const common = {
  /** When the agent looks at the case; time-dependent facts are derived from it. */
  asOf: { type: 'date', optional: true },
  order,
  tracking,
  /** False when the buyer does not answer or cannot be contacted. */
  buyerReachable: { type: 'yes-no', default: true },
  buyerName: { type: 'text', optional: true },
} as const satisfies Fields;

const marketplace = { type: 'choice', options: amazonMarketplaces, default: 'amazon.com' } as const;

const ebayCase = {
  site: { type: 'choice', options: ebaySites },
  channel: { type: 'choice', options: ['ebay', 'paypal'] },
  caseOpenedAt: { type: 'date', optional: true },
  buyerAbusive: { type: 'yes-no', default: false },
  ...common,
} as const satisfies Fields;

/** Each kind's fields, in the order forms and parsed facts list them. */
export const caseFields = {
  'amazon-message': {
    kind: { type: 'kind', value: 'amazon-message' },
    marketplace,
    topic: { type: 'choice', options: messageTopics },
    receivedAt: { type: 'date' },
    damage: { type: 'choice', options: ['minor', 'severe'], optional: true },
    fault: { type: 'choice', options: ['seller', 'buyer', 'unclear'], optional: true },
    faultConfirmed: { type: 'yes-no', optional: true },
    missingPart: { type: 'choice', options: ['generic', 'product-specific', 'main-item'], optional: true },
    addressChangeable: { type: 'yes-no', optional: true },
    ...common,
  },
  'amazon-return': {
    kind: { type: 'kind', value: 'amazon-return' },
    marketplace,
    receivedAt: { type: 'date' },
    reason: { type: 'choice', options: returnReasons },
    returnAddress: { type: 'choice', options: ['china', 'buyer-country'] },
    sellerAtFault: { type: 'yes-no' },
    solutionGiven: { type: 'choice', options: solutionsGiven, default: 'none' },
    returnAuthorizedAt: { type: 'date', optional: true },
    returnArrived: { type: 'yes-no', optional: true },
    returnedCondition: { type: 'choice', options: ['good', 'damaged'], optional: true },
    ...common,
  },
  'amazon-atoz': {
    kind: { type: 'kind', value: 'amazon-atoz' },
    marketplace,
    claimOpenedAt: { type: 'date' },
    reason: { type: 'choice', options: claimReasons },
    sizeInListing: { type: 'yes-no', optional: true },
    evidenceProductFine: { type: 'yes-no', optional: true },
    /** The buyer went to Amazon without writing to the seller first (AZ-11). */
    filedWithoutContact: { type: 'yes-no', default: false },
    outcome: { type: 'choice', options: claimOutcomes, optional: true },
    ...common,
  },
  'amazon-property-claim': {
    kind: { type: 'kind', value: 'amazon-property-claim' },
    marketplace,
    claimType: { type: 'choice', options: ['property-damage', 'personal-injury'] },
    noticeReceivedAt: { type: 'date' },
    claimAmountUsd: { type: 'number', bounds: ['nonnegative', 'amount'] },
    compliantAndInsured: { type: 'yes-no' },
    ...common,
  },
  'amazon-chargeback': {
    kind: { type: 'kind', value: 'amazon-chargeback' },
    marketplace,
    disputeOpenedAt: { type: 'date' },
    ...common,
  },
  'amazon-feedback': {
    kind: { type: 'kind', value: 'amazon-feedback' },
    marketplace,
    rating: { type: 'choice', options: ['negative', 'neutral', 'positive'] },
    feedbackLeftAt: { type: 'date' },
    breaksGuidelines: { type: 'yes-no', default: false },
    problemSolved: { type: 'yes-no', default: false },
    ...common,
  },
  'ebay-message': {
    kind: { type: 'kind', value: 'ebay-message' },
    site: { type: 'choice', options: ebaySites },
    topic: { type: 'choice', options: ebayMessageTopics },
    receivedAt: { type: 'date' },
    roundsSoFar: { type: 'number', bounds: ['int', 'nonnegative', 'amount'], default: 0 },
    ...common,
  },
  'ebay-inr': {
    kind: { type: 'kind', value: 'ebay-inr' },
    /** False when not even the freight forwarder can find the parcel (EBAY-5). */
    forwarderCanFind: { type: 'yes-no', default: true },
    ...ebayCase,
  },
  'ebay-snad': {
    kind: { type: 'kind', value: 'ebay-snad' },
    damaged: { type: 'yes-no', default: false },
    ...ebayCase,
  },
} as const satisfies { readonly [K in CaseKind]: { readonly kind: { readonly type: 'kind'; readonly value: K } } & Fields };

/** Facts an Amazon message's topic cannot be judged without. */
export const topicNeeds: Readonly<Partial<Record<MessageTopic, 'damage' | 'fault' | 'missingPart'>>> = {
  damaged: 'damage',
  'not-as-pictured': 'fault',
  'not-as-described': 'fault',
  'missing-part': 'missingPart',
};

/** Pairs of dates (by path) where the first may not come after the second. */
export const dateOrder: readonly (readonly [string, string])[] = [
  ['order.orderedAt', 'order.shippedAt'],
  ['order.orderedAt', 'order.paidAt'],
  ['order.orderedAt', 'order.estimatedDeliveryAt'],
  ['order.shippedAt', 'order.estimatedDeliveryAt'],
  ['order.orderedAt', 'receivedAt'],
  ['order.orderedAt', 'claimOpenedAt'],
  ['order.orderedAt', 'noticeReceivedAt'],
  ['order.orderedAt', 'disputeOpenedAt'],
  ['order.orderedAt', 'feedbackLeftAt'],
  ['order.orderedAt', 'caseOpenedAt'],
  ['receivedAt', 'returnAuthorizedAt'],
];

/** A kind's fields by path (`topic`, `order.price`, `tracking.state`), groups opened one level, in order. */
export function fieldsByPath(fields: Fields): [path: string, field: ScalarField][] {
  return Object.entries(fields).flatMap(([key, field]): [string, ScalarField][] =>
    field.type === 'group' ? Object.entries(field.fields).map(([name, inner]): [string, ScalarField] => [`${key}.${name}`, inner]) : [[key, field]],
  );
}

// The types of case facts, read from the data above: as given (defaults and optional fields
// may be missing) and as parsed (defaults filled in).
type Mode = 'input' | 'output';

type ValueOf<F, M extends Mode> = F extends { type: 'kind'; value: infer V }
  ? V
  : F extends { type: 'choice'; options: readonly (infer O)[] }
    ? O
    : F extends { type: 'yes-no' }
      ? boolean
      : F extends { type: 'number' }
        ? number
        : F extends { type: 'date' | 'text' }
          ? string
          : F extends { type: 'group'; fields: infer G }
            ? ObjectOf<G, M>
            : never;

/** A field that always has a value: a required one, and in parsed facts one with a default. */
type Always<F, M extends Mode> = F extends { default: unknown } ? (M extends 'output' ? true : false) : F extends { optional: true } ? false : true;

type Flatten<T> = { [K in keyof T]: T[K] };

type ObjectOf<G, M extends Mode> = Flatten<
  { -readonly [K in keyof G as Always<G[K], M> extends true ? K : never]: ValueOf<G[K], M> } & {
    -readonly [K in keyof G as Always<G[K], M> extends true ? never : K]?: ValueOf<G[K], M> | undefined;
  }
>;

type FactsOf<M extends Mode> = { [K in CaseKind]: ObjectOf<(typeof caseFields)[K], M> }[CaseKind];

/** Case facts as parsed: every default filled in. */
export type CaseFacts = FactsOf<'output'>;
/** Case facts as a person or a file gives them. */
export type CaseFactsInput = FactsOf<'input'>;
