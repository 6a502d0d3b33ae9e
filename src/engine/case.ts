import { z } from 'zod';
import { caseKinds } from './case-kinds';
import { isoDate, toMs } from './dates';
import { formatIssues } from './issues';

/**
 * The facts of a case: everything the playbook branches on, for every kind of case
 * Casebook teaches. One schema, a union on `kind`; time-dependent facts (has the estimated
 * delivery date passed?) are derived from the dates and `asOf`, never typed in.
 */

export const currencies = ['USD', 'GBP', 'EUR', 'CAD', 'AUD', 'JPY'] as const;
export const amazonMarketplaces = ['amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.ca', 'amazon.com.au', 'amazon.co.jp'] as const;
export const ebaySites = ['US', 'UK', 'DE'] as const;

export const messageTopics = [
  'where-is-my-order',
  'delivered-not-received',
  'invalid-tracking',
  'lost-parcel',
  'long-transit',
  'cancel-before-shipping',
  'cancel-after-shipping',
  'address-change',
  'damaged',
  'not-working',
  'not-as-pictured',
  'not-as-described',
  'missing-part',
  'wrong-item',
  'unwanted',
  'cannot-operate',
  'warranty',
  'shipping-cost-dispute',
] as const;
export type MessageTopic = (typeof messageTopics)[number];

export const ebayMessageTopics = ['where-is-my-order', 'invoice', 'address-change', 'cancellation', 'other'] as const;

export const trackingStates = ['none', 'updating', 'stalled', 'invalid', 'delivered', 'lost'] as const;
export const returnReasons = ['damaged', 'defective', 'not-as-described', 'wrong-item', 'unwanted', 'other'] as const;
export const solutionsGiven = ['none', 'cancelled', 'reshipped', 'awaiting-reply', 'refunded', 'refund-without-return'] as const;
export const claimReasons = ['not-received', 'damaged-on-arrival', 'broke-after-use', 'size', 'not-as-described', 'defective', 'return-dispute'] as const;
export const claimOutcomes = ['withdrawn', 'refunded-by-seller', 'granted-seller-funded', 'closed-for-seller'] as const;

const order = z
  .object({
    id: z.string().min(1).optional(),
    item: z.string().min(1).optional(),
    price: z.number().positive(),
    currency: z.enum(currencies),
    orderedAt: isoDate,
    paidAt: isoDate.optional(),
    shippedAt: isoDate.optional(),
    estimatedDeliveryAt: isoDate.optional(),
    /** The seller's own judgement: the playbook names no threshold for "high value". */
    highValue: z.boolean().default(false),
    inStock: z.boolean().default(true),
    /** Large, heavy or otherwise costly to send again (PROD-8). */
    bulky: z.boolean().default(false),
  })
  .strict();

const tracking = z
  .object({
    number: z.string().min(1).optional(),
    state: z.enum(trackingStates).default('none'),
    /** False when the carrier is not one Amazon recognizes (AZ-7). */
    carrierRecognized: z.boolean().default(true),
  })
  .strict()
  .default({});

const common = {
  /** When the agent looks at the case; time-dependent facts are derived from it. */
  asOf: isoDate.optional(),
  order,
  tracking,
  /** False when the buyer does not answer or cannot be contacted. */
  buyerReachable: z.boolean().default(true),
  buyerName: z.string().min(1).optional(),
};

export const amazonMessage = z
  .object({
    kind: z.literal('amazon-message'),
    marketplace: z.enum(amazonMarketplaces).default('amazon.com'),
    topic: z.enum(messageTopics),
    receivedAt: isoDate,
    damage: z.enum(['minor', 'severe']).optional(),
    fault: z.enum(['seller', 'buyer', 'unclear']).optional(),
    faultConfirmed: z.boolean().optional(),
    missingPart: z.enum(['generic', 'product-specific', 'main-item']).optional(),
    addressChangeable: z.boolean().optional(),
    ...common,
  })
  .strict();

export const amazonReturn = z
  .object({
    kind: z.literal('amazon-return'),
    marketplace: z.enum(amazonMarketplaces).default('amazon.com'),
    receivedAt: isoDate,
    reason: z.enum(returnReasons),
    returnAddress: z.enum(['china', 'buyer-country']),
    sellerAtFault: z.boolean(),
    solutionGiven: z.enum(solutionsGiven).default('none'),
    returnAuthorizedAt: isoDate.optional(),
    returnArrived: z.boolean().optional(),
    returnedCondition: z.enum(['good', 'damaged']).optional(),
    ...common,
  })
  .strict();

export const amazonAtoz = z
  .object({
    kind: z.literal('amazon-atoz'),
    marketplace: z.enum(amazonMarketplaces).default('amazon.com'),
    claimOpenedAt: isoDate,
    reason: z.enum(claimReasons),
    sizeInListing: z.boolean().optional(),
    evidenceProductFine: z.boolean().optional(),
    /** The buyer went to Amazon without writing to the seller first (AZ-11). */
    filedWithoutContact: z.boolean().default(false),
    outcome: z.enum(claimOutcomes).optional(),
    ...common,
  })
  .strict();

export const amazonPropertyClaim = z
  .object({
    kind: z.literal('amazon-property-claim'),
    marketplace: z.enum(amazonMarketplaces).default('amazon.com'),
    claimType: z.enum(['property-damage', 'personal-injury']),
    noticeReceivedAt: isoDate,
    claimAmountUsd: z.number().nonnegative(),
    compliantAndInsured: z.boolean(),
    ...common,
  })
  .strict();

export const amazonChargeback = z
  .object({
    kind: z.literal('amazon-chargeback'),
    marketplace: z.enum(amazonMarketplaces).default('amazon.com'),
    disputeOpenedAt: isoDate,
    ...common,
  })
  .strict();

export const amazonFeedback = z
  .object({
    kind: z.literal('amazon-feedback'),
    marketplace: z.enum(amazonMarketplaces).default('amazon.com'),
    rating: z.enum(['negative', 'neutral', 'positive']),
    feedbackLeftAt: isoDate,
    breaksGuidelines: z.boolean().default(false),
    problemSolved: z.boolean().default(false),
    ...common,
  })
  .strict();

export const ebayMessage = z
  .object({
    kind: z.literal('ebay-message'),
    site: z.enum(ebaySites),
    topic: z.enum(ebayMessageTopics),
    receivedAt: isoDate,
    roundsSoFar: z.number().int().nonnegative().default(0),
    ...common,
  })
  .strict();

const ebayCase = {
  site: z.enum(ebaySites),
  channel: z.enum(['ebay', 'paypal']),
  caseOpenedAt: isoDate.optional(),
  buyerAbusive: z.boolean().default(false),
  ...common,
};

export const ebayInr = z
  .object({
    kind: z.literal('ebay-inr'),
    /** False when not even the freight forwarder can find the parcel (EBAY-5). */
    forwarderCanFind: z.boolean().default(true),
    ...ebayCase,
  })
  .strict();

export const ebaySnad = z
  .object({
    kind: z.literal('ebay-snad'),
    damaged: z.boolean().default(false),
    ...ebayCase,
  })
  .strict();

const caseUnion = z.discriminatedUnion('kind', [
  amazonMessage,
  amazonReturn,
  amazonAtoz,
  amazonPropertyClaim,
  amazonChargeback,
  amazonFeedback,
  ebayMessage,
  ebayInr,
  ebaySnad,
]);

/** Facts a topic cannot be judged without. */
const topicNeeds: Partial<Record<MessageTopic, 'damage' | 'fault' | 'missingPart'>> = {
  damaged: 'damage',
  'not-as-pictured': 'fault',
  'not-as-described': 'fault',
  'missing-part': 'missingPart',
};

/** Pairs of dates where the first may not come after the second. */
const dateOrder: [string, string][] = [
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

const at = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), value);

export const caseFactsSchema = caseUnion.superRefine((facts, ctx) => {
  if (facts.kind === 'amazon-message') {
    const need = topicNeeds[facts.topic];
    if (need && facts[need] === undefined)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [need], message: `required when topic is "${facts.topic}"` });
  }
  for (const [early, late] of dateOrder) {
    const a = at(facts, early);
    const b = at(facts, late);
    if (typeof a === 'string' && typeof b === 'string' && toMs(a) > toMs(b))
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: late.split('.'), message: `cannot be before ${early} (${a})` });
  }
});

export type CaseFacts = z.infer<typeof caseFactsSchema>;
export type CaseFactsInput = z.input<typeof caseFactsSchema>;
export type CaseKind = CaseFacts['kind'];
export { caseKinds };
// The plain list in case-kinds.ts must name exactly the kinds of the union.
const unionKinds = caseUnion.options.map((o) => o.shape.kind.value);
if (unionKinds.join() !== caseKinds.join()) throw new Error(`case-kinds.ts lists ${caseKinds.join()}, the schema has ${unionKinds.join()}`);
/** The object schema of each case kind, for forms that ask for its facts. */
export const kindSchemas = Object.fromEntries(caseUnion.options.map((o) => [o.shape.kind.value, o])) as Record<CaseKind, (typeof caseUnion.options)[number]>;

export type ParseResult = { ok: true; facts: CaseFacts } | { ok: false; problems: string[] };

export { formatIssues };

export function parseCaseFacts(input: unknown): ParseResult {
  const result = caseFactsSchema.safeParse(input);
  return result.success ? { ok: true, facts: result.data } : { ok: false, problems: formatIssues(result.error) };
}
