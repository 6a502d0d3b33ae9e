import type { Action, ActionType } from '../actions';

/**
 * What an action costs the seller, in the order currency. These shares are the simulator's
 * rough model of a parcel's price, not policy: the playbook names no shipping costs.
 */
export const costModel = {
  /** Sending one parcel, as a share of the item's price. */
  shippingShare: 0.2,
  /** A small accessory sourced and sent alone, as a share of the item's price. */
  partShare: 0.1,
  /** A small gift, as a share of the item's price. */
  giftShare: 0.05,
} as const;

type Pricing = (price: number, action: Action) => number;

const shipping = (price: number) => price * costModel.shippingShare;
const unitAndShipping = (price: number) => price + shipping(price);

const costs: Partial<Record<ActionType, Pricing>> = {
  'full-refund': (price) => price,
  'refund-without-return': (price) => price,
  'partial-refund': (price, action) => (price * (action.percent ?? 0)) / 100,
  'refund-minus-shipping': (price) => price - shipping(price),
  'offer-gift': (price) => price * costModel.giftShare,
  reship: unitAndShipping,
  'reship-to-new-address': unitAndShipping,
  'send-donor-unit': unitAndShipping,
  'reship-part': (price) => price * costModel.partShare + shipping(price),
  'authorize-return': (price, action) => (action.payer === 'buyer' ? 0 : shipping(price)),
  'tie-refund-to-withdrawal': (price) => price,
};

/** The seller's money out for one action on an order of this price, rounded to cents. */
export function costOf(action: Action, price: number): number {
  const pricing = costs[action.type];
  return pricing ? Math.round(pricing(price, action) * 100) / 100 : 0;
}

/** Actions that send money back to the buyer (inside an A-to-z claim these end it "Order refunded"). */
export const refunds: readonly ActionType[] = ['full-refund', 'refund-without-return', 'partial-refund', 'refund-minus-shipping', 'tie-refund-to-withdrawal'];

/**
 * The seller's money out over a whole case: every resolution that went out, and what the
 * platform takes back when the buyer escalates. An order's money can only go back once: refunds
 * together stop at the price, and a claim takes only what was not refunded already. Goods
 * sent (a reship, a part) cost each time.
 */
export function moneyOut(resolutions: readonly Action[], price: number, claimed: boolean): number {
  const cents = (n: number) => Math.round(n * 100) / 100;
  const refunded = Math.min(
    price,
    resolutions.filter((a) => refunds.includes(a.type)).reduce((sum, a) => sum + costOf(a, price), 0),
  );
  const goods = resolutions.filter((a) => !refunds.includes(a.type)).reduce((sum, a) => sum + costOf(a, price), 0);
  return cents(refunded + goods + (claimed ? price - refunded : 0));
}
