/**
 * The fixed choices of the case facts (currencies, marketplaces, topics, …). Plain lists, so
 * the validator and the forms read the same values without zod.
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
export type ReturnReason = (typeof returnReasons)[number];
export const solutionsGiven = ['none', 'cancelled', 'reshipped', 'awaiting-reply', 'refunded', 'refund-without-return'] as const;
export const claimReasons = ['not-received', 'damaged-on-arrival', 'broke-after-use', 'size', 'not-as-described', 'defective', 'return-dispute'] as const;
export const claimOutcomes = ['withdrawn', 'refunded-by-seller', 'granted-seller-funded', 'closed-for-seller'] as const;
