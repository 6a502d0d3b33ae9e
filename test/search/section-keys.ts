/**
 * The handbook's section keys (`page#anchor`) by page, for the labelled and held-out question
 * sets: `ship('address-change')` is `amazon/shipping-and-delivery#address-change`.
 */
export const ship = (a: string) => `amazon/shipping-and-delivery#${a}`;
export const prod = (a: string) => `amazon/product-problems#${a}`;
export const ret = (a: string) => `amazon/return-requests#${a}`;
export const az = (a: string) => `amazon/a-to-z-claims#${a}`;
export const health = (a: string) => `amazon/account-health#${a}`;
export const fb = (a: string) => `amazon/feedback#${a}`;
export const msg = (a: string) => `amazon/messages#${a}`;
export const claim = (a: string) => `amazon/property-damage-claims#${a}`;
export const cb = (a: string) => `amazon/chargebacks#${a}`;
export const cases = (a: string) => `ebay/cases#${a}`;
export const inr = (a: string) => `ebay/inr#${a}`;
export const snad = (a: string) => `ebay/snad#${a}`;
export const folders = (a: string) => `ebay/messages-and-folders#${a}`;
export const fbRate = (a: string) => `ebay/feedback-rate#${a}`;
export const rules = (a: string) => `writing/message-rules#${a}`;
export const allowed = (a: string) => `writing/platform-messaging-rules#${a}`;
export const apology = (a: string) => `writing/apology-letters#${a}`;
export const buyerCaused = (a: string) => `start/buyer-caused-cases#${a}`;
export const deadlines = (a: string) => `reference/deadlines#${a}`;
export const tpl = (id: string) => `writing/reply-templates#template-${id}`;
export const routine = (a: string) => `start/daily-routine#${a}`;
export const gloss = (a: string) => `reference/glossary#${a}`;
export const choices = (a: string) => `writing/numbered-choices#${a}`;
